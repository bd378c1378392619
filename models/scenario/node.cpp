#include "models/scenario/node.hpp"

#include <algorithm>
#include <utility>

namespace cj::scenario {

const Entry* Node::entry(std::string_view key) const {
  for (const auto& e : entries) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

const Node* Node::find(std::string_view key) const {
  const Entry* e = entry(key);
  return e ? &e->value : nullptr;
}

Node* Node::find(std::string_view key) {
  for (auto& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

Node& Node::get_or_add(std::string_view key, Location at) {
  if (Node* existing = find(key)) return *existing;
  Node value;
  value.at = at;
  entries.push_back(Entry{std::string(key), at, std::move(value)});
  return entries.back().value;
}

void Node::set(std::string_view key, Node value, Location key_at) {
  for (auto& e : entries) {
    if (e.key == key) {
      e.value = std::move(value);
      e.key_at = key_at;
      return;
    }
  }
  entries.push_back(Entry{std::string(key), key_at, std::move(value)});
}

bool Node::remove(std::string_view key) {
  const auto it =
      std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
  if (it == entries.end()) return false;
  entries.erase(it);
  return true;
}

Node Node::scalar(std::string text, Location at, bool quoted) {
  Node n;
  n.kind = Kind::scalar;
  n.text = std::move(text);
  n.at = at;
  n.quoted = quoted;
  return n;
}

Node Node::map(Location at) {
  Node n;
  n.kind = Kind::map;
  n.at = at;
  return n;
}

Node Node::sequence(Location at) {
  Node n;
  n.kind = Kind::sequence;
  n.at = at;
  return n;
}

std::size_t count_nodes(const Node& node) {
  std::size_t n = 1;
  for (const auto& item : node.items) n += count_nodes(item);
  for (const auto& e : node.entries) n += count_nodes(e.value);
  return n;
}

std::string shown(const std::string& text) {
  constexpr std::size_t kLongest = 40;
  std::string s = text.size() > kLongest ? text.substr(0, kLongest) + "..." : text;
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return s;
}

std::string describe_kind(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null:
      return "nothing";
    case Node::Kind::scalar:
      return node.quoted ? "the text \"" + shown(node.text) + "\"" : shown(node.text);
    case Node::Kind::sequence:
      return "a list";
    case Node::Kind::map:
      return "a map";
  }
  return "?";
}

}  // namespace cj::scenario

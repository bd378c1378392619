#include "models/scenario/defaults.hpp"

#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {
namespace {

void adopt_location(Node& node, Location at) {
  if (!node.at.known()) node.at = at;
  for (auto& item : node.items) adopt_location(item, at);
  for (auto& e : node.entries) {
    if (!e.key_at.known()) e.key_at = at;
    adopt_location(e.value, at);
  }
}

bool share_set_given(const Node& map, const Key& key) {
  if (key.share_set.empty()) return false;
  for (const Key* sibling : Schema::get().children(parent_path(key.path))) {
    if (sibling->share_set == key.share_set && map.find(sibling->name())) return true;
  }
  return false;
}

Node fill_section(const Node& node, std::string_view schema_path);
Node fill_group(const Node& node, std::string_view schema_path);

Node fill_value(const Key& key, const Node& node) {
  switch (key.type) {
    case Type::section:
      if (node.is_null()) return fill_section(Node::map(node.at), key.path);  // written empty
      return node.is_map() ? fill_section(node, key.path) : node;
    case Type::optional_section:
    case Type::optional_distribution:
      if (is_none(node)) return Node::scalar("none", node.at);
      return node.is_map() && key.type == Type::optional_section ? fill_section(node, key.path)
                                                                 : node;
    case Type::named_list: {
      if (node.is_null()) return Node::sequence(node.at);  // written empty
      if (!node.is_sequence()) return node;
      Node out = node;
      for (auto& item : out.items) {
        if (item.is_map()) item = fill_section(item, key.path + "[]");
      }
      return out;
    }
    case Type::by_offence: {
      if (node.is_null()) return Node::map(node.at);
      if (!node.is_map()) return node;
      Node out = node;
      const std::string_view stage = parent_path(key.path);
      for (auto& e : out.entries) {
        if (e.value.is_map()) e.value = fill_group(e.value, stage);
      }
      return out;
    }
    default:
      return node;
  }
}

// Schema keys first, in schema order; then whatever else was written.
template <typename FillGiven, typename FillMissing>
Node rebuild(const Node& node, std::string_view schema_path, FillGiven&& fill_given,
             FillMissing&& fill_missing) {
  const Schema& schema = Schema::get();
  Node out = Node::map(node.at);
  for (const Key* k : schema.children(schema_path)) {
    if (const Entry* given = node.entry(k->name())) {
      out.entries.push_back(Entry{given->key, given->key_at, fill_given(*k, given->value)});
    } else if (auto value = fill_missing(*k)) {
      adopt_location(*value, node.at);
      out.entries.push_back(Entry{k->name(), node.at, std::move(*value)});
    }
  }
  for (const auto& e : node.entries) {
    if (!schema.find(join_path(schema_path, e.key))) out.entries.push_back(e);
  }
  return out;
}

Node fill_section(const Node& node, std::string_view schema_path) {
  const Schema& schema = Schema::get();
  return rebuild(node, schema_path, fill_value, [&](const Key& k) -> std::optional<Node> {
    if (k.presence != Presence::defaulted) return std::nullopt;
    if (!k.alternative.empty() && node.find(k.alternative)) return std::nullopt;
    if (share_set_given(node, k)) return Node::scalar("0");
    if (k.type == Type::section) return fill_section(Node::map(node.at), k.path);
    return fill_value(k, schema.default_value(k));
  });
}

// Under by_offence.GROUP only what was given, with share sets completed.
Node fill_group(const Node& node, std::string_view schema_path) {
  const auto given = [](const Key& k, const Node& value) {
    return k.type == Type::section && value.is_map() ? fill_group(value, k.path) : value;
  };
  return rebuild(node, schema_path, given, [&](const Key& k) -> std::optional<Node> {
    if (share_set_given(node, k)) return Node::scalar("0");
    return std::nullopt;
  });
}

}  // namespace

Node fill_defaults(const Node& root) {
  if (!root.is_map()) return root;
  return fill_section(root, "");
}

}  // namespace cj::scenario

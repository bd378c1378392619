#include "models/scenario/schema.hpp"

#include "models/scenario/codec.hpp"
#include "models/scenario/scalars.hpp"

namespace cj::scenario {
namespace {

void forget_locations(Node& node) {
  node.at = Location{};
  for (auto& item : node.items) forget_locations(item);
  for (auto& e : node.entries) {
    e.key_at = Location{};
    forget_locations(e.value);
  }
}

}  // namespace

std::string type_name(const Key& key) {
  switch (key.shape) {
    case Shape::value:
      return key.codec ? key.codec->type_name() : "?";
    case Shape::section:
      return "section";
    case Shape::dated_section:
      return "steps of section";
    case Shape::optional_section:
      return "section or none";
    case Shape::named_list:
      return "list of named items";
    case Shape::by_offence:
      return "{group: {keys}}";
  }
  return "?";
}

std::string Key::name() const {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? path : path.substr(dot + 1);
}

std::string_view parent_path(std::string_view path) {
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
}

std::string join_path(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  std::string out(parent);
  out += '.';
  out += key;
  return out;
}

Schema::Schema() = default;
Schema::~Schema() = default;

Key& Schema::add(Key key) {
  keys_.push_back(std::move(key));
  return keys_.back();
}

void Schema::index() {
  index_.clear();
  children_.clear();
  for (Key& k : keys_) {
    index_.emplace(k.path, &k);
    children_[std::string(parent_path(k.path))].push_back(&k);
    if (k.write_default && k.presence == Presence::defaulted) {
      k.default_value = k.write_default();
      forget_locations(k.default_value);
    }
    k.write_default = nullptr;  // the initialisers it held are no longer needed
  }
}

const Key* Schema::find(std::string_view path) const {
  const auto it = index_.find(path);
  return it == index_.end() ? nullptr : it->second;
}

const std::vector<const Key*>& Schema::children(std::string_view parent) const {
  static const std::vector<const Key*> none;
  const auto it = children_.find(parent);
  return it == children_.end() ? none : it->second;
}

std::vector<std::string> Schema::child_names(std::string_view parent) const {
  std::vector<std::string> names;
  for (const Key* k : children(parent)) names.push_back(k->name());
  return names;
}

bool Schema::varies_by_offence(std::string_view path) const {
  const Key* k = find(path);
  if (!k) return false;
  if (k->by_offence) return true;
  for (const Key* child : children(path)) {
    if (varies_by_offence(child->path)) return true;
  }
  return false;
}

std::string Schema::path_below(std::string_view schema_path, std::string_view key) const {
  if (const Key* k = find(schema_path)) {
    if (k->shape == Shape::named_list) return k->path + "[]";
    if (k->shape == Shape::by_offence) return std::string(parent_path(k->path));
    if (k->shape == Shape::dated_section && read_date_text(key)) return k->path;
  }
  return join_path(schema_path, key);
}

std::vector<std::string> Schema::paths_named(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& k : keys_) {
    if (k.name() == name) out.push_back(k.path);
  }
  return out;
}

}  // namespace cj::scenario

#include "models/scenario/schema.hpp"

#include <cmath>
#include <stdexcept>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/yaml_source.hpp"

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

std::string bound(double v) {
  return std::isinf(v) ? (v > 0 ? "inf" : "-inf") : format_double(v);
}

}  // namespace

const char* type_name(Type type) {
  switch (type) {
    case Type::section:
      return "section";
    case Type::optional_section:
      return "section or none";
    case Type::named_list:
      return "list of named items";
    case Type::text:
      return "text";
    case Type::integer:
      return "integer";
    case Type::seed:
      return "integer";
    case Type::number:
      return "number";
    case Type::boolean:
      return "true or false";
    case Type::date:
      return "date";
    case Type::choice:
      return "choice";
    case Type::distribution:
      return "distribution";
    case Type::optional_distribution:
      return "distribution or none";
    case Type::steps:
      return "steps";
    case Type::weekdays:
      return "list of weekdays";
    case Type::dates:
      return "list of dates";
    case Type::group_names:
      return "list of offence groups";
    case Type::seasonality:
      return "12 numbers";
    case Type::month_counts:
      return "{YYYY-MM: number}";
    case Type::group_shares:
      return "{group: share}";
    case Type::by_offence:
      return "{group: {keys}}";
    case Type::path:
      return "file path";
    case Type::sweep_lists:
      return "{key.path: [values]}";
    case Type::sweep_points:
      return "list of {key.path: value}";
    case Type::sweep_ranges:
      return "{key.path: [low, high]}";
  }
  return "?";
}

bool Range::contains(double v) const {
  if (std::isnan(v)) return false;
  if (low_open ? !(v > low) : !(v >= low)) return false;
  if (high_open ? !(v < high) : !(v <= high)) return false;
  return true;
}

std::string Range::describe(bool integer) const {
  const std::string what = integer ? "an integer" : "a number";
  const bool has_low = !std::isinf(low);
  const bool has_high = !std::isinf(high);
  if (has_low && has_high) {
    return what + " in " + (low_open ? "(" : "[") + bound(low) + ", " + bound(high) +
           (high_open ? ")" : "]");
  }
  if (has_low) return what + (low_open ? " > " : " >= ") + bound(low);
  if (has_high) return what + (high_open ? " < " : " <= ") + bound(high);
  return integer ? "an integer" : "a finite number";
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

const Schema& Schema::get() {
  static const Schema schema;
  return schema;
}

Schema::Schema() : keys_(schema_table()) {
  defaults_.resize(keys_.size());
  Diagnostics ignored;
  const int source = ignored.add_source("<schema default>");
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const Key& k = keys_[i];
    index_.emplace(k.path, i);
    children_[std::string(parent_path(k.path))].push_back(&k);
    if (!k.default_yaml.empty()) {
      auto parsed = parse_yaml(k.default_yaml, source, ignored);
      if (!parsed) throw std::logic_error("schema default of " + k.path + " is not YAML");
      forget_locations(*parsed);
      defaults_[i] = std::move(*parsed);
    }
  }
}

const Key* Schema::find(std::string_view path) const {
  const auto it = index_.find(path);
  return it == index_.end() ? nullptr : &keys_[it->second];
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

const Node& Schema::default_value(const Key& key) const {
  return defaults_[static_cast<std::size_t>(&key - keys_.data())];
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
    if (k->type == Type::named_list) return k->path + "[]";
    if (k->type == Type::by_offence) return std::string(parent_path(k->path));
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

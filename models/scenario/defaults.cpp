#include "models/scenario/defaults.hpp"

#include "models/scenario/codec.hpp"
#include "models/scenario/dated_codec.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/share_sets.hpp"

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

class Filler {
 public:
  explicit Filler(const Schema& schema) : schema_(schema) {}

  Node section(const Node& node, std::string_view schema_path) const {
    return rebuild(
        node, schema_path, [&](const Key& k, const Node& v) { return value(k, v); },
        [&](const Key& k) -> std::optional<Node> {
          if (k.presence != Presence::defaulted) return std::nullopt;
          if (!k.alternative.empty() && node.find(k.alternative)) return std::nullopt;
          if (share_set_given(schema_, node, k)) return Node::scalar("0");
          if (k.shape == Shape::section || k.shape == Shape::dated_section) {
            return section(Node::map(node.at), k.path);
          }
          return value(k, schema_.default_value(k));
        });
  }

 private:
  Node value(const Key& key, const Node& node) const {
    switch (key.shape) {
      case Shape::section:
        if (node.is_null()) return section(Node::map(node.at), key.path);  // written empty
        return node.is_map() ? section(node, key.path) : node;
      case Shape::dated_section:
        return by_date(node, [&](const Node& n) { return value_of_section(key, n); });
      case Shape::optional_section:
        if (is_none(node)) return Node::scalar("none", node.at);
        return node.is_map() ? section(node, key.path) : node;
      case Shape::named_list: {
        if (node.is_null()) return Node::sequence(node.at);  // written empty
        if (!node.is_sequence()) return node;
        Node out = node;
        for (auto& item : out.items) {
          if (item.is_map()) item = section(item, key.path + "[]");
        }
        return out;
      }
      case Shape::by_offence: {
        if (node.is_null()) return Node::map(node.at);
        if (!node.is_map()) return node;
        Node out = node;
        const std::string_view stage = parent_path(key.path);
        for (auto& e : out.entries) {
          if (e.value.is_map()) e.value = group(e.value, stage);
        }
        return out;
      }
      case Shape::value:
        return key.codec->resolved(node);
    }
    return node;
  }

  Node value_of_section(const Key& key, const Node& node) const {
    if (node.is_null()) return section(Node::map(node.at), key.path);
    return node.is_map() ? section(node, key.path) : node;
  }

  // A dated section's value: each date's section filled, or the one section.
  template <class Fill>
  static Node by_date(const Node& node, Fill&& fill) {
    if (!written_by_date(node, true)) return fill(node);
    Node out = node;
    for (auto& e : out.entries) e.value = fill(e.value);
    return out;
  }

  // Under by_offence.GROUP only what was given, with share sets completed.
  Node group(const Node& node, std::string_view schema_path) const {
    const auto given = [&](const Key& k, const Node& v) {
      if (k.shape == Shape::section && v.is_map()) return group(v, k.path);
      if (k.shape == Shape::dated_section) {
        return by_date(v, [&](const Node& n) { return n.is_map() ? group(n, k.path) : n; });
      }
      return v;
    };
    return rebuild(node, schema_path, given, [&](const Key& k) -> std::optional<Node> {
      if (share_set_given(schema_, node, k)) return Node::scalar("0");
      return std::nullopt;
    });
  }

  // Schema keys first, in schema order; then whatever else was written.
  template <typename FillGiven, typename FillMissing>
  Node rebuild(const Node& node, std::string_view schema_path, FillGiven&& fill_given,
               FillMissing&& fill_missing) const {
    Node out = Node::map(node.at);
    for (const Key* k : schema_.children(schema_path)) {
      if (const Entry* given = node.entry(k->name())) {
        out.entries.push_back(Entry{given->key, given->key_at, fill_given(*k, given->value)});
      } else if (auto value = fill_missing(*k)) {
        adopt_location(*value, node.at);
        out.entries.push_back(Entry{k->name(), node.at, std::move(*value)});
      }
    }
    for (const auto& e : node.entries) {
      if (!schema_.find(join_path(schema_path, e.key))) out.entries.push_back(e);
    }
    return out;
  }

  const Schema& schema_;
};

}  // namespace

Node fill_defaults(const Schema& schema, const Node& root) {
  if (!root.is_map()) return root;
  return Filler(schema).section(root, "");
}

}  // namespace cj::scenario

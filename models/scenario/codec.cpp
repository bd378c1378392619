#include "models/scenario/codec.hpp"

namespace cj::scenario {

std::string Codec::limits(const Key&) const {
  return "";
}

bool Codec::takes(const Node& node) const {
  return !node.is_null();
}

Node Codec::merge(const Node&, const Node& child) const {
  return child;
}

std::string wrong_type(const Node& node, const std::string& what) {
  if (node.is_null()) return "missing value (expected " + what + ")";
  return describe_kind(node) + " is not " + what;
}

namespace {

// Below the value's own level, as extends merges any keys it does not know: nothing written
// changes nothing.
Node merge_below(const Node& base, const Node& child) {
  if (child.is_null() && (base.is_map() || base.is_sequence())) return base;
  return merge_maps(base, child);
}

}  // namespace

Node merge_maps(const Node& base, const Node& child) {
  if (!base.is_map() || !child.is_map()) return child;
  Node out = base;
  out.at = child.at;
  for (const auto& e : child.entries) {
    if (Node* existing = out.find(e.key)) {
      *existing = merge_below(*existing, e.value);
      for (auto& oe : out.entries) {
        if (oe.key == e.key) oe.key_at = e.key_at;
      }
    } else {
      out.entries.push_back(e);
    }
  }
  return out;
}

}  // namespace cj::scenario

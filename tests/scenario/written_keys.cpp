#include "tests/scenario/written_keys.hpp"

#include <cstddef>

namespace cj::scenario::testing {
namespace {

std::vector<std::string> split(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto dot = path.find('.', start);
    out.push_back(path.substr(start, dot == std::string::npos ? dot : dot - start));
    if (dot == std::string::npos) return out;
    start = dot + 1;
  }
}

// The maps holding the last segment of `segments`, from `node` on; "x[]" enters x's items.
void parents(Node& node, const std::vector<std::string>& segments, std::size_t i,
             std::vector<Node*>& out) {
  if (!node.is_map()) return;
  if (i + 1 == segments.size()) {
    out.push_back(&node);
    return;
  }
  const std::string& segment = segments[i];
  const bool list = segment.size() > 2 && segment.ends_with("[]");
  Node* below = node.find(list ? segment.substr(0, segment.size() - 2) : segment);
  if (!below) return;
  if (!list) {
    parents(*below, segments, i + 1, out);
    return;
  }
  if (!below->is_sequence()) return;
  for (auto& item : below->items) parents(item, segments, i + 1, out);
}

// Every map that may hold `key`: along its path, and under each group of its stage.
std::vector<Node*> holders(const Schema& schema, Node& tree, const Key& key) {
  const auto segments = split(key.path);
  std::vector<Node*> out;
  parents(tree, segments, 0, out);
  if (!key.by_offence) return out;
  for (std::size_t k = segments.size() - 1; k > 0; --k) {
    std::string stage;
    for (std::size_t j = 0; j < k; ++j) stage += (j ? "." : "") + segments[j];
    if (!schema.find(stage + ".by_offence")) continue;
    std::vector<Node*> by_offence;
    parents(tree, split(stage + ".by_offence.x"), 0, by_offence);
    const std::vector<std::string> rest(segments.begin() + static_cast<std::ptrdiff_t>(k),
                                        segments.end());
    for (Node* map : by_offence) {
      Node* groups = map->find("by_offence");
      if (!groups || !groups->is_map()) continue;
      for (auto& e : groups->entries) parents(e.value, rest, 0, out);
    }
    break;
  }
  return out;
}

}  // namespace

std::vector<Node> written(const Schema& schema, const Node& tree, const Key& key) {
  Node copy = tree;  // holders walks maps it may change
  std::vector<Node> out;
  for (Node* map : holders(schema, copy, key)) {
    if (const Node* value = map->find(key.name())) out.push_back(*value);
  }
  return out;
}

void remove_everywhere(const Schema& schema, Node& tree, const Key& key) {
  for (Node* map : holders(schema, tree, key)) map->remove(key.name());
}

std::string plain_path(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '[') {
      i = path.find(']', i);
      if (i == std::string::npos) break;
      continue;
    }
    if (path[i] == ' ') break;  // " (items)", " (given or none)"
    out += path[i];
  }
  const std::string by_offence = ".by_offence";
  for (auto at = out.find(by_offence); at != std::string::npos; at = out.find(by_offence)) {
    out.erase(at, by_offence.size());
  }
  return out;
}

}  // namespace cj::scenario::testing

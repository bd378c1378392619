#include "models/scenario/tree_reader.hpp"

#include "models/scenario/check_structure.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {
namespace {

const Node& null_node() {
  static const Node none;
  return none;
}

const Node* walk(const Node* node, std::string_view dotted) {
  while (node && !dotted.empty()) {
    const auto dot = dotted.find('.');
    const std::string_view head = dotted.substr(0, dot);
    node = node->is_map() ? node->find(head) : nullptr;
    dotted = dot == std::string_view::npos ? std::string_view{} : dotted.substr(dot + 1);
  }
  return node;
}

}  // namespace

View TreeReader::root() const {
  return View{&root_, "", nullptr, "", &root_};
}

View TreeReader::section(const View& parent, std::string_view key) const {
  const Node* found = walk(parent.node, key);
  const Node* node = found ? found : &null_node();
  // A section of the top level (a stage) is its own anchor; deeper ones are their stage's.
  return View{node, join_path(parent.shown, key), parent.group ? walk(parent.group, key) : nullptr,
              join_path(parent.group_shown, key), parent.node == &root_ ? node : parent.anchor};
}

View TreeReader::of(const Node& node, std::string shown) {
  return View{&node, std::move(shown), nullptr, "", &node};
}

View TreeReader::for_group(const View& stage, const std::string& group) const {
  View v = stage;
  const Node* by_offence = walk(stage.node, "by_offence");
  v.group = by_offence ? walk(by_offence, group) : nullptr;
  v.group_shown = join_path(stage.shown, "by_offence." + group);
  return v;
}

std::vector<View> TreeReader::items(const View& parent, std::string_view key) const {
  const Found f = find(parent, key);
  std::vector<View> out;
  if (!f.value || !f.value->is_sequence()) return out;
  for (std::size_t i = 0; i < f.value->items.size(); ++i) {
    const Node& item = f.value->items[i];
    out.push_back(View{&item, item_path(f.shown, item, i), nullptr, "", &item});
  }
  return out;
}

Found TreeReader::find(const View& view, std::string_view key) const {
  if (view.group) {
    if (const Node* over = walk(view.group, key))
      return Found{over, join_path(view.group_shown, key)};
  }
  return Found{walk(view.node, key), join_path(view.shown, key)};
}

bool TreeReader::is_none(const View& view, std::string_view key) const {
  const Found f = find(view, key);
  return !f.value || cj::scenario::is_none(*f.value);
}

void TreeReader::problem(const View& view, std::string_view key, std::string message) {
  const Found f = find(view, key);
  const Location at = f.value ? f.value->at : view.node->at;
  d_.report(at, key.empty() ? view.shown : f.shown, std::move(message));
}

}  // namespace cj::scenario

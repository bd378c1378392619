#include "models/scenario/share_sets.hpp"

#include <cmath>

#include "models/scenario/number_codecs.hpp"
#include "models/scenario/scalars.hpp"

namespace cj::scenario {

bool share_set_given(const Schema& schema, const Node& map, const Key& key) {
  if (key.share_set.empty()) return false;
  for (const Key* sibling : schema.children(parent_path(key.path))) {
    if (sibling->share_set == key.share_set && map.find(sibling->name())) return true;
  }
  return false;
}

void check_share_set(TreeReader& reader, const View& view,
                     const std::vector<ShareMember>& members) {
  static const NumberCodec number;
  double sum = 0;
  for (const auto& m : members) sum += reader.read(view, m.path, *m.key, number).value_or(0.0);
  if (std::fabs(sum - 1) <= kShareTolerance) return;
  // The set comes whole from a group's entry or whole from the stage (defaults.cpp).
  const Found where = reader.find(view, members.front().path);
  std::string names;
  for (std::size_t i = 0; i < members.size(); ++i) {
    names += (i ? " + " : "") + members[i].key->name();
  }
  reader.diagnostics().report(where.value ? where.value->at : view.anchor->at,
                              std::string(parent_path(where.shown)),
                              names + " = " + format_sum(sum) + " (expected 1, within 1e-9)");
}

}  // namespace cj::scenario

// Internal. Share sets: sibling keys declared `.in_share_set(name)` (a trial's effective, cracked
// and ineffective; an investigation's outcomes) whose values sum to 1. Given in part, the members
// left out are 0 (defaults.cpp, through share_set_given); given not at all, they take their
// defaults. Wherever the members are read (a stage, a group's view of it, a list item, a date of
// a dated section) they are checked to sum to 1, within kShareTolerance.
#pragma once

#include <string>
#include <vector>

#include "models/scenario/schema.hpp"
#include "models/scenario/tree_reader.hpp"

namespace cj::scenario {

// Whether `map` gives any member of `key`'s share set (so that the others are 0).
bool share_set_given(const Schema& schema, const Node& map, const Key& key);

struct ShareMember {
  std::string path;  // below the view the set is read in
  const Key* key;
};

// Reports "a + b + c = 0.9 (expected 1, within 1e-9)" at the first member when the members of a
// set, read in `view`, do not sum to 1.
void check_share_set(TreeReader& reader, const View& view, const std::vector<ShareMember>& members);

}  // namespace cj::scenario

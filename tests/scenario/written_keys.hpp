// Where a scenario tree writes a key of the schema: at its path, in every item of the lists on
// the way (offence_groups[].name), and, for a key that may vary by group, under every group of
// its stage's by_offence. For the tests driven by the declarations (complete_scenario_test).
#pragma once

#include <string>
#include <vector>

#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario::testing {

// The values written for `key`.
std::vector<Node> written(const Schema& schema, const Node& tree, const Key& key);
// `tree` with `key` taken out wherever it is written.
void remove_everywhere(const Schema& schema, Node& tree, const Key& key);
// A path of Declared::differences or of a key, with list items, groups and notes taken out:
// "crown.by_offence[0].trial.effective" and "crown.trial.effective" both read
// "crown.trial.effective"; "magistrates.courts[].share" reads "magistrates.courts.share".
std::string plain_path(const std::string& path);

}  // namespace cj::scenario::testing

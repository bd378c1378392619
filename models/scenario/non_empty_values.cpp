// Values given but empty where the scenario needs something: its name, its offence groups, the
// offence mix of cases that enter later.
#include "models/scenario/scenario_rules.hpp"

namespace cj::scenario {

void check_non_empty_values(TreeReader& reader, const Scenario& s) {
  const View root = reader.root();
  if (reader.find(root, "name").value && s.name.empty()) {
    reader.problem(root, "name", "an empty name (expected the scenario's name)");
  }
  if (s.offences.empty() && reader.find(root, "offence_groups").value) {
    reader.problem(root, "offence_groups", "no offence groups (expected at least one)");
  }
  const auto entries = reader.items(reader.section(root, "demand"), "later_entries");
  for (std::size_t i = 0; i < entries.size() && i < s.later_entries.size(); ++i) {
    if (reader.find(entries[i], "offence_mix").value && s.later_entries[i].offence_mix.empty()) {
      reader.problem(entries[i], "offence_mix",
                     "no shares (expected {offence group: share, ...} summing to 1)");
    }
  }
}

}  // namespace cj::scenario

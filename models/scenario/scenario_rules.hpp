// Internal. The rules of a scenario that span several keys, or say more than one key's limits,
// each in the file named; the loader applies them, in this order, once the checked tree is read
// into a Scenario. (Share sets summing to 1 are generic: share_sets.hpp.)
#pragma once

#include "models/parameters/scenario.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/tree_reader.hpp"

namespace cj::scenario {

// horizon.cpp: horizon_years, when given, sets horizon_days (whole years count calendar days).
void apply_horizon_years(const Schema& schema, TreeReader& reader, Scenario& s);
// non_empty_values.cpp: a scenario's name, its offence groups and a later entry's offence mix,
// given but empty.
void check_non_empty_values(TreeReader& reader, const Scenario& s);
// calendar_rules.cpp: courts sit on some day of the week.
void check_calendar(TreeReader& reader, const Scenario& s);
// court_shares.cpp: at least one court and one centre, their shares (and the centres' stock
// shares, given for every centre or none) summing to 1.
void check_court_shares(TreeReader& reader, const Scenario& s);
// session_lengths.cpp: no magistrates' hearing longer than a session.
void check_session_lengths(TreeReader& reader, const Scenario& s);
// team_groups.cpp: each offence group served by one police team and one CPS team at most.
void check_team_groups(TreeReader& reader, const Scenario& s);

}  // namespace cj::scenario

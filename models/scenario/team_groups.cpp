// The police and CPS teams of a stage share its offence groups: each group served by one team at
// most, and at most one team (the one naming no group) serving every group no other team does.
#include <string>
#include <vector>

#include "models/scenario/scenario_rules.hpp"

namespace cj::scenario {
namespace {

template <class Team>
void check_teams(TreeReader& reader, const Scenario& s, std::string_view stage,
                 const std::vector<Team>& teams) {
  if (teams.empty()) return;
  const View section = reader.section(reader.root(), stage);
  const auto items = reader.items(section, "teams");
  std::vector<std::string> served_by(s.offences.size());
  std::string catch_all;
  for (std::size_t i = 0; i < teams.size() && i < items.size(); ++i) {
    const Team& team = teams[i];
    if (team.serves.empty()) {
      if (!catch_all.empty()) {
        reader.problem(items[i], "serves",
                       "both " + catch_all + " and " + team.name +
                           " serve every other group (expected at most one team without serves)");
      }
      catch_all = team.name;
    }
    for (const int g : team.serves) {
      std::string& by = served_by[static_cast<std::size_t>(g)];
      if (!by.empty() && by != team.name) {
        reader.problem(items[i], "serves",
                       s.offences[static_cast<std::size_t>(g)].name + " is served by " + by +
                           " and " + team.name + " (expected one team per group)");
      }
      by = team.name;
    }
  }
}

}  // namespace

void check_team_groups(TreeReader& reader, const Scenario& s) {
  check_teams(reader, s, "investigation", s.investigation.teams);
  check_teams(reader, s, "charging", s.charging.teams);
}

}  // namespace cj::scenario

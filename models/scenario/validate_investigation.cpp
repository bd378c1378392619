// Police investigation, per offence group.
#include "models/scenario/build.hpp"

namespace cj::scenario {

void build_investigation(Build& b, Scenario& s) {
  const View stage = b.section(b.root(), "investigation");
  for (const auto& group : b.groups()) {
    const View g = b.for_group(stage, group);
    InvestigationGroup ig;
    ig.duration_days = b.distribution(g, "duration_days");
    const auto o =
        b.share_set(g, "outcomes", {"file_for_charging", "no_further_action", "out_of_court"});
    ig.outcomes = InvestigationOutcomes{o[0], o[1], o[2]};
    s.investigation.groups.push_back(std::move(ig));
  }
  if (!b.is_none(stage, "investigators")) {
    s.investigation.investigators = StaffPool{b.steps(b.section(stage, "investigators"), "count")};
  }
}

}  // namespace cj::scenario

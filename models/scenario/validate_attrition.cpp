// Victim attrition, per offence group.
#include "models/scenario/build.hpp"

namespace cj::scenario {

void build_attrition(Build& b, Scenario& s) {
  const View stage = b.section(b.root(), "attrition");
  for (const auto& group : b.groups()) {
    const View g = b.for_group(stage, group);
    AttritionGroup ag;
    ag.pre_charge_days = b.optional_distribution(g, "pre_charge_days");
    ag.post_charge_days = b.optional_distribution(g, "post_charge_days");
    ag.support_share = b.number(g, "support.coverage");
    s.attrition.groups.push_back(std::move(ag));
  }
  s.attrition.support_hazard_ratio = b.number(stage, "support.hazard_ratio");
}

}  // namespace cj::scenario

// Charging: police charge, CPS triage and decision per offence group, early advice, lawyers.
#include "models/scenario/build.hpp"

namespace cj::scenario {

void build_charging(Build& b, Scenario& s) {
  const View stage = b.section(b.root(), "charging");
  for (const auto& group : b.groups()) {
    const View g = b.for_group(stage, group);
    ChargingGroup cg;
    cg.police_charge_share = b.number(g, "police_charge_share");
    cg.triage_days = b.distribution(g, "triage.days");
    cg.accept_first = b.number(g, "triage.accept_first");
    cg.accept_resubmission = b.number(g, "triage.accept_resubmission");
    cg.rework_days = b.distribution(g, "triage.rework_days");
    cg.decision_days = b.distribution(g, "decision_days");
    const auto d = b.share_set(g, "decision", {"charge", "no_further_action", "out_of_court"});
    cg.decision = ChargingDecision{d[0], d[1], d[2]};
    s.charging.groups.push_back(std::move(cg));
  }
  const View eia = b.section(stage, "eia");
  s.charging.eia.applies_to = b.group_indices(eia, "applies_to");
  s.charging.eia.uptake = b.number(eia, "uptake");
  s.charging.eia.charge_change = b.number(eia, "charge_change");
  s.charging.eia.accept_first_change = b.number(eia, "accept_first_change");
  s.charging.eia.decision_days_scale = b.number(eia, "decision_days_scale");
  s.charging.eia.investigation_days_scale = b.number(eia, "investigation_days_scale");
  if (!b.is_none(stage, "lawyers")) {
    s.charging.lawyers = StaffPool{b.steps(b.section(stage, "lawyers"), "count")};
  }
}

}  // namespace cj::scenario

#include "models/probes/flow.hpp"

#include <string>

#include "models/records/labels.hpp"

namespace cj {

FlowProbe::FlowProbe(PeriodClock& clock, const Scenario&) {
  for (const StageLabel& stage : kStageLabels) {
    if (!stage.open) continue;
    const std::string name = stage.name;
    StageSeries& s = stages_[stage.value];
    s.open = &clock.stock("open_" + name, "cases", "Cases open in the " + name + " stage");
    s.receipts = &clock.flow("receipts_" + name, "cases",
                             "Cases entering the " + name + " stage during the period");
    s.disposals = &clock.flow("disposals_" + name, "cases",
                              "Cases leaving the " + name +
                                  " stage during the period (ended there or "
                                  "moved on)");
  }
  for (const OutcomeLabel& outcome : kOutcomeLabels) {
    if (outcome.value == Outcome::open) continue;
    const std::string name = outcome.name;
    outcomes_[outcome.value] =
        &clock.flow("outcome_" + name, "cases", "Cases ending as " + name + " during the period");
  }
}

void FlowProbe::on_closed(const CaseRecord& c) {
  if (FlowSeries* ended = outcomes_[c.outcome]) ended->add(1);
}

void FlowProbe::report(Summary& summary) const {
  const auto at_horizon = [&](Stage s) { return stages_[s].open->level(); };
  summary.add(Section::caseload, "crown_open_at_horizon", "cases",
              "Crown Court cases open at the horizon", at_horizon(Stage::crown));
  summary.add(Section::caseload, "magistrates_open_at_horizon", "cases",
              "Magistrates' court cases open at the horizon", at_horizon(Stage::magistrates));
  summary.add(Section::caseload, "investigations_open_at_horizon", "cases",
              "Police investigations open at the horizon", at_horizon(Stage::investigation));
  summary.add(Section::caseload, "awaiting_charge_open_at_horizon", "cases",
              "Files with the CPS (triage, rework or decision) at the horizon",
              at_horizon(Stage::awaiting_charge));
}

}  // namespace cj

// The model's stages and the routes between them: the one place where stages are registered and
// where a case goes next is written (the flow of domain.md, as data).
#include "models/charging.hpp"
#include "models/crown.hpp"
#include "models/flow.hpp"
#include "models/investigation.hpp"
#include "models/magistrates.hpp"

namespace cj {

FlowPlan justice_flow() {
  FlowPlan plan;
  plan.stages = {
      stage<InvestigationStage>(),
      stage<ChargingStage>(),
      stage<MagistratesStage>(),
      stage<CrownStage>(),
  };
  plan.routes = {
      // {from stage or source, its exit, to stage, its entry point}
      {"demand", "report", "investigation", "report"},
      {"investigation", "file", "charging", "file"},
      {"charging", "charged", "magistrates", "charged"},
      {"magistrates", "sent_for_trial", "crown", "sent_for_trial"},
      {"magistrates", "committed_for_sentence", "crown", "committed_for_sentence"},
      // Later entries (receipts from data) enter at the stage the scenario names.
      {"demand", "later_entry.charging", "charging", "later_entry"},
      {"demand", "later_entry.magistrates", "magistrates", "charged"},
      {"demand", "later_entry.crown", "crown", "later_entry"},
  };
  plan.stock = {
      {Stage::investigation, "investigation"},
      {Stage::awaiting_charge, "charging"},
      {Stage::magistrates, "magistrates"},
      {Stage::crown, "crown"},
  };
  return plan;
}

}  // namespace cj

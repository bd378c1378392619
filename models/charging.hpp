// The charging decision. The police charge some files themselves; the rest go to the CPS:
// triage accepts a file or returns it for rework and resubmission (again and again), then a
// lawyer decides: charge, no further action or out-of-court. Early investigative advice (EIA)
// makes a first acceptance and a charge likelier and the decision quicker. The victim may
// withdraw at any point before charge. Each step is a pure delay; with CPS charging teams
// (Workforce), triage and the decision first wait for a lawyer's hours, and with investigation
// teams a returned file waits for the police hours to rework it.
//
// Node "charging": enters at "file" (from the investigation) or "later_entry" (a file received
// from data, whose victim's clock starts now); leaves by "charged"; opens the stock of files
// awaiting a decision.
#pragma once

#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"
#include "models/workforce.hpp"

namespace cj {

// What a file waits for; each wait may be cut short by the victim's withdrawal.
enum class ChargingStep : std::uint32_t {
  triage_done,
  rework_done,
  decision_made,
  victim_withdrew
};

class ChargingStage final
    : public Node,
      public TypedHandler<ChargingStage, sim::Handler, Events<ChargingStep, Slot>>,
      public WorkRequester {
 public:
  explicit ChargingStage(Context& ctx);

  // A file with the CPS for `stock.age` days, awaiting its decision.
  void open_from_stock(Slot slot, const StockCase& stock) override;

 private:
  friend TypedHandler;

  // The police have a file ready for a charging decision.
  void receive_file(Slot slot);
  void receive_later_entry(Slot slot);
  void submit(Slot slot);
  // Triage accepts the file (on to a decision) or returns it for rework.
  void triage(Slot slot);
  void start_decision(Slot slot, double age);
  void decide(Slot slot);
  void withdraw(Slot slot);
  // Schedules `step` after `delay`, or the victim's withdrawal if it comes first.
  void wait(Slot slot, double delay, ChargingStep step);
  double decision_time(const Case& c, double age) const;

  // With teams: asks for `work`; true if the file now waits for it (watching for withdrawal).
  bool wait_for(Slot slot, Work work);
  void work_done(Slot slot, Work work) override;

  void on(ChargingStep step, Slot slot);

  Context& ctx_;

  EntryPoint file_{*this, "file", [this](Slot slot) { receive_file(slot); }};
  EntryPoint later_entry_{*this, "later_entry", [this](Slot slot) { receive_later_entry(slot); }};
  Exit charged_{*this, "charged"};
};

}  // namespace cj

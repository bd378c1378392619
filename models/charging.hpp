// The charging decision. The police charge some files themselves; the rest go to the CPS:
// triage accepts a file or returns it for rework and resubmission (again and again), then a
// lawyer decides: charge, no further action or out-of-court. Early investigative advice (EIA)
// makes a first acceptance and a charge likelier and the decision quicker. The victim may
// withdraw at any point before charge. Decisions are a pure delay unless `lawyers` is set.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "sim/server_pool.hpp"

namespace cj {

class ChargingStage final : public sim::Handler, public sim::PoolClient {
 public:
  explicit ChargingStage(Context& ctx);

  // The police have a file ready for a charging decision.
  void receive_file(Slot slot);
  // From the initial stock: a file with the CPS for `age` days, awaiting its decision.
  void open_from_stock(Slot slot, double age);

  void on_event(std::uint32_t kind, std::uint64_t slot) override;

 private:
  enum Kind : std::uint32_t { kTriaged = 0, kReworked = 1, kDecided = 2, kWithdrawn = 3 };
  void submit(Slot slot);
  void triaged(Slot slot);
  void start_decision(Slot slot, double age);
  void decide(Slot slot);
  void withdraw(Slot slot);
  // Schedules `kind` after `delay`, or the victim's withdrawal if it comes first.
  void wait(Slot slot, double delay, Kind kind);
  double decision_time(const Case& c, double age) const;

  sim::Time on_start(std::uint64_t slot, std::uint32_t server) override;
  void on_finish(std::uint64_t slot, std::uint32_t server) override;
  void on_renege(std::uint64_t slot) override { withdraw(static_cast<Slot>(slot)); }

  Context& ctx_;
  std::unique_ptr<sim::ServerPool> lawyers_;
  std::vector<Kind> ending_;  // pool mode: how each lawyer's current case ends
  std::vector<double> ages_;  // pool mode: age of stock cases until they start
};

}  // namespace cj

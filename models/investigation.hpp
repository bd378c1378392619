// Police investigation: a duration by offence group (shorter with early advice), then a file for
// a charging decision, no further action or an out-of-court resolution; unless the victim
// withdraws first (outcome 16). Pure delay by default; with `investigators`, a staff pool whose
// queue the victim can leave.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "models/context.hpp"
#include "sim/server_pool.hpp"

namespace cj {

class InvestigationStage final : public sim::Handler, public sim::PoolClient {
 public:
  explicit InvestigationStage(Context& ctx);

  // The case starts its investigation now (age 0) or, from the initial stock, continues one
  // already `age` days old.
  void open(Slot slot, double age = 0);

  void on_event(std::uint32_t kind, std::uint64_t slot) override;

 private:
  enum Kind : std::uint32_t { kConcluded = 0, kWithdrawn = 1 };
  double duration(const Case& c, double age) const;
  void conclude(Slot slot);
  void withdraw(Slot slot);

  sim::Time on_start(std::uint64_t slot, std::uint32_t server) override;
  void on_finish(std::uint64_t slot, std::uint32_t server) override;
  void on_renege(std::uint64_t slot) override { withdraw(static_cast<Slot>(slot)); }

  Context& ctx_;
  std::vector<double> ages_;  // pool mode: age of stock cases until they start
  std::unique_ptr<sim::ServerPool> investigators_;
  std::vector<Kind> ending_;  // pool mode: how each investigator's current case ends
};

// A staff roster (investigators, lawyers) from dated counts: steps at those dates, every day.
sim::Roster staff_roster(const DatedSteps& count, Day start);

}  // namespace cj

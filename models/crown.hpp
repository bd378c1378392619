// The Crown Court. A case sent from the magistrates' court has its plea and trial preparation
// hearing (PTPH) about four weeks later at its centre; a guilty plea there is sentenced later,
// a not-guilty plea waits for a trial. Each centre's rooms sit on sitting days (a roster scaled by
// `sitting_days_scale`); a room takes the next trial waiting, custody cases first, and holds it
// for the trial's length in sitting days. On the day a trial is effective, cracks (late plea, no
// evidence, the victim has withdrawn) or is ineffective and goes back to wait. Custody time
// limit breaches are counted.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "sim/server_pool.hpp"

namespace cj {

class CrownStage;

// One Crown Court centre: its hearings and its courtrooms (each room a daemon actor on SimGrid).
class CrownCourtCentre final : public sim::Agent, public sim::PoolClient {
 public:
  CrownCourtCentre(CrownStage& owner, Context& ctx, int index);
  void on_event(std::uint32_t kind, std::uint64_t arg) override;
  void schedule_hearing(Slot slot, std::uint32_t kind, int earliest_day);
  void wait_for_trial(Slot slot);
  int index() const noexcept { return index_; }
  enum Kind : std::uint32_t {
    kPtph = 0,
    kSentence = 1,
    kRelisted = 2,
    kDayStart = 3,
    kDayEnd = 4,
    kLatePlea = 5,
  };
  // A not-guilty case still waiting for its trial pleads guilty at `at`, unless its trial has
  // started by then.
  void schedule_late_plea(Slot slot, double at);

 private:
  enum class Ending : std::uint8_t { none, verdict };
  sim::Time on_start(std::uint64_t slot, std::uint32_t room) override;
  void on_finish(std::uint64_t slot, std::uint32_t room) override;
  void on_renege(std::uint64_t) override {}
  void day_start(int day);
  void day_end(int day);

  CrownStage& owner_;
  Context& ctx_;
  int index_;
  std::vector<double> rooms_;  // rooms sitting each day (all hearings)
  std::unique_ptr<sim::ServerPool> trial_rooms_;
  std::vector<Ending> ending_;
  double busy_area_at_day_start_ = 0;
  double part_days_today_ = 0;  // PTPHs and sentences heard today, in sitting days
};

class CrownStage {
 public:
  explicit CrownStage(Context& ctx);
  CrownStage(const CrownStage&) = delete;
  CrownStage& operator=(const CrownStage&) = delete;

  // Sent from the magistrates' court now.
  void receive_sent(Slot slot);
  // Convicted on a guilty plea in the magistrates' court and committed here to be sentenced.
  void receive_committal(Slot slot);
  // From the initial stock: sent `age` days ago, awaiting the PTPH or a trial.
  void open_from_stock(Slot slot, double age, bool awaiting_trial);

  // Called by the centres.
  void ptph(Slot slot);
  void sentence(Slot slot);
  void check_custody_time_limit(Slot slot);

 private:
  // Sets the sending date and the centre: by `share` for new cases, by `stock_share` for the
  // initial stock.
  void send(Slot slot, double age, bool from_stock = false);

  Context& ctx_;
  std::vector<std::unique_ptr<CrownCourtCentre>> centres_;
};

}  // namespace cj

// The Crown Court. A case sent from the magistrates' court has its plea and trial preparation
// hearing (PTPH) about four weeks later at its centre; a guilty plea there is sentenced later,
// a not-guilty plea waits for a trial. Each centre's rooms sit on sitting days (a roster scaled by
// `sitting_days_scale`); a room takes the next trial waiting, custody cases first, and holds it
// for the trial's length in sitting days. On the day a trial is effective, cracks (late plea, no
// evidence, the victim has withdrawn) or is ineffective and goes back to wait. Custody time
// limit breaches are counted.
//
// Node "crown": enters at "sent_for_trial", "committed_for_sentence" (both from the magistrates'
// court) and "later_entry" (sent, received from data: settled as charged first); opens the stock
// of cases awaiting a PTPH or a trial; at the horizon, counts the custody time limits passed.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"
#include "sim/server_pool.hpp"

namespace cj {

class CrownStage;

// Hearings a centre hears at midday, each taking part of a sitting day.
enum class CrownHearing : std::uint32_t { ptph, sentence };
// A not-guilty case's wait for trial: back in the trial queue after an ineffective listing, or
// ended by a guilty plea before its trial starts.
enum class TrialWait : std::uint32_t { relisted, later_guilty_plea };
// A centre's sitting day opens (rooms change over) and closes (its court time is reported).
enum class CrownDay : std::uint32_t { opens, closes };

// One Crown Court centre: its hearings and its courtrooms (each room a daemon actor on SimGrid).
class CrownCourtCentre final
    : public TypedHandler<CrownCourtCentre, sim::Agent, Events<CrownHearing, Slot>,
                          Events<TrialWait, Slot>, Events<CrownDay, int>>,
      public CasePoolClient<CrownCourtCentre> {
 public:
  CrownCourtCentre(CrownStage& owner, Context& ctx, int index);
  int index() const noexcept { return index_; }
  // The hearing on the first sitting day on or after `earliest_day`, at midday.
  void schedule_hearing(Slot slot, CrownHearing hearing, int earliest_day);
  void wait_for_trial(Slot slot);
  // A not-guilty case still waiting for its trial pleads guilty at `at`, unless its trial has
  // started by then.
  void schedule_later_guilty_plea(Slot slot, double at);

 private:
  friend TypedHandler;
  friend CasePoolClient;
  // What a room's trial still has to do when its time is up: give a verdict, or nothing more
  // (cracked and ineffective trials are dealt with when they start).
  enum class Ending : std::uint8_t { nothing_more, verdict };

  void on(CrownHearing hearing, Slot slot);
  void on(TrialWait wait, Slot slot);
  void on(CrownDay event, int day);
  void later_guilty_plea(Slot slot);
  void open_day(int day);
  void close_day(int day);
  // The case's trial is listed today in `room`; returns how long it holds the room.
  sim::Time start_case(Slot slot, std::uint32_t room);
  void finish_case(Slot slot, std::uint32_t room);
  void renege_case(Slot) {}  // trials wait without a deadline

  CrownStage& owner_;
  Context& ctx_;
  int index_;
  std::vector<double> rooms_;  // rooms sitting each day (all hearings)
  std::unique_ptr<sim::ServerPool> trial_rooms_;
  std::vector<Ending> ending_;  // by room
  double busy_area_at_day_start_ = 0;
  double part_days_today_ = 0;  // PTPHs and sentences heard today, in sitting days
};

class CrownStage final : public Node {
 public:
  explicit CrownStage(Context& ctx);

  // Sent `stock.age` days ago, awaiting the PTPH or (`awaiting_trial`) a trial.
  void open_from_stock(Slot slot, const StockCase& stock) override;
  // Custody time limits passed by cases still waiting.
  void at_horizon() override;

  // Called by the centres.
  void hold_ptph(Slot slot);
  void hold_sentence_hearing(Slot slot);
  void check_custody_time_limit(Slot slot);

 private:
  // Sent from the magistrates' court now.
  void receive_sent(Slot slot);
  // Convicted on a guilty plea in the magistrates' court and committed here to be sentenced.
  void receive_committal(Slot slot);
  // Sent now, received from data: what the charge settles is settled first.
  void receive_later_entry(Slot slot);
  // Sets the sending date and the centre: by `share` for new cases, by `stock_share` for the
  // initial stock.
  void send(Slot slot, double age, bool from_stock = false);
  CrownCourtCentre& centre_of(Slot slot);
  // At or after the PTPH, not guilty: some plead guilty before their trial comes.
  void await_trial(Slot slot, bool pleads_later, double later_plea_after);

  Context& ctx_;
  std::vector<std::unique_ptr<CrownCourtCentre>> centres_;

  EntryPoint sent_for_trial_{*this, "sent_for_trial", [this](Slot slot) { receive_sent(slot); }};
  EntryPoint committed_for_sentence_{*this, "committed_for_sentence",
                                     [this](Slot slot) { receive_committal(slot); }};
  EntryPoint later_entry_{*this, "later_entry", [this](Slot slot) { receive_later_entry(slot); }};
};

}  // namespace cj

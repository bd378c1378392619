// The Crown Court. Each centre has one listing office and one diary of room-days (rooms sitting
// each sitting day, a roster scaled by `sitting_days_scale`), and every hearing takes room time
// from it: the plea and trial preparation hearing (PTPH) about four weeks after sending, a
// pre-trial review before the trial date, sentence, sentence of a case committed by the
// magistrates, and trials, which hold a room for their sitting days. At the PTPH a not-guilty case
// is given a trial date after a preparation lead time, custody cases in the time kept for them
// (see listing.hpp for priority, the warned list and bringing trials forward). On the day a
// trial is effective, cracks (a plea on the day, no evidence, the victim has withdrawn), is
// ineffective and relisted with priority, or is not reached (over-listing) and relisted likewise.
// Nothing is heard on a day the court does not sit, and no day hears more than its rooms.
//
// Node "crown": enters at "sent_for_trial", "committed_for_sentence" (both from the magistrates'
// court) and "later_entry" (sent, received from data: settled as charged first); opens the stock
// of cases awaiting a PTPH or a trial; at the horizon, counts the custody time limits passed.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "models/listing.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"

namespace cj {

class CrownStage;

// A centre's day: it sits in the morning, and its listing office lists in the evening.
enum class CrownDay : std::uint32_t { sits, lists };

// One Crown Court centre: its listing and its rooms (a daemon actor on SimGrid).
class CrownCourtCentre final
    : public TypedHandler<CrownCourtCentre, sim::Agent, Events<CrownDay, int>> {
 public:
  CrownCourtCentre(CrownStage& owner, Context& ctx, int index);
  int index() const noexcept { return index_; }
  // Asks for a hearing of the case; returns its ticket.
  Ticket request(Slot slot, Hearing hearing, int earliest_day, bool relisted = false,
                 double asked_at = -1);
  void cancel(Ticket ticket, std::uint64_t case_id) { listing_.cancel(ticket, case_id); }
  const Listing& listing() const noexcept { return listing_; }

 private:
  friend TypedHandler;
  // A trial holding a room for its sitting days.
  struct Running {
    Slot slot;
    std::uint64_t case_id;
    int days_left;
    int next_day;
  };
  void on(CrownDay event, int day);
  void list_tonight();
  void sit(int day);
  // Runs the trials already under way; returns the room-days they used.
  double continue_trials(int day, double& free);
  void start_trial(const Listed& l, int day, double& free, double& used);
  void not_reached(const Listed& l);
  void give_back_from(const Listed& l, int day);
  void give_verdict(Slot slot);

  CrownStage& owner_;
  Context& ctx_;
  int index_;
  Listing listing_;
  std::vector<Running> running_;
  int listing_due_ = -1;
};

class CrownStage final : public Node {
 public:
  explicit CrownStage(Context& ctx);

  // Sent `stock.age` days ago, awaiting the PTPH or (`awaiting_trial`) a trial.
  void open_from_stock(Slot slot, const StockCase& stock) override;
  // Custody time limits passed by cases still waiting.
  void at_horizon() override;

  // Called by the centres.
  void hold_hearing(const ListingRequest& request);
  void on_listed(const ListingRequest& request, int day);
  // Whether a not-guilty defendant pleads guilty before the trial (at the review, or on the day
  // if the trial comes first), its trial on `trial_day`.
  bool pleads_later(Slot slot, double trial_day);
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
  void hold_ptph(Slot slot);
  void hold_pre_trial_review(Slot slot);
  void hold_sentence(Slot slot);
  // Not guilty at the PTPH (`asked_at`: when): the trial is asked for after the lead time.
  void ask_for_trial(Slot slot, double asked_at);
  void plead_guilty_before_trial(Slot slot);

  Context& ctx_;
  std::vector<std::unique_ptr<CrownCourtCentre>> centres_;

  EntryPoint sent_for_trial_{*this, "sent_for_trial", [this](Slot slot) { receive_sent(slot); }};
  EntryPoint committed_for_sentence_{*this, "committed_for_sentence",
                                     [this](Slot slot) { receive_committal(slot); }};
  EntryPoint later_entry_{*this, "later_entry", [this](Slot slot) { receive_later_entry(slot); }};
};

}  // namespace cj

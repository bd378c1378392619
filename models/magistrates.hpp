// The magistrates' court, where every charged case starts. At the first hearing a defendant
// pleads: guilty pleas are sentenced (at once or after reports); not-guilty summary cases, and
// either-way cases the court keeps, are listed for trial; indictable-only cases, and either-way
// cases sent or elected, go to the Crown Court. Trials are effective, cracked (late plea, no
// evidence offered, or the victim has withdrawn) or ineffective (relisted). Each court sits on
// its own days with its own sessions, one diary for first hearings, case management hearings and
// sentences and one for trials; see listing.hpp for how hearings get their dates. Every hearing
// takes minutes of a session; the court sits only on sitting days.
//
// Node "magistrates": enters at "charged" (charged now, or received from data); leaves by
// "sent_for_trial" and "committed_for_sentence"; opens the stock of charged cases awaiting a
// first hearing or a trial.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "models/listing.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"
#include "sim/engine.hpp"

namespace cj {

class MagistratesStage;

// A court house's day: it sits in the morning, and its listing office lists in the evening.
enum class CourtHouseEvent : std::uint32_t { sitting, listing };

// One court house: its listing office and its sitting days (a daemon actor on SimGrid). Its
// events carry the day they are for.
class CourtHouse final : public TypedHandler<CourtHouse, sim::Agent, Events<CourtHouseEvent, int>> {
 public:
  CourtHouse(MagistratesStage& owner, Context& ctx, int index, Listing hearings, Listing trials)
      : owner_(owner),
        ctx_(ctx),
        index_(index),
        hearings_(std::move(hearings)),
        trials_(std::move(trials)) {}
  Listing& hearings() noexcept { return hearings_; }
  Listing& trials() noexcept { return trials_; }
  int index() const noexcept { return index_; }
  // The court sits on `day` (a sitting day), in the morning.
  void sit_on(int day);
  // Lists requests tonight (schedules the listing if none is due yet).
  void list_tonight();

 private:
  friend TypedHandler;
  void on(CourtHouseEvent event, int day);

  MagistratesStage& owner_;
  Context& ctx_;
  int index_;
  Listing hearings_;  // first hearings, case management hearings, sentences
  Listing trials_;
  int listing_due_ = -1;  // day of the listing already scheduled
};

class MagistratesStage final : public Node {
 public:
  explicit MagistratesStage(Context& ctx);

  // Charged `stock.age` days ago, awaiting a first hearing or (`awaiting_trial`) a trial.
  void open_from_stock(Slot slot, const StockCase& stock) override;

  // Called by a court on a sitting day and after listing.
  void sit(CourtHouse& court, int day);
  void on_listed(const ListingRequest& request, int day);

 private:
  // A case charged now (by the police or the CPS, or received from data).
  void receive_charged(Slot slot);
  // Days from charge to the first hearing: custody cases first, expected guilty pleas sooner.
  double notice_days(const Case& c) const;
  // `asked_at`: its place in the queue (now, or earlier for a stock case).
  void request(Slot slot, Hearing hearing, int earliest_day, bool relisted = false,
               double asked_at = -1);
  // A first or case management hearing: the plea, unless adjourned.
  void hold_plea_hearing(Slot slot, Hearing hearing);
  void plead_guilty(Slot slot, double committal_draw, double reports_draw);
  void hold_sentence_hearing(Slot slot);
  // Returns the court minutes the trial used.
  double hold_trial(Slot slot, double minutes_left);
  void plead_not_guilty(Slot slot);

  Context& ctx_;
  std::vector<std::unique_ptr<CourtHouse>> courts_;

  EntryPoint charged_{*this, "charged", [this](Slot slot) { receive_charged(slot); }};
  Exit sent_for_trial_{*this, "sent_for_trial"};
  Exit committed_for_sentence_{*this, "committed_for_sentence"};
};

}  // namespace cj

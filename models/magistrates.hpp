// The magistrates' court, where every charged case starts. At the first hearing a defendant
// pleads: guilty pleas are sentenced (at once or after reports); not-guilty summary cases, and
// either-way cases the court keeps, are listed for trial; indictable-only cases, and either-way
// cases sent or elected, go to the Crown Court. Trials are effective, cracked (late plea, no
// evidence offered, or the victim has withdrawn) or ineffective (relisted). Each court sits on
// its own days with its own sessions; see listing.hpp for how hearings get their dates.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "models/listing.hpp"
#include "sim/engine.hpp"

namespace cj {

class MagistratesStage;

// One court house: its listing office and its sitting days (a daemon actor on SimGrid).
class CourtHouse final : public sim::Agent {
 public:
  CourtHouse(MagistratesStage& owner, int index, Listing listing)
      : owner_(owner), index_(index), listing_(std::move(listing)) {}
  void on_event(std::uint32_t kind, std::uint64_t day) override;
  Listing& listing() noexcept { return listing_; }
  int index() const noexcept { return index_; }
  // Lists requests tonight (schedules the listing if none is due yet).
  void list_tonight(Context& ctx);
  enum Kind : std::uint32_t { kSit = 0, kList = 1 };

 private:
  MagistratesStage& owner_;
  int index_;
  Listing listing_;
  int listing_due_ = -1;  // day of the listing already scheduled
};

class MagistratesStage {
 public:
  explicit MagistratesStage(Context& ctx);
  MagistratesStage(const MagistratesStage&) = delete;
  MagistratesStage& operator=(const MagistratesStage&) = delete;

  // A case charged now (by the police or the CPS).
  void receive_charged(Slot slot);
  // Sets what is decided at charge (custody, court, plea, post-charge attrition) for a case
  // charged `age` days ago; moves it into the magistrates' stage when `enter` is true.
  void prepare_charged(Slot slot, double age, bool enter = true);
  // From the initial stock: charged `age` days ago, awaiting a first hearing or a trial.
  void open_from_stock(Slot slot, double age, bool awaiting_trial);

  // Called by a court on a sitting day and after listing.
  void sit(CourtHouse& court, int day);
  void listed(Slot slot, Hearing hearing, int day);

 private:
  void request(Slot slot, Hearing hearing, int earliest_day);
  void first_hearing(Slot slot);
  void sentence(Slot slot);
  // Returns the court minutes the trial used.
  double trial(Slot slot, double minutes_left);
  void after_not_guilty(Slot slot);

  Context& ctx_;
  std::vector<std::unique_ptr<CourtHouse>> courts_;
};

}  // namespace cj

// Demand: reports of each offence group arriving as a Poisson process whose rate is constant
// within a calendar month (annual rate x month's seasonality x trend), or exactly the counts given
// for a month, spread at random through it. Later entries bring cases in at a later stage (a
// series of Crown Court receipts, say) the same way.
//
// The demand is where new cases come from: it leaves them by the exit "report" (every offence
// group's reports) and by "later_entry.charging", "later_entry.magistrates" and
// "later_entry.crown" (the scenario's later entries, by the stage each names); the route table
// says which stage takes them.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/parameters/offences.hpp"
#include "models/typed_events.hpp"

namespace cj {

// Where a stream's cases go: an offence group's reports, or a later entry.
struct ArrivalSource {
  std::string name;     // names the random stream and case keys
  double per_year = 0;  // at the start date
  double trend_per_year = 0;
  std::array<double, 12> seasonality{};  // all 0: flat
  std::vector<MonthlyCount> monthly;     // exact counts for these months
};

enum class ArrivalEvent : std::uint32_t { arrives };

class ArrivalStream final
    : public TypedHandler<ArrivalStream, sim::Handler, Events<ArrivalEvent, NoPayload>> {
 public:
  // `arrive(key)` creates a case whose random streams are named by `key` (the same n-th case of
  // this source in every scenario).
  ArrivalStream(Context& ctx, ArrivalSource source, std::function<void(std::uint64_t)> arrive);
  void start();
  std::uint64_t key() const noexcept { return key_; }

 private:
  friend TypedHandler;
  void on(ArrivalEvent, NoPayload);
  void enter_month(int month);
  void schedule_next(double from);

  Context& ctx_;
  ArrivalSource source_;
  std::function<void(std::uint64_t)> arrive_;
  std::uint64_t key_;
  sim::Rng rng_;
  std::vector<double> month_starts_;  // days since start, one past the horizon
  std::vector<int> calendar_month_;   // 0..11 for each month
  int month_ = 0;
  double rate_ = 0;       // per day, this month
  long exact_left_ = -1;  // >= 0: arrivals still to place this month (exact counts)
  std::uint64_t count_ = 0;
};

// The scenario's demand: one stream per offence group, one per later entry.
class Demand final : public Sender {
 public:
  explicit Demand(Context& ctx);
  // Schedules each stream's first arrival.
  void start();

 private:
  void report(int group, std::uint64_t key);
  void later_entry(const LaterEntry& entry, std::uint64_t key);
  const Exit& later_entry_exit(EntryStage stage) const;

  Context& ctx_;
  Exit report_{*this, "report"};
  Exit later_entry_charging_{*this, "later_entry.charging"};
  Exit later_entry_magistrates_{*this, "later_entry.magistrates"};
  Exit later_entry_crown_{*this, "later_entry.crown"};
  std::vector<std::unique_ptr<ArrivalStream>> streams_;
};

}  // namespace cj

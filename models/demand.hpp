// Demand: reports of each offence group arriving as a Poisson process whose rate is constant
// within a calendar month (annual rate x month's seasonality x trend), or exactly the counts given
// for a month, spread at random through it. Later entries bring cases in at a later stage (a
// series of Crown Court receipts, say) the same way.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/context.hpp"
#include "models/parameters/offences.hpp"

namespace cj {

// Where a stream's cases go: an offence group's reports, or a later entry.
struct ArrivalSource {
  std::string name;     // names the random stream and case keys
  double per_year = 0;  // at the start date
  double trend_per_year = 0;
  std::array<double, 12> seasonality{};  // all 0: flat
  std::vector<MonthlyCount> monthly;     // exact counts for these months
};

class ArrivalStream final : public sim::Handler {
 public:
  // `arrive(key)` creates a case whose random streams are named by `key` (the same n-th case of
  // this source in every scenario).
  ArrivalStream(Context& ctx, ArrivalSource source, std::function<void(std::uint64_t)> arrive);
  void start();
  void on_event(std::uint32_t, std::uint64_t) override;
  std::uint64_t key() const noexcept { return key_; }

 private:
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

// Builds the streams of a scenario: one per offence group, one per later entry.
std::vector<std::unique_ptr<ArrivalStream>> make_demand(Context& ctx);

}  // namespace cj

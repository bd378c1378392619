// Which days the courts sit, and court capacity by day. Day 0 is the scenario's start date; the
// calendar covers the horizon and a margin beyond it (hearings are listed ahead).
#pragma once

#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/scenario.hpp"
#include "models/records/dates.hpp"
#include "sim/roster.hpp"

namespace cj {

class SittingCalendar {
 public:
  SittingCalendar(const CourtCalendar& calendar, Day start, int days);

  int days() const noexcept { return static_cast<int>(sits_.size()); }
  Day start() const noexcept { return start_; }
  bool sits(int day) const noexcept {
    return day >= 0 && day < days() && sits_[static_cast<std::size_t>(day)];
  }
  // The first sitting day on or after `day`; days() if none is left in the calendar.
  int next_sitting_day(int day) const noexcept;
  // The day of the n-th sitting day counting from `first` (n >= 1; `first` counts if it sits).
  int nth_sitting_day(int first, int n) const noexcept;

 private:
  Day start_;
  std::vector<bool> sits_;
  std::vector<int> next_;  // next_[d]: first sitting day >= d
};

// Per day: the value of `steps` (times `scale`, when given) on sitting days, 0 on others.
std::vector<double> daily_levels(const SittingCalendar& calendar, const DatedSteps& steps,
                                 const DatedSteps* scale = nullptr, double factor = 1.0);
// Whole numbers per day whose running total follows the fractional levels (10.4 rooms a day sit
// as 10 or 11, 10.4 on average), so a 10% scale on 14 rooms is felt, not rounded away.
std::vector<double> whole_per_day(const std::vector<double>& levels);
// A roster stepping at the start of each day.
sim::Roster roster_from_days(const std::vector<double>& per_day);

}  // namespace cj

#include "models/sitting_days.hpp"

#include <algorithm>
#include <cmath>

namespace cj {
namespace {

// A running total a rounding error short of a whole number counts as that number.
constexpr double kWholeNumberSlack = 1e-9;

}  // namespace

SittingCalendar::SittingCalendar(const CourtCalendar& calendar, Day start, int days)
    : start_(start),
      sits_(static_cast<std::size_t>(days), true),
      next_(static_cast<std::size_t>(days) + 1) {
  for (int d = 0; d < days; ++d) {
    const int wd = weekday(start + d);
    for (int closed : calendar.closed_weekdays) {
      if (wd == closed) sits_[static_cast<std::size_t>(d)] = false;
    }
  }
  const auto close = [&](Day day) {
    const Day d = day - start;
    if (d >= 0 && d < days) sits_[static_cast<std::size_t>(d)] = false;
  };
  if (calendar.england_and_wales_bank_holidays) {
    const int first = from_day(start).year;
    const int last = from_day(start + days).year;
    for (Day h : england_and_wales_bank_holidays(first, last)) close(h);
  }
  for (const Date& date : calendar.closed_dates) close(to_day(date));
  next_[static_cast<std::size_t>(days)] = days;
  for (int d = days - 1; d >= 0; --d) {
    next_[static_cast<std::size_t>(d)] =
        sits_[static_cast<std::size_t>(d)] ? d : next_[static_cast<std::size_t>(d) + 1];
  }
}

int SittingCalendar::next_sitting_day(int day) const noexcept {
  if (day < 0) day = 0;
  if (day >= days()) return days();
  return next_[static_cast<std::size_t>(day)];
}

int SittingCalendar::nth_sitting_day(int first, int n) const noexcept {
  int day = next_sitting_day(first);
  for (int k = 1; k < n && day < days(); ++k) day = next_sitting_day(day + 1);
  return day;
}

std::vector<double> daily_levels(const SittingCalendar& calendar, const DatedSteps& steps,
                                 const DatedSteps* scale, double factor) {
  std::vector<double> levels(static_cast<std::size_t>(calendar.days()), 0.0);
  // Walk the steps once rather than searching them for every day.
  std::size_t i = 0;
  std::size_t j = 0;
  double value = steps.steps.empty() ? 0 : steps.steps.front().second;
  double scale_value = scale && !scale->steps.empty() ? scale->steps.front().second : 1.0;
  for (int d = 0; d < calendar.days(); ++d) {
    const Day day = calendar.start() + d;
    while (i < steps.steps.size() && to_day(steps.steps[i].first) <= day)
      value = steps.steps[i++].second;
    if (scale) {
      while (j < scale->steps.size() && to_day(scale->steps[j].first) <= day) {
        scale_value = scale->steps[j++].second;
      }
    }
    if (calendar.sits(d)) levels[static_cast<std::size_t>(d)] = value * scale_value * factor;
  }
  return levels;
}

std::vector<double> whole_per_day(const std::vector<double>& levels) {
  std::vector<double> whole(levels.size(), 0.0);
  double carry = 0;
  for (std::size_t d = 0; d < levels.size(); ++d) {
    if (levels[d] <= 0) continue;
    carry += levels[d];
    const double n = std::floor(carry + kWholeNumberSlack);
    whole[d] = n;
    carry -= n;
  }
  return whole;
}

sim::Roster roster_from_days(const std::vector<double>& per_day) {
  std::vector<sim::Roster::Step> steps;
  for (std::size_t d = 0; d < per_day.size(); ++d) {
    if (steps.empty() || steps.back().level != per_day[d]) {
      steps.push_back({static_cast<double>(d), per_day[d]});
    }
  }
  // Past the calendar's end nothing sits.
  if (!steps.empty() && steps.back().level != 0) {
    steps.push_back({static_cast<double>(per_day.size()), 0.0});
  }
  return sim::Roster(std::move(steps));
}

}  // namespace cj

// A value that changes on given dates: `{2026-04-01: 12, 2027-04-01: 14}`, or one value for the
// whole run. Any value type may be dated (a number, a probability, a distribution, a share set):
// the scenario reader has one codec for "a T, or {date: T, ...}".
#pragma once

#include <utility>
#include <vector>

#include "models/records/dates.hpp"

namespace cj {

// Before the first date the first value holds. Dates strictly increasing.
template <class T>
struct Dated {
  using value_type = T;
  std::vector<std::pair<Date, T>> steps;

  // The value in force on `day` (a value-initialised T when there are no steps).
  T at(Day day) const {
    if (steps.empty()) return T{};
    const T* value = &steps.front().second;
    for (const auto& [date, v] : steps) {
      if (to_day(date) > day) break;
      value = &v;
    }
    return *value;
  }
  static Dated constant(T value) { return Dated{{{kAlways, std::move(value)}}}; }
  bool is_constant() const { return steps.size() == 1 && steps.front().first == kAlways; }

  friend bool operator==(const Dated&, const Dated&) = default;

  // The date a constant is filed under: before any run.
  static constexpr Date kAlways{1900, 1, 1};
};

// Rosters and scales: dated numbers (compiled once, in common.cpp).
using DatedSteps = Dated<double>;
extern template struct Dated<double>;

}  // namespace cj

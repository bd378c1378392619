// Building blocks of the scenario parameters: shares that sum to one, values that step by date.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "models/records/case.hpp"
#include "models/records/dates.hpp"
#include "sim/distribution.hpp"

namespace cj {

using sim::Distribution;

// A value that changes on given dates: `{2026-04-01: 12, 2027-04-01: 14}`. Before the first date
// the first value holds. Dates strictly increasing.
struct DatedSteps {
  std::vector<std::pair<Date, double>> steps;
  double at(Day day) const;  // the value in force on `day`
  static DatedSteps constant(double v) { return DatedSteps{{{Date{1900, 1, 1}, v}}}; }
};

struct ModeShares {
  double summary = 0;
  double either_way = 0;
  double indictable = 0;
};

}  // namespace cj

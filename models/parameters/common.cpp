#include "models/parameters/common.hpp"

namespace cj {

double DatedSteps::at(Day day) const {
  if (steps.empty()) return 0;
  double value = steps.front().second;
  for (const auto& [date, v] : steps) {
    if (to_day(date) > day) break;
    value = v;
  }
  return value;
}

}  // namespace cj

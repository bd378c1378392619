// The court calendar: courts must sit on some day of the week.
#include <algorithm>

#include "models/scenario/scenario_rules.hpp"

namespace cj::scenario {

void check_calendar(TreeReader& reader, const Scenario& s) {
  std::vector<int> closed = s.calendar.closed_weekdays;
  std::sort(closed.begin(), closed.end());
  if (std::unique(closed.begin(), closed.end()) - closed.begin() == 7) {
    reader.problem(reader.section(reader.root(), "calendar"), "closed_weekdays",
                   "every weekday is closed (expected courts to sit on some day of the week)");
  }
}

}  // namespace cj::scenario

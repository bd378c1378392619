#include "models/probes/court_time.hpp"

#include <string>

#include "models/records/labels.hpp"

namespace cj {

namespace {

// How each court's time is counted, the Crown Court's first.
struct Counted {
  Court court;
  const char* units;
  const char* available;
  const char* used;
};
constexpr Counted kCounted[] = {
    {Court::crown, "sitting days", "Crown Court room sitting days offered",
     "Crown Court room sitting days used by trials, PTPHs and sentences"},
    {Court::magistrates, "sessions", "Magistrates' court sessions offered",
     "Magistrates' court session time used by hearings and trials, in sessions"},
};

}  // namespace

CourtTimeProbe::CourtTimeProbe(PeriodClock& clock, const Scenario& scenario) {
  for (const Counted& c : kCounted) {
    const std::string series = label_of(c.court).capacity;
    Time& time = courts_[c.court];
    time.available = &clock.flow(series + "_available", c.units, c.available);
    time.used = &clock.flow(series + "_used", c.units, c.used);
  }
  // Magistrates' courts report minutes; the Crown Court reports sitting days.
  courts_[Court::magistrates].per_unit = scenario.magistrates.session_minutes;
}

void CourtTimeProbe::on_court_day(Court court, int, double, double available, double used) {
  Time& time = courts_[court];
  time.available->add(available / time.per_unit);
  time.used->add(used / time.per_unit);
}

}  // namespace cj

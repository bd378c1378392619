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
  time.offered_total += available;
  time.used_total += used;
  if (used > available * (1 + 1e-9) + 1e-9) ++time.days_over;
}

void CourtTimeProbe::report(Summary& summary) const {
  for (const Counted& c : kCounted) {
    const Time& time = courts_[c.court];
    const std::string series = label_of(c.court).capacity;
    summary.add(Section::standards, series + "_used_share", "share",
                std::string("Share of ") + c.units + " offered that hearings used, over the run",
                share(time.used_total, time.offered_total));
    summary.add(Section::standards, series + "_days_over_capacity", "days",
                "Court days on which hearings used more time than was offered (0 if causal)",
                time.days_over);
  }
}

}  // namespace cj

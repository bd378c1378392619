// Court time offered and used in each period: Crown Court room sitting days and magistrates'
// court sessions; the share used over the run and the days (none) that used more than offered.
#pragma once

#include "models/parameters/scenario.hpp"
#include "models/probes/enum_array.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class CourtTimeProbe final : public Probe {
 public:
  CourtTimeProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{.court_days = true};
  void on_court_day(Court court, int index, double day, double available, double used) override;
  void report(Summary& summary) const override;

 private:
  struct Time {
    double per_unit = 1;  // what the court reports, per unit of the series
    FlowSeries* available = nullptr;
    FlowSeries* used = nullptr;
    double offered_total = 0;
    double used_total = 0;
    double days_over = 0;  // court days that used more than they offered (never, if causal)
  };
  EnumArray<Court, Time, kCourts> courts_;
};

}  // namespace cj

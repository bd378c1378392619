// How long cases take: days from report to charge, from charge to the first hearing, from charge
// and from report to completion, by offence group and by the court a case completed in (medians
// from quantile sketches: memory does not grow with the cases). Stock cases whose earlier
// milestones are unknown are left out of the spans that need them.
#pragma once

#include <vector>

#include "models/probes/enum_array.hpp"
#include "models/probes/probe.hpp"
#include "sim/statistics.hpp"

namespace cj {

class TimelinessProbe final : public Probe {
 public:
  TimelinessProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{
      .events = events_of({CaseEvent::charged, CaseEvent::first_hearing}), .closed = true};
  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  static constexpr double kResolution = 0.01;  // days
  struct Group {
    sim::Quantiles report_to_charge{kResolution};
    sim::Quantiles charge_to_first_hearing{kResolution};
    sim::Quantiles charge_to_completion{kResolution};
    sim::Quantiles report_to_completion{kResolution};  // cases with both dates known
  };
  struct Completed {
    sim::Quantiles charge_to_completion{kResolution};
    sim::Quantiles report_to_completion{kResolution};
  };
  std::vector<Group> groups_;
  EnumArray<Court, Completed, kCourts> courts_;
};

}  // namespace cj

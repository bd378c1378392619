// Police and CPS teams whose hours bind (investigation.teams, charging.teams): per period, each
// team's hours offered and worked, its hours of early investigative advice and its jobs in work
// (queued or in progress); over the run, its utilisation, mean jobs in work, mean days a job
// spends in work (for Little's law: jobs in work = jobs leaving a day x days in work) and, for
// EIA, the mean wait for advice and the hours spent. A scenario without teams adds nothing.
#pragma once

#include <string>
#include <vector>

#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class WorkloadProbe final : public Probe {
 public:
  WorkloadProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{.work_days = true};
  void on_work_day(int team, double day, const WorkDay& work) override;
  void report(Summary& summary) const override;

 private:
  struct Team {
    std::string name;  // police_<team> or cps_<team>
    bool cps = false;
    FlowSeries* offered = nullptr;
    FlowSeries* worked = nullptr;
    FlowSeries* eia = nullptr;
    StockSeries* in_work = nullptr;
    WorkDay total;  // summed over the run (in_work: the last day's)
    double days = 0;
  };
  std::vector<Team> teams_;
};

}  // namespace cj

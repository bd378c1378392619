// How long cases wait for their trial, as the published timeliness series count it: in the
// magistrates' court from the first listing to the first trial listing; in the Crown Court from
// the PTPH to the first trial listing (weeks), for custody and bail cases apart. A cohort: cases
// whose first hearing (or PTPH) fell in the first half of the run, those still waiting at the
// horizon counted with their wait so far, so that more capacity, which tries more of the long
// waiters within the run, cannot look like longer waits. Cases of the opening stock are left
// out (their first dates are before the run).
#pragma once

#include "models/probes/probe.hpp"
#include "sim/statistics.hpp"

namespace cj {

class TrialWaitsProbe final : public Probe {
 public:
  TrialWaitsProbe(PeriodClock&, const Scenario& scenario) : horizon_days_(scenario.horizon_days) {}
  static constexpr Subscription kSubscription{.closed = true, .open_at_horizon = true};
  void on_closed(const CaseRecord& c) override { add(c, false); }
  void on_open_at_horizon(const CaseRecord& c) override { add(c, true); }
  void report(Summary& summary) const override;

 private:
  void add(const CaseRecord& c, bool open);
  static constexpr double kResolution = 0.01;  // days
  double horizon_days_;
  sim::Quantiles magistrates_{kResolution};
  sim::Quantiles crown_[2] = {sim::Quantiles{kResolution},
                              sim::Quantiles{kResolution}};  // bail, custody
  sim::Quantiles crown_all_{kResolution};
};

}  // namespace cj

// How long cases wait for their trial, as the published timeliness series count it: in the
// magistrates' court from the first listing to the first trial listing; in the Crown Court from
// the PTPH to the first trial listing (weeks), for custody and bail cases apart. Cases of the
// opening stock are left out (their first dates are before the run).
#pragma once

#include "models/probes/probe.hpp"
#include "sim/statistics.hpp"

namespace cj {

class TrialWaitsProbe final : public Probe {
 public:
  TrialWaitsProbe(PeriodClock&, const Scenario&) {}
  static constexpr Subscription kSubscription{.closed = true};
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  static constexpr double kResolution = 0.01;  // days
  sim::Quantiles magistrates_{kResolution};
  sim::Quantiles crown_[2] = {sim::Quantiles{kResolution},
                              sim::Quantiles{kResolution}};  // bail, custody
  sim::Quantiles crown_all_{kResolution};
};

}  // namespace cj

// Domestic-abuse trials in the magistrates' court first listed within the fast-listing target
// (days from the first hearing), of the DA cases completed there that had a trial listing.
#pragma once

#include "models/probes/probe.hpp"

namespace cj {

class DaFastListingProbe final : public Probe {
 public:
  DaFastListingProbe(PeriodClock&, const Scenario& scenario)
      : target_days_(scenario.magistrates.da_fast_listing.target_days) {}
  static constexpr Subscription kSubscription{.closed = true};
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  double target_days_;
  double trials_ = 0, on_target_ = 0;
};

}  // namespace cj

// Domestic-abuse trials in the magistrates' court first listed within the fast-listing target
// (days from the first hearing), of the DA cases completed there that had a trial listing.
#pragma once

#include "models/probes/probe.hpp"

namespace cj {

class DaFastListingProbe final : public Probe {
 public:
  explicit DaFastListingProbe(double target_days) : target_days_(target_days) {}
  Subscription subscription() const override { return {.closed = true}; }
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  double target_days_;
  double trials_ = 0, on_target_ = 0;
};

}  // namespace cj

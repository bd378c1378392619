// Where the cases are: open cases in each stage at the start of each period, cases entering
// (receipts) and leaving (disposals) each stage during it, and cases ending by outcome. For every
// stage open[k+1] = open[k] + receipts[k] - disposals[k]; cases opened from the initial stock
// count as open at the start, not as receipts.
#pragma once

#include "models/probes/enum_array.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class FlowProbe final : public Probe {
 public:
  explicit FlowProbe(PeriodClock& clock);
  Subscription subscription() const override { return {.stages = true, .closed = true}; }
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override;
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct StageSeries {
    Stock* open = nullptr;
    Flow* receipts = nullptr;
    Flow* disposals = nullptr;
  };
  EnumArray<Stage, StageSeries, kOpenStages> stages_;
  EnumArray<Outcome, Flow*, kOutcomes> outcomes_;  // none for `open`
};

}  // namespace cj

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
  FlowProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{.stages = true, .closed = true};
  // Inline: on the path of every stage change.
  void on_stage(const CaseRecord& c, Stage from, Stage to, double) override {
    if (from != Stage::closed) {
      stages_[from].open->add(-1);
      stages_[from].disposals->add(1);
    }
    if (to == Stage::closed) return;
    if (from == Stage::closed && c.from_stock) {
      stages_[to].open->open(1);
    } else {
      stages_[to].open->add(1);
      stages_[to].receipts->add(1);
    }
  }
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct StageSeries {
    StockSeries* open = nullptr;
    FlowSeries* receipts = nullptr;
    FlowSeries* disposals = nullptr;
  };
  EnumArray<Stage, StageSeries, kOpenStages> stages_;
  EnumArray<Outcome, FlowSeries*, kOutcomes> outcomes_;  // none for `open`
};

}  // namespace cj

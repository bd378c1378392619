// Each Crown Court centre: cases open at the start of each period and disposals during it; the
// first year's disposals, the caseload one year in and at the horizon (what published court-level
// figures are compared with), and the first year's disposals against its receipts.
#pragma once

#include <string>
#include <vector>

#include "models/parameters/scenario.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class CrownCentresProbe final : public Probe {
 public:
  CrownCentresProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{.stages = true};
  // Inline: on the path of every stage change.
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override {
    if (c.crown_centre >= centres_.size()) return;  // not sent to a centre
    Centre& centre = centres_[c.crown_centre];
    if (from == Stage::crown) {
      centre.open->add(-1);
      centre.disposals->add(1);
      if (time < kYear) ++centre.disposals_first_year;
    }
    if (to == Stage::crown) {
      if (from == Stage::closed && c.from_stock) {
        centre.open->open(1);
      } else {
        centre.open->add(1);
        if (time < kYear) ++receipts_first_year_;
      }
    }
  }
  void report(Summary& summary) const override;

  static constexpr double kYear = 365.0;  // "first year" measures end on this day

 private:
  struct Centre {
    std::string name;
    StockSeries* open = nullptr;
    FlowSeries* disposals = nullptr;
    double disposals_first_year = 0;
    double open_after_first_year = kNotApplicable;  // until the run reaches it
  };
  double horizon_days_;
  std::vector<Centre> centres_;
  double receipts_first_year_ = 0;  // all centres
};

}  // namespace cj

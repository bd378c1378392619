// Each Crown Court centre: cases open at the start of each period and disposals during it; the
// first year's disposals, the caseload one year in and at the horizon (what published court-level
// figures are compared with).
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
  Subscription subscription() const override { return {.stages = true}; }
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override;
  void report(Summary& summary) const override;

  static constexpr double kYear = 365.0;  // "first year" measures end on this day

 private:
  struct Centre {
    std::string name;
    Stock* open = nullptr;
    Flow* disposals = nullptr;
    double disposals_first_year = 0;
    double open_after_first_year = kNotApplicable;  // until the run reaches it
  };
  double horizon_days_;
  std::vector<Centre> centres_;
};

}  // namespace cj

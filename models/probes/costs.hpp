// What the run cost at the scenario's unit costs: per period and in total, per conviction, the
// direct costs of the cases ending in each outcome (their own investigation, decisions and
// hearings; what is spent on cases that collapse), and the cost of court capacity offered.
#pragma once

#include "models/probes/enum_array.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class CostsProbe final : public Probe {
 public:
  CostsProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{
      .closed = true, .open_at_horizon = true, .costs = true};
  void on_closed(const CaseRecord& c) override;
  void on_open_at_horizon(const CaseRecord& c) override;
  void on_cost(double time, double amount) override;
  void report(Summary& summary) const override;

 private:
  FlowSeries& cost_;
  double total_ = 0;
  double convictions_ = 0;
  EnumArray<Outcome, double, kOutcomes> direct_;  // `open`: cases open at the horizon
};

}  // namespace cj

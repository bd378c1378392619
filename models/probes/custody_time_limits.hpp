// Remanded defendants whose Crown Court custody time limit was exceeded.
#pragma once

#include "models/probes/probe.hpp"

namespace cj {

class CustodyTimeLimitsProbe final : public Probe {
 public:
  CustodyTimeLimitsProbe(PeriodClock&, const Scenario&) {}
  static constexpr Subscription kSubscription{
      .events = events_of({CaseEvent::custody_time_limit_breached})};
  void on_event(const CaseRecord&, CaseEvent, double) override { ++breaches_; }
  void report(Summary& summary) const override {
    summary.add(Section::standards, "custody_time_limit_breaches", "cases",
                "Remanded defendants whose Crown Court custody time limit was exceeded", breaches_);
  }

 private:
  double breaches_ = 0;
};

}  // namespace cj

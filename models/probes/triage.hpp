// CPS triage of files submitted for a charging decision: accepted at the first submission, or
// only at the third or later (after rework).
#pragma once

#include "models/probes/probe.hpp"

namespace cj {

class TriageProbe final : public Probe {
 public:
  TriageProbe(PeriodClock&, const Scenario&) {}
  static constexpr Subscription kSubscription{
      .events = events_of({CaseEvent::file_returned, CaseEvent::file_accepted})};
  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void report(Summary& summary) const override;

 private:
  double returned_first_ = 0, accepted_first_ = 0;
  double accepted_ = 0, accepted_third_or_later_ = 0;
};

}  // namespace cj

// Trials and completions in each court, one block for both courts: trial listings by result
// (effective, cracked, ineffective) and ineffective listings by cause, per period and over the
// run; and cases completed after charge, with the share that pleaded guilty.
#pragma once

#include "models/probes/enum_array.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class CourtsProbe final : public Probe {
 public:
  CourtsProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{
      .events = events_of(
          {CaseEvent::trial_effective, CaseEvent::trial_cracked, CaseEvent::trial_ineffective}),
      .closed = true};
  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct Trials {
    double heard = 0;  // listings that reached their day
    EnumArray<TrialResult, double, kTrialResults> by_result;
    EnumArray<IneffectiveCause, double, kIneffectiveCauses> ineffective_by_cause;
    EnumArray<TrialResult, FlowSeries*, kTrialResults> series;
  };
  struct Completions {
    double completed = 0;
    double guilty_plea = 0;
  };
  struct CourtTally {
    Trials trials;
    Completions completions;
  };
  EnumArray<Court, CourtTally, kCourts> courts_;
};

}  // namespace cj

// Pleas at the first magistrates' hearing, by offence group: guilty, of all pleas entered there.
#pragma once

#include <vector>

#include "models/probes/probe.hpp"

namespace cj {

class FirstHearingPleasProbe final : public Probe {
 public:
  FirstHearingPleasProbe(PeriodClock&, const Scenario& scenario)
      : groups_(scenario.offences.size()) {}
  static constexpr Subscription kSubscription{
      .events = events_of({CaseEvent::guilty_plea, CaseEvent::not_guilty_plea})};
  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void report(Summary& summary) const override;

 private:
  struct Group {
    double pleas = 0;
    double guilty = 0;
  };
  std::vector<Group> groups_;
};

}  // namespace cj

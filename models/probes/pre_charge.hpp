// Before charge, by offence group: reports, cases charged, CPS charging decisions, and cases whose
// pre-charge stages concluded (charged or closed before charge), the base of the charge rate and
// of the pre-charge withdrawal rate.
#pragma once

#include <vector>

#include "models/probes/case_facts.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class PreChargeProbe final : public Probe {
 public:
  PreChargeProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{
      .events = events_of({CaseEvent::reported, CaseEvent::charged}),
      .stages = true,
      .closed = true};
  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  // Inline: on the path of every stage change.
  void on_stage(const CaseRecord& c, Stage from, Stage to, double) override {
    if (concludes_pre_charge(from, to)) ++groups_[c.group].concluded;
  }
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct Group {
    double reports = 0;
    double concluded = 0;
    double charged = 0;
    double cps_decisions = 0;
    double cps_charges = 0;
  };
  double horizon_days_;
  std::vector<Group> groups_;
};

}  // namespace cj

// How cases ended, by offence group: convictions and the victim's withdrawal after charge (of
// cases completed after charge), and the victim's withdrawal before charge (of cases whose
// pre-charge stages concluded).
#pragma once

#include <vector>

#include "models/probes/case_facts.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class OutcomeRatesProbe final : public Probe {
 public:
  OutcomeRatesProbe(PeriodClock& clock, const Scenario& scenario);
  static constexpr Subscription kSubscription{.stages = true, .closed = true};
  // Inline: on the path of every stage change.
  void on_stage(const CaseRecord& c, Stage from, Stage to, double) override {
    if (concludes_pre_charge(from, to)) ++groups_[c.group].concluded_pre_charge;
  }
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct Group {
    double concluded_pre_charge = 0;
    double withdrawn_pre_charge = 0;
    double completed = 0;  // after charge
    double convicted = 0;
    double withdrawn_post_charge = 0;
  };
  std::vector<Group> groups_;
};

}  // namespace cj

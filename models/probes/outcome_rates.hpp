// How cases ended, by offence group: convictions and the victim's withdrawal after charge (of
// cases completed after charge), and the victim's withdrawal before charge (of cases whose
// pre-charge stages concluded, counted by the pre-charge probe).
#pragma once

#include <cstddef>
#include <vector>

#include "models/probes/pre_charge.hpp"
#include "models/probes/probe.hpp"

namespace cj {

class OutcomeRatesProbe final : public Probe {
 public:
  OutcomeRatesProbe(std::size_t groups, const PreChargeProbe& pre_charge);
  Subscription subscription() const override { return {.closed = true}; }
  void on_closed(const CaseRecord& c) override;
  void report(Summary& summary) const override;

 private:
  struct Group {
    double withdrawn_pre_charge = 0;
    double completed = 0;  // after charge
    double convicted = 0;
    double withdrawn_post_charge = 0;
  };
  const PreChargeProbe& pre_charge_;
  std::vector<Group> groups_;
};

}  // namespace cj

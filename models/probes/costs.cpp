#include "models/probes/costs.hpp"

#include <string>

#include "models/probes/case_facts.hpp"

namespace cj {

CostsProbe::CostsProbe(PeriodClock& clock, const Scenario&)
    : cost_(clock.flow("cost", "GBP", "Costs incurred during the period (scenario unit costs)")) {}

void CostsProbe::on_closed(const CaseRecord& c) {
  direct_[c.outcome] += c.direct_cost;
  if (after_charge(c.stage) && label_of(c.outcome).conviction) ++convictions_;
}

void CostsProbe::on_open_at_horizon(const CaseRecord& c) {
  direct_[Outcome::open] += c.direct_cost;
}

void CostsProbe::on_cost(double, double amount) {
  cost_.add(amount);
  total_ += amount;
}

void CostsProbe::report(Summary& summary) const {
  summary.add(Section::costs, "total_cost", "GBP", "All costs over the run (scenario unit costs)",
              total_);
  summary.add(Section::costs, "cost_per_conviction", "GBP", "Total cost divided by convictions",
              share(total_, convictions_));
  double direct = 0;
  for (const OutcomeLabel& outcome : kOutcomeLabels) {
    const std::string name = outcome.name;
    direct += direct_[outcome.value];
    summary.add(Section::costs, "direct_cost_" + name, "GBP",
                outcome.value == Outcome::open
                    ? std::string("Unit costs incurred by cases still open at the horizon")
                    : "Unit costs incurred by cases ending as " + name +
                          " (their investigation, decisions and hearings)",
                direct_[outcome.value]);
  }
  summary.add(Section::costs, "capacity_cost", "GBP",
              "Costs of court sessions and sitting days offered", total_ - direct);
}

}  // namespace cj

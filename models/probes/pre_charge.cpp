#include "models/probes/pre_charge.hpp"

#include <string>

#include "models/probes/case_facts.hpp"

namespace cj {

PreChargeProbe::PreChargeProbe(PeriodClock&, const Scenario& scenario)
    : horizon_days_(scenario.horizon_days), groups_(scenario.offences.size()) {}

void PreChargeProbe::on_event(const CaseRecord& c, CaseEvent event, double) {
  Group& g = groups_[c.group];
  if (event == CaseEvent::reported) ++g.reports;
  if (event == CaseEvent::charged) {
    ++g.charged;
    // A case sent to the CPS was charged by its decision; others were charged by the police.
    if (c.submissions > 0) {
      ++g.cps_decisions;
      ++g.cps_charges;
    }
  }
}

void PreChargeProbe::on_closed(const CaseRecord& c) {
  // The CPS decided not to charge.
  if (c.stage == Stage::awaiting_charge &&
      (c.outcome == Outcome::no_further_action || c.outcome == Outcome::out_of_court)) {
    ++groups_[c.group].cps_decisions;
  }
}

void PreChargeProbe::report(Summary& summary) const {
  Group all;
  for (const Group& g : groups_) {
    all.reports += g.reports;
    all.concluded += g.concluded;
    all.charged += g.charged;
    all.cps_decisions += g.cps_decisions;
    all.cps_charges += g.cps_charges;
  }
  summary.add(Section::rates, "charge_rate", "share",
              "Cases charged, of cases whose pre-charge stages concluded",
              share(all.charged, all.concluded));
  summary.add(Section::rates, "cps_charge_rate", "share",
              "CPS charging decisions that were to charge",
              share(all.cps_charges, all.cps_decisions));
  summary.add(Section::volumes, "reports", "cases", "Reports received during the run", all.reports);
  summary.add(Section::volumes, "charged", "cases", "Cases charged during the run", all.charged);
  summary.add(Section::volumes, "charged_per_year", "cases",
              "Cases charged a year (over the whole run)", all.charged / (horizon_days_ / 365.25));

  const auto by_group = [&](Section section, std::string name, std::string units,
                            std::string description, auto value) {
    std::vector<double> values;
    for (const Group& g : groups_) values.push_back(value(g));
    summary.add_by_group(section, std::move(name), std::move(units), std::move(description),
                         std::move(values));
  };
  by_group(Section::rates, "charge_rate", "share", "Cases charged, of cases concluded pre-charge",
           [](const Group& g) { return share(g.charged, g.concluded); });
  by_group(Section::rates, "cps_charge_rate", "share", "CPS decisions to charge",
           [](const Group& g) { return share(g.cps_charges, g.cps_decisions); });
  by_group(Section::volumes, "reports", "cases", "Reports received",
           [](const Group& g) { return g.reports; });
  by_group(Section::volumes, "charged", "cases", "Cases charged",
           [](const Group& g) { return g.charged; });
}

}  // namespace cj

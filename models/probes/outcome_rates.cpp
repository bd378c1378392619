#include "models/probes/outcome_rates.hpp"

#include <string>

#include "models/probes/case_facts.hpp"

namespace cj {

OutcomeRatesProbe::OutcomeRatesProbe(PeriodClock&, const Scenario& scenario)
    : groups_(scenario.offences.size()) {}

void OutcomeRatesProbe::on_closed(const CaseRecord& c) {
  Group& g = groups_[c.group];
  if (before_charge(c.stage)) {
    if (c.outcome == Outcome::victim_withdrawn_pre_charge) ++g.withdrawn_pre_charge;
    return;
  }
  if (!after_charge(c.stage)) return;
  ++g.completed;
  if (label_of(c.outcome).conviction) ++g.convicted;
  if (c.outcome == Outcome::victim_withdrawn_post_charge) ++g.withdrawn_post_charge;
}

void OutcomeRatesProbe::report(Summary& summary) const {
  Group all;
  for (const Group& g : groups_) {
    all.concluded_pre_charge += g.concluded_pre_charge;
    all.withdrawn_pre_charge += g.withdrawn_pre_charge;
    all.completed += g.completed;
    all.convicted += g.convicted;
    all.withdrawn_post_charge += g.withdrawn_post_charge;
  }
  summary.add(Section::rates, "conviction_rate", "share",
              "Convictions (plea or verdict), of cases completed after charge",
              share(all.convicted, all.completed));
  summary.add(Section::rates, "victim_withdrawal_rate_pre_charge", "share",
              "Cases closed because the victim withdrew before charge (outcome 16), of cases "
              "concluded pre-charge",
              share(all.withdrawn_pre_charge, all.concluded_pre_charge));
  summary.add(Section::rates, "victim_withdrawal_rate_post_charge", "share",
              "Prosecutions stopped because the victim withdrew, of cases completed after charge",
              share(all.withdrawn_post_charge, all.completed));
  summary.add(Section::volumes, "victim_withdrawals", "cases",
              "Cases ended by the victim's withdrawal, before or after charge",
              all.withdrawn_pre_charge + all.withdrawn_post_charge);

  const auto by_group = [&](std::string name, std::string description, auto value) {
    std::vector<double> values;
    for (const Group& g : groups_) values.push_back(value(g));
    summary.add_by_group(Section::rates, std::move(name), "share", std::move(description),
                         std::move(values));
  };
  by_group("conviction_rate", "Convictions, of cases completed after charge",
           [](const Group& g) { return share(g.convicted, g.completed); });
  by_group("victim_withdrawal_rate_pre_charge", "Victim withdrawals before charge",
           [](const Group& g) { return share(g.withdrawn_pre_charge, g.concluded_pre_charge); });
  by_group("victim_withdrawal_rate_post_charge", "Victim withdrawals after charge",
           [](const Group& g) { return share(g.withdrawn_post_charge, g.completed); });
}

}  // namespace cj

#include "models/probes/crown_centres.hpp"

namespace cj {

CrownCentresProbe::CrownCentresProbe(PeriodClock& clock, const Scenario& scenario)
    : horizon_days_(scenario.horizon_days) {
  for (const auto& centre : scenario.crown.centres) {
    const std::string& name = centre.name;
    centres_.push_back(
        {name,
         &clock.stock("open_crown_" + name, "cases",
                      "Cases open at the " + name + " Crown Court centre"),
         &clock.flow("disposals_crown_" + name, "cases",
                     "Cases ending at the " + name + " Crown Court centre during the period")});
  }
  clock.on_reaching(kYear, [this] {
    for (Centre& c : centres_) c.open_after_first_year = c.open->level();
  });
}

void CrownCentresProbe::report(Summary& summary) const {
  double disposals = 0;
  for (const Centre& c : centres_) disposals += c.disposals_first_year;
  summary.add(Section::centres, "crown_disposals_to_receipts_first_year", "ratio",
              "Crown Court cases ending in the first year per case received in it",
              horizon_days_ >= kYear && receipts_first_year_ > 0 ? disposals / receipts_first_year_
                                                                 : kNotApplicable);
  for (const Centre& c : centres_) {
    summary.add(Section::centres, "crown_disposals_first_year_" + c.name, "cases",
                "Cases ending at the " + c.name + " Crown Court centre in the first year",
                horizon_days_ >= kYear ? c.disposals_first_year : kNotApplicable);
    summary.add(Section::centres, "crown_open_after_first_year_" + c.name, "cases",
                "Cases open at the " + c.name + " Crown Court centre one year after the start",
                c.open_after_first_year);
    summary.add(Section::centres, "crown_open_at_horizon_" + c.name, "cases",
                "Cases open at the " + c.name + " Crown Court centre at the horizon",
                c.open->level());
  }
}

}  // namespace cj

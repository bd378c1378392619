#include "models/probes/da_fast_listing.hpp"

#include "models/probes/case_facts.hpp"

namespace cj {

void DaFastListingProbe::on_closed(const CaseRecord& c) {
  if (!c.domestic_abuse || c.stage != Stage::magistrates) return;
  if (!known(c.trial_dates[0]) || !known(c.first_hearing)) return;
  ++trials_;
  if (c.trial_dates[0] - c.first_hearing <= target_days_) ++on_target_;
}

void DaFastListingProbe::report(Summary& summary) const {
  summary.add(Section::standards, "da_trials_within_target_share", "share",
              "Domestic-abuse magistrates' trials first listed within the fast-listing target of "
              "the first hearing",
              share(on_target_, trials_));
}

}  // namespace cj

#include "models/probes/trial_waits.hpp"

#include "models/probes/case_facts.hpp"

namespace cj {

void TrialWaitsProbe::on_closed(const CaseRecord& c) {
  if (c.from_stock || !known(c.trial_dates[0])) return;
  const bool crown = known(c.sent_to_crown) && c.trial_dates[0] >= c.sent_to_crown;
  if (!crown) {
    if (known(c.first_hearing)) magistrates_.add(c.trial_dates[0] - c.first_hearing);
    return;
  }
  if (!known(c.ptph)) return;
  const double weeks = (c.trial_dates[0] - c.ptph) / 7.0;
  crown_[c.custody ? 1 : 0].add(weeks);
  crown_all_.add(weeks);
}

void TrialWaitsProbe::report(Summary& summary) const {
  summary.add(Section::timeliness, "median_days_first_listing_to_trial_magistrates", "days",
              "Median days from the first hearing to the first trial listing, magistrates' "
              "trials of cases charged during the run",
              median(magistrates_));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown", "weeks",
              "Median weeks from the PTPH to the first trial listing, Crown Court trials of "
              "cases sent during the run",
              median(crown_all_));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown_custody", "weeks",
              "As median_weeks_ptph_to_trial_crown, defendants in custody", median(crown_[1]));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown_bail", "weeks",
              "As median_weeks_ptph_to_trial_crown, defendants on bail", median(crown_[0]));
}

}  // namespace cj

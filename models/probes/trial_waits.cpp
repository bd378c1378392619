#include "models/probes/trial_waits.hpp"

#include "models/probes/case_facts.hpp"

namespace cj {

void TrialWaitsProbe::add(const CaseRecord& c, bool open) {
  if (c.from_stock) return;
  const double cohort_end = horizon_days_ / 2;
  const bool tried = known(c.trial_dates[0]);
  if (!tried && !open) return;  // ended without a trial
  const bool crown = known(c.sent_to_crown);
  if (crown) {
    if (!known(c.ptph) || c.ptph >= cohort_end) return;
    if (!tried && c.stage != Stage::crown) return;
    const double weeks = ((tried ? c.trial_dates[0] : horizon_days_) - c.ptph) / 7.0;
    crown_[c.custody ? 1 : 0].add(weeks);
    crown_all_.add(weeks);
    return;
  }
  // Magistrates' trials come within weeks: the cohort's are all heard by the horizon.
  if (!tried || !known(c.first_hearing) || c.first_hearing >= cohort_end) return;
  magistrates_.add(c.trial_dates[0] - c.first_hearing);
}

void TrialWaitsProbe::report(Summary& summary) const {
  summary.add(Section::timeliness, "median_days_first_listing_to_trial_magistrates", "days",
              "Median days from the first hearing to the first trial listing, magistrates' "
              "trials of cases first heard in the first half of the run",
              median(magistrates_));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown", "weeks",
              "Median weeks from the PTPH to the first trial listing, Crown Court cases whose "
              "PTPH was in the first half of the run (those still waiting at the horizon count "
              "their wait so far)",
              median(crown_all_));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown_custody", "weeks",
              "As median_weeks_ptph_to_trial_crown, defendants in custody", median(crown_[1]));
  summary.add(Section::timeliness, "median_weeks_ptph_to_trial_crown_bail", "weeks",
              "As median_weeks_ptph_to_trial_crown, defendants on bail", median(crown_[0]));
}

}  // namespace cj

#include "models/probes/courts.hpp"

#include <string>

#include "models/probes/case_facts.hpp"

namespace cj {

namespace {

TrialResult result_of(CaseEvent event) {
  switch (event) {
    case CaseEvent::trial_effective:
      return TrialResult::effective;
    case CaseEvent::trial_cracked:
      return TrialResult::cracked;
    default:
      return TrialResult::ineffective;
  }
}

// How the descriptions say what happened to a listing, and whose listings they were.
const char* what_happened(TrialResult r) {
  switch (r) {
    case TrialResult::effective:
      return "went ahead";
    case TrialResult::cracked:
      return "cracked on the day";
    default:
      return "were ineffective";
  }
}
const char* listings_of(Court c) {
  return c == Court::crown ? "Crown Court trial listings" : "Magistrates' trial listings";
}

}  // namespace

CourtsProbe::CourtsProbe(PeriodClock& clock, const Scenario&) {
  // Series by result, then court.
  for (const TrialResultLabel& result : kTrialResultLabels) {
    for (const CourtLabel& court : kCourtLabels) {
      courts_[court.value].trials.series[result.value] =
          &clock.flow("trials_" + std::string(result.name) + "_" + court.name, "trials",
                      std::string(listings_of(court.value)) + " that were " + result.name);
    }
  }
}

void CourtsProbe::on_event(const CaseRecord& c, CaseEvent event, double) {
  const TrialResult result = result_of(event);
  Trials& trials = courts_[court_of(c.stage)].trials;
  ++trials.heard;
  ++trials.by_result[result];
  if (result == TrialResult::ineffective) ++trials.ineffective_by_cause[c.ineffective_cause];
  trials.series[result]->add(1);
}

void CourtsProbe::on_closed(const CaseRecord& c) {
  if (!after_charge(c.stage)) return;
  Completions& done = courts_[completing_court(c)].completions;
  ++done.completed;
  if (c.outcome == Outcome::convicted_plea) ++done.guilty_plea;
}

void CourtsProbe::report(Summary& summary) const {
  for (const CourtLabel& court : kCourtLabels) {
    const Completions& done = courts_[court.value].completions;
    summary.add(Section::rates, "guilty_plea_rate_" + std::string(court.name), "share",
                "Cases completed in " + std::string(court.in_sentence) +
                    " with a guilty plea, of all completed there",
                share(done.guilty_plea, done.completed));
  }
  for (const CourtLabel& court : kCourtLabels) {
    const Trials& trials = courts_[court.value].trials;
    for (const TrialResultLabel& result : kTrialResultLabels) {
      summary.add(Section::trials, std::string(result.name) + "_trial_rate_" + court.name, "share",
                  std::string("Trial listings that ") + what_happened(result.value),
                  share(trials.by_result[result.value], trials.heard));
    }
    const double ineffective = trials.by_result[TrialResult::ineffective];
    for (int k = 1; k < kIneffectiveCauses; ++k) {  // every cause but `none`
      const auto cause = static_cast<IneffectiveCause>(k);
      const std::string name = ineffective_cause_name(cause);
      summary.add(
          Section::trials, "ineffective_" + name + "_share_" + court.name, "share",
          "Ineffective trial listings whose cause was " + name + ", of all ineffective listings",
          share(trials.ineffective_by_cause[cause], ineffective));
    }
  }
}

}  // namespace cj

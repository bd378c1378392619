// Trials, the same concept in both courts (scenario keys `magistrates.trial` and `crown.trial`):
// how listed trials turn out in each offence group, and how a court deals with those that do not
// go ahead. Each key is declared once, in declare_trial, which both courts call.
#pragma once

#include "models/parameters/common.hpp"

namespace cj {

// How a group's trial listings turn out: effective, cracked and ineffective are a share set; an
// ineffective listing here has a cause other than lack of court time.
struct TrialOutcomes {
  double effective = 1;
  double cracked = 0;
  double ineffective = 0;
  double conviction = 0.5;  // of effective trials
};

// Why trial listings that could have gone ahead did not (the causes other than court time), as
// shares summing to 1; "no court time" arises from over-listing in the magistrates' court.
struct IneffectiveCauses {
  double witness_absent = 0.4;
  double defence_not_ready = 0.25;
  double prosecution_not_ready = 0.2;
  double other = 0.15;

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&IneffectiveCauses::witness_absent, "witness_absent", unit::share, limit::probability,
           "A prosecution witness or the victim did not attend.")
        .in_share_set("ineffective_causes");
    k.bind(&IneffectiveCauses::defence_not_ready, "defence_not_ready", unit::share,
           limit::probability, "The defence was not ready, or the defendant did not attend.")
        .in_share_set("ineffective_causes");
    k.bind(&IneffectiveCauses::prosecution_not_ready, "prosecution_not_ready", unit::share,
           limit::probability, "The prosecution was not ready (disclosure, evidence).")
        .in_share_set("ineffective_causes");
    k.bind(&IneffectiveCauses::other, "other", unit::share, limit::probability,
           "Any other cause (interpreter, judge, equipment).")
        .in_share_set("ineffective_causes");
  }
};

// A court's handling of trials that do not go ahead.
struct CourtTrials {
  double cracked_guilty_plea = 0.5;  // of cracked trials: a late guilty plea (else no evidence)
  double relist_days = 28;           // an ineffective trial to its relisting
  IneffectiveCauses ineffective_causes;
};

// What a court says in its own words about its trials.
struct TrialWording {
  const char* ineffective;  // meaning of trial.ineffective
  const char* relist_days;  // meaning of trial.relist_days
};

// The trial keys of a court: `group` is the member of the court's per-group struct holding the
// outcomes, `court` the court's member holding the rest. Under `trial`, which the court declares.
template <class Keys, class Group, class Court>
void declare_trial(Keys& k, TrialOutcomes Group::*group, CourtTrials Court::*court,
                   TrialWording words) {
  auto outcomes = k.nest(group, "trial");
  auto handling = k.nest(court, "trial");
  outcomes
      .bind(&TrialOutcomes::effective, "effective", unit::share, limit::probability,
            "Trials that go ahead to a verdict.")
      .in_share_set("trial");
  outcomes
      .bind(&TrialOutcomes::cracked, "cracked", unit::share, limit::probability,
            "Trials that end on the day without one.")
      .in_share_set("trial");
  outcomes
      .bind(&TrialOutcomes::ineffective, "ineffective", unit::share, limit::probability,
            words.ineffective)
      .in_share_set("trial");
  handling.section(&CourtTrials::ineffective_causes, "ineffective_causes",
                   "Causes of ineffective listings other than court time; they sum to 1.");
  handling.bind(&CourtTrials::cracked_guilty_plea, "cracked_guilty_plea", unit::share,
                limit::probability,
                "Cracked trials ending in a late guilty plea (else no evidence offered).");
  outcomes.bind(&TrialOutcomes::conviction, "conviction", unit::share, limit::probability,
                "Convictions among effective trials (an assumption).");
  handling.bind(&CourtTrials::relist_days, "relist_days", unit::days, limit::non_negative,
                words.relist_days);
}

}  // namespace cj

// The magistrates' courts: courts with their rosters, per-group pleas and trials, listing
// (scenario key `magistrates`).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/trials.hpp"

namespace cj {

struct MagistratesCourt {
  std::string name;
  double share = 0;             // of charged cases heard here
  DatedSteps hearing_sessions;  // sessions a sitting day for first hearings, sentences, etc.
  DatedSteps trial_sessions;    // sessions a sitting day for trials

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&MagistratesCourt::name, "name", "Name of the court.").required();
    k.bind(&MagistratesCourt::share, "share", unit::share, limit::probability,
           "Charged cases heard here.")
        .required();
    k.bind(&MagistratesCourt::hearing_sessions, "hearing_sessions", unit::sessions_a_sitting_day,
           limit::non_negative,
           "Sessions for first hearings, sentences and other hearings; fractions carry over (7.5 "
           "sits as 7 and 8 on alternate days).")
        .required();
    k.bind(&MagistratesCourt::trial_sessions, "trial_sessions", unit::sessions_a_sitting_day,
           limit::non_negative, "Sessions for trials; fractions carry over.")
        .required();
  }
};

struct MagistratesGroup {
  double guilty_plea_summary = 0;     // at first hearing, summary cases
  double guilty_plea_either_way = 0;  // at first hearing, either-way cases
  double either_way_retained = 0;     // not-guilty either-way cases tried here (else sent up)
  double committed_for_sentence = 0;  // either-way guilty pleas sent to the Crown Court to sentence
  double trial_minutes = 120;         // court time of an effective trial
  TrialOutcomes trial;
};

struct DaFastListing {
  bool enabled = false;
  double preparation_days = 14;  // earliest trial after the first hearing, for DA cases
  double ring_fenced_share = 0;  // of trial time that only DA trials may book
  double release_days = 0;       // unused ring-fenced time opens to all this close to the day
  double target_days = 28;       // reported: DA trials within this many days of first hearing

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&DaFastListing::enabled, "enabled", "Whether DA trials are fast-listed.");
    k.bind(&DaFastListing::preparation_days, "preparation_days", unit::days, limit::non_negative,
           "Earliest DA trial after the first hearing.");
    k.bind(&DaFastListing::ring_fenced_share, "ring_fenced_share", unit::share, limit::probability,
           "Trial time that only DA trials may book.");
    k.bind(&DaFastListing::release_days, "release_days", unit::days, limit::non_negative,
           "Unused ring-fenced time opens to all this close to the day.");
    k.bind(&DaFastListing::target_days, "target_days", unit::days, limit::positive,
           "Reported: DA trials within this many days of the first hearing.");
  }
};

struct Magistrates {
  std::vector<MagistratesCourt> courts{
      {"main", 1, DatedSteps::constant(1), DatedSteps::constant(1)}};
  std::vector<MagistratesGroup> groups;
  double session_minutes = 180;
  double first_hearing_minutes = 20;
  double case_management_minutes = 15;  // an adjourned hearing before the plea
  double sentence_minutes = 30;
  double cracked_trial_minutes = 30;    // court time a cracked or ineffective trial takes
  double notice_days_custody = 1;       // charge to first hearing, remanded defendants
  double notice_days_bail_guilty = 14;  // bail, guilty plea anticipated
  double notice_days_bail = 28;         // bail, otherwise
  double adjournment = 0;               // first hearings adjourned
  double adjournment_days = 28;
  double sentence_after_reports = 0;  // guilty pleas sentenced at a later hearing
  double reports_days = 21;
  double trial_preparation_days = 42;    // earliest trial after the first hearing
  double custody_preparation_days = 42;  // ... remanded in custody
  double overlisting = 1;                // trial time booked per minute available
  double priority_share = 0;             // of trial time kept for custody and relisted trials
  double priority_release_days = 0;      // ... opened to all trials this close to the day
  CourtTrials trial;
  DaFastListing da_fast_listing;

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Magistrates::groups);
    k.list(&Magistrates::courts, "courts", "Courts (names unique); shares sum to 1.");
    k.bind(&Magistrates::session_minutes, "session_minutes", unit::minutes, limit::positive,
           "Court time in a session. Each hearing is listed into one session, so none may be "
           "longer.");
    k.bind(&Magistrates::first_hearing_minutes, "first_hearing_minutes", unit::minutes,
           limit::positive, "Court time of a first hearing.");
    k.bind(&Magistrates::case_management_minutes, "case_management_minutes", unit::minutes,
           limit::positive,
           "Court time of an adjourned (case management) hearing before the plea.");
    k.bind(&Magistrates::sentence_minutes, "sentence_minutes", unit::minutes, limit::positive,
           "Court time of a sentencing hearing.");
    k.bind(&Magistrates::cracked_trial_minutes, "cracked_trial_minutes", unit::minutes,
           limit::non_negative, "Court time a cracked or ineffective trial takes.");
    declare_notice(k);
    declare_first_hearing(k);
    k.section("trial", "Summary trials; effective + cracked + ineffective = 1.");
    k.bind(&MagistratesGroup::trial_minutes, "trial.minutes", unit::minutes, limit::positive,
           "Court time of an effective trial (an assumption).");
    k.bind(&Magistrates::trial_preparation_days, "trial.preparation_days", unit::days,
           limit::non_negative, "Earliest trial after the first hearing.");
    k.bind(&Magistrates::custody_preparation_days, "trial.custody_preparation_days", unit::days,
           limit::non_negative, "Earliest trial after the first hearing, defendants in custody.");
    declare_trial(k, &MagistratesGroup::trial, &Magistrates::trial,
                  {"Trials that cannot go ahead for a cause other than court time (relisted).",
                   "Ineffective trial to the earliest new date; relisted with priority."});
    k.bind(&Magistrates::overlisting, "trial.overlisting", unit::factor, limit::at_least_one,
           "Trial time booked per minute available; trials not reached on the day are "
           "ineffective for want of court time and relisted with priority.");
    k.bind(&Magistrates::priority_share, "trial.priority_share", unit::share, limit::probability,
           "Trial time kept for custody trials and relisted trials, so that they need not wait "
           "behind the bail trials already fixed.");
    k.bind(&Magistrates::priority_release_days, "trial.priority_release_days", unit::days,
           limit::non_negative,
           "Kept time not booked this close to the day opens to every trial (0: never).");
    k.section(&Magistrates::da_fast_listing, "da_fast_listing",
              "Listing domestic-abuse trials to a strict timescale.");
    k.by_offence(
        "Per offence group: any of first_hearing.guilty_plea.*, "
        "first_hearing.committed_for_sentence, first_hearing.either_way_retained, trial.minutes, "
        "trial.effective, trial.cracked, trial.ineffective and trial.conviction.");
  }

 private:
  template <class Keys>
  static void declare_notice(Keys& k) {
    k.section("notice_days", "Charge to first hearing.");
    k.bind(&Magistrates::notice_days_custody, "notice_days.custody", unit::days,
           limit::non_negative, "Remanded defendants.");
    k.bind(&Magistrates::notice_days_bail_guilty, "notice_days.bail_guilty_plea", unit::days,
           limit::non_negative, "On bail, guilty plea anticipated.");
    k.bind(&Magistrates::notice_days_bail, "notice_days.bail", unit::days, limit::non_negative,
           "On bail, otherwise.");
  }

  template <class Keys>
  static void declare_first_hearing(Keys& k) {
    k.section("first_hearing", "The first hearing.");
    k.bind(&Magistrates::adjournment, "first_hearing.adjournment", unit::share, limit::probability,
           "First hearings (and case management hearings) adjourned before the plea.");
    k.bind(&Magistrates::adjournment_days, "first_hearing.adjournment_days", unit::days,
           limit::non_negative, "Adjournment to the case management hearing.");
    k.section("first_hearing.guilty_plea", "Guilty pleas at first hearing.");
    k.bind(&MagistratesGroup::guilty_plea_summary, "first_hearing.guilty_plea.summary", unit::share,
           limit::probability, "Summary cases.");
    k.bind(&MagistratesGroup::guilty_plea_either_way, "first_hearing.guilty_plea.either_way",
           unit::share, limit::probability, "Either-way cases.");
    k.bind(&MagistratesGroup::committed_for_sentence, "first_hearing.committed_for_sentence",
           unit::share, limit::probability,
           "Either-way guilty pleas committed to the Crown Court for sentence.");
    k.bind(&Magistrates::sentence_after_reports, "first_hearing.sentence_after_reports",
           unit::share, limit::probability,
           "Guilty pleas sentenced at a later hearing, after reports.");
    k.bind(&Magistrates::reports_days, "first_hearing.reports_days", unit::days,
           limit::non_negative, "Time to prepare reports.");
    k.bind(&MagistratesGroup::either_way_retained, "first_hearing.either_way_retained", unit::share,
           limit::probability,
           "Not-guilty either-way cases tried here (the rest are sent to the Crown Court).");
  }
};

}  // namespace cj

// The Crown Court: centres with their rosters, per-group pleas and trials, listing (scenario key
// `crown`).
#pragma once

#include <string>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/trials.hpp"

namespace cj {

struct CrownCentre {
  std::string name;
  double share = 0;         // of cases sent to the Crown Court
  double stock_share = -1;  // of the initial stock open here; < 0: as `share`
  DatedSteps rooms;         // courtrooms sitting each sitting day

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&CrownCentre::name, "name", "Name of the centre.").required();
    k.bind(&CrownCentre::share, "share", unit::share, limit::probability,
           "Cases sent to the Crown Court heard here.")
        .required();
    k.bind(&CrownCentre::stock_share, "stock_share", unit::share, limit::probability,
           "Share of the Crown Court's initial stock open at this centre; give it for every "
           "centre or none (none: as `share`).")
        .optional();
    k.bind(&CrownCentre::rooms, "rooms", unit::rooms, limit::non_negative,
           "Courtrooms sitting each sitting day, by date.")
        .required();
  }
};

struct CrownGroup {
  double guilty_plea_ptph = 0;
  double late_guilty_plea = 0;  // of not-guilty pleas at PTPH: plead guilty at the review
  Distribution trial_days = Distribution::gamma(2, 1.5);  // sitting days (rounded up)
  TrialOutcomes trial;
};

// How a centre's listing office fixes hearings in its room-days (scenario key `crown.listing`).
struct CrownListing {
  double short_hearing_share = 0.1;  // of each day's room time kept for PTPHs, reviews, sentences
  double short_hearing_release_days = 7;
  double custody_share = 0.2;  // of each day's room time kept for custody trials
  double custody_release_days = 28;
  double fixture_horizon_days = 365;  // trials fixed no further ahead; the rest wait warned
  double overlisting = 1;             // room time booked per room-day sitting

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&CrownListing::short_hearing_share, "short_hearing_share", unit::share,
           limit::probability,
           "Room time of each sitting day kept for PTPHs, pre-trial reviews and sentences.");
    k.bind(&CrownListing::short_hearing_release_days, "short_hearing_release_days", unit::days,
           limit::non_negative,
           "Kept time not booked this close to the day opens to trials (0: never).");
    k.bind(&CrownListing::custody_share, "custody_share", unit::share, limit::probability,
           "Room time kept for custody trials, so that they come within the custody time limit "
           "however far ahead bail trials are fixed (at least one room: share x rooms >= 1).");
    k.bind(&CrownListing::custody_release_days, "custody_release_days", unit::days,
           limit::non_negative,
           "Kept time not booked this close to the day opens to every trial (0: never).");
    k.bind(&CrownListing::fixture_horizon_days, "fixture_horizon_days", unit::days,
           limit::at_least_one,
           "Trials are fixed no further ahead than this; the rest wait in the warned list and "
           "are fixed, in priority order, as room comes within the horizon or is freed.");
    k.bind(&CrownListing::overlisting, "overlisting", unit::factor, limit::at_least_one,
           "Room time booked per room-day sitting; a trial not reached on the day is "
           "ineffective for want of court time and relisted with priority.");
  }
};

struct Crown {
  std::vector<CrownCentre> centres{{"main", 1, -1, DatedSteps::constant(1)}};
  std::vector<CrownGroup> groups;
  DatedSteps sitting_days_scale = DatedSteps::constant(1);  // multiplies every centre's rooms
  double ptph_days = 28;                                    // sending to PTPH
  double sentence_days = 21;                                // guilty plea to sentence
  double trial_preparation_days = 112;                      // PTPH to the earliest trial date, bail
  double custody_preparation_days = 56;                     // ... remanded in custody
  double pre_trial_review_days = 84;     // PTPH to the pre-trial review
  double late_plea_wait_elasticity = 0;  // change of the later plea with the wait (explicit)
  double late_plea_reference_days = 180;
  CourtTrials trial;
  double lost_sitting_days_cracked = 0.5;  // room time lost when a trial cracks on the day
  double lost_sitting_days_ineffective = 0.5;
  double custody_time_limit_days = 182;
  double ptph_sitting_days = 0.05;  // room time of each hearing
  double pre_trial_review_sitting_days = 0.05;
  double sentence_sitting_days = 0.05;
  double committal_sitting_days = 0.08;
  CrownListing listing;

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Crown::groups);
    k.list(&Crown::centres, "centres", "Court centres (names unique); shares sum to 1.");
    k.bind(&Crown::sitting_days_scale, "sitting_days_scale", unit::factor, limit::non_negative,
           "Multiplies every centre's rooms (a number, or steps by date).");
    k.bind(&Crown::ptph_days, "ptph_days", unit::days, limit::non_negative,
           "Sending to the plea and trial preparation hearing (the earliest date it is listed).");
    k.bind(&CrownGroup::guilty_plea_ptph, "ptph_guilty_plea", unit::share, limit::probability,
           "Guilty pleas at the PTPH.");
    k.bind(&CrownGroup::late_guilty_plea, "late_guilty_plea", unit::share, limit::probability,
           "Of not-guilty pleas at the PTPH: a guilty plea at the pre-trial review (the share "
           "does not depend on the wait unless late_plea_wait_elasticity says so).");
    k.bind(&Crown::late_plea_wait_elasticity, "late_plea_wait_elasticity", unit::factor,
           Range{-2, 2},
           "Elasticity of the later plea with the wait from PTPH to trial: the share is "
           "late_guilty_plea x (wait / late_plea_reference_days)^elasticity, at most 1. 0: none.");
    k.bind(&Crown::late_plea_reference_days, "late_plea_reference_days", unit::days,
           limit::positive, "The wait at which the later plea share is late_guilty_plea.");
    k.bind(&Crown::sentence_days, "sentence_days", unit::days, limit::non_negative,
           "Guilty plea to the earliest sentencing date.");
    k.bind(&Crown::trial_preparation_days, "trial_preparation_days", unit::days,
           limit::non_negative, "PTPH to the earliest trial date, defendants on bail.");
    k.bind(&Crown::custody_preparation_days, "custody_preparation_days", unit::days,
           limit::non_negative, "PTPH to the earliest trial date, defendants in custody.");
    k.bind(&Crown::pre_trial_review_days, "pre_trial_review_days", unit::days, limit::non_negative,
           "PTPH to the pre-trial review (mention for plea), where the later guilty pleas come; a "
           "defendant who would plead there but is tried first pleads on the day (cracked).");
    k.bind(&CrownGroup::trial_days, "trial_days", unit::sitting_days,
           "Sitting days a trial takes, rounded up to whole days. Default: mean near the 14.5 "
           "hours of a not-guilty trial (MoJ, 2016).");
    declare_trials(k);
    k.bind(&Crown::custody_time_limit_days, "custody_time_limit_days", unit::days, limit::positive,
           "Longest remand from sending to trial; breaches are counted.");
    declare_hearing_time(k);
    k.section(&Crown::listing, "listing", "How trials and hearings are fixed in the room-days.");
    k.by_offence(
        "Per offence group: any of ptph_guilty_plea, late_guilty_plea, trial_days, "
        "trial.effective, trial.cracked, trial.ineffective and trial.conviction.");
  }

 private:
  template <class Keys>
  static void declare_hearing_time(Keys& k) {
    k.bind(&Crown::ptph_sitting_days, "ptph_sitting_days", unit::sitting_days, limit::positive,
           "Room time of a PTPH.");
    k.bind(&Crown::pre_trial_review_sitting_days, "pre_trial_review_sitting_days",
           unit::sitting_days, limit::positive, "Room time of a pre-trial review.");
    k.bind(&Crown::sentence_sitting_days, "sentence_sitting_days", unit::sitting_days,
           limit::positive, "Room time of a sentencing hearing.");
    k.bind(&Crown::committal_sitting_days, "committal_sitting_days", unit::sitting_days,
           limit::positive, "Room time of sentencing a case committed by the magistrates.");
  }

  template <class Keys>
  static void declare_trials(Keys& k) {
    k.section("trial", "Crown Court trials; effective + cracked + ineffective = 1.");
    declare_trial(k, &CrownGroup::trial, &Crown::trial,
                  {"Trials that cannot go ahead for a cause other than court time (relisted).",
                   "Ineffective trial to the earliest new date; relisted with priority."});
    k.bind(&Crown::lost_sitting_days_cracked, "trial.lost_sitting_days_cracked", unit::sitting_days,
           limit::non_negative, "Room time lost when a trial cracks on the day.");
    k.bind(&Crown::lost_sitting_days_ineffective, "trial.lost_sitting_days_ineffective",
           unit::sitting_days, limit::non_negative, "Room time lost when a trial is ineffective.");
  }
};

}  // namespace cj

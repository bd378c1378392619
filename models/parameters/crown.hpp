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
  double late_guilty_plea = 0;  // of not-guilty pleas at PTPH: plead guilty later, before trial
  Distribution trial_days = Distribution::gamma(2, 1.5);  // sitting days (rounded up)
  TrialOutcomes trial;
};

struct Crown {
  std::vector<CrownCentre> centres{{"main", 1, -1, DatedSteps::constant(1)}};
  std::vector<CrownGroup> groups;
  DatedSteps sitting_days_scale = DatedSteps::constant(1);  // multiplies every centre's rooms
  double trial_share_of_sitting_days = 1;  // the rest is used by PTPHs, sentences, mentions
  double ptph_days = 28;                   // sending to PTPH
  Distribution late_plea_days = Distribution::fixed(90);  // PTPH to a later guilty plea
  double sentence_days = 21;                              // guilty plea to sentence
  CourtTrials trial;
  double lost_sitting_days_cracked = 0.5;  // room time lost when a trial cracks on the day
  double lost_sitting_days_ineffective = 0.5;
  double custody_time_limit_days = 182;
  double ptph_sitting_days = 0.05;  // room time of a PTPH (for capacity reported)
  double sentence_sitting_days = 0.05;

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Crown::groups);
    k.list(&Crown::centres, "centres", "Court centres (names unique); shares sum to 1.");
    k.bind(&Crown::sitting_days_scale, "sitting_days_scale", unit::factor, limit::non_negative,
           "Multiplies every centre's rooms (a number, or steps by date).");
    k.bind(&Crown::trial_share_of_sitting_days, "trial_share_of_sitting_days", unit::share,
           Range{0, 1, true},
           "Room time available to trials (the rest: PTPHs, sentences, mentions).");
    k.bind(&Crown::ptph_days, "ptph_days", unit::days, limit::non_negative,
           "Sending to the plea and trial preparation hearing.");
    k.bind(&CrownGroup::guilty_plea_ptph, "ptph_guilty_plea", unit::share, limit::probability,
           "Guilty pleas at the PTPH.");
    k.bind(&CrownGroup::late_guilty_plea, "late_guilty_plea", unit::share, limit::probability,
           "Of not-guilty pleas at the PTPH: a guilty plea at a later hearing, if the trial has "
           "not started by then.");
    k.bind(&Crown::late_plea_days, "late_plea_days", unit::days, "PTPH to a later guilty plea.");
    k.bind(&Crown::sentence_days, "sentence_days", unit::days, limit::non_negative,
           "Guilty plea to sentence.");
    k.bind(&CrownGroup::trial_days, "trial_days", unit::sitting_days,
           "Sitting days a trial takes, rounded up to whole days. Default: mean near the 14.5 "
           "hours of a not-guilty trial (MoJ, 2016).");
    declare_trials(k);
    k.bind(&Crown::custody_time_limit_days, "custody_time_limit_days", unit::days, limit::positive,
           "Longest remand from sending to trial; breaches are counted.");
    k.bind(&Crown::ptph_sitting_days, "ptph_sitting_days", unit::sitting_days, limit::non_negative,
           "Room time of a PTPH (for the capacity reported).");
    k.bind(&Crown::sentence_sitting_days, "sentence_sitting_days", unit::sitting_days,
           limit::non_negative, "Room time of a sentencing hearing.");
    k.by_offence(
        "Per offence group: any of ptph_guilty_plea, late_guilty_plea, trial_days, "
        "trial.effective, trial.cracked, trial.ineffective and trial.conviction.");
  }

 private:
  template <class Keys>
  static void declare_trials(Keys& k) {
    k.section("trial", "Crown Court trials; effective + cracked + ineffective = 1.");
    declare_trial(k, &CrownGroup::trial, &Crown::trial,
                  {"Trials that cannot go ahead and are relisted.",
                   "Ineffective trial back into the listing queue."});
    k.bind(&Crown::lost_sitting_days_cracked, "trial.lost_sitting_days_cracked", unit::sitting_days,
           limit::non_negative, "Room time lost when a trial cracks on the day.");
    k.bind(&Crown::lost_sitting_days_ineffective, "trial.lost_sitting_days_ineffective",
           unit::sitting_days, limit::non_negative, "Room time lost when a trial is ineffective.");
  }
};

}  // namespace cj

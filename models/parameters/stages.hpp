// Parameters of each stage of a case (scenario keys `investigation`, `charging`, `magistrates`,
// `crown`, `attrition`). Values that may differ by offence group are vectors indexed by group;
// the scenario reader fills them from a stage default and its `by_offence` overrides.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"

namespace cj {

// An optional staff pool (investigators, lawyers) that makes a stage's capacity bind.
struct StaffPool {
  DatedSteps count;  // staff on duty by date
};

// ---- investigation (police) ----
struct InvestigationOutcomes {
  double file_for_charging = 0;  // a file goes for a charging decision
  double no_further_action = 0;
  double out_of_court = 0;  // community resolution, conditional caution, outcome 22
};
struct InvestigationGroup {
  Distribution duration_days;
  InvestigationOutcomes outcomes;
};
struct Investigation {
  std::vector<InvestigationGroup> groups;
  std::optional<StaffPool> investigators;
};

// ---- charging (police or CPS; triage; early investigative advice) ----
struct ChargingDecision {
  double charge = 0;
  double no_further_action = 0;
  double out_of_court = 0;
};
struct ChargingGroup {
  double police_charge_share = 0;  // files the police charge themselves
  Distribution triage_days;        // CPS time to accept or return a submitted file
  double accept_first = 1;         // accepted at the first submission
  double accept_resubmission = 1;  // accepted at each later submission
  Distribution rework_days;        // police time to rework a returned file
  Distribution decision_days;      // CPS time from acceptance to decision
  ChargingDecision decision;
};
struct EarlyAdvice {
  std::vector<int> applies_to;          // offence groups (indices) where EIA is offered
  double uptake = 0;                    // share of their investigations with EIA
  double charge_change = 0;             // added to P(charge), taken from no further action
  double accept_first_change = 0;       // added to P(accepted at first submission)
  double decision_days_scale = 1;       // multiplies the CPS decision time
  double investigation_days_scale = 1;  // multiplies the investigation time
};
struct Charging {
  std::vector<ChargingGroup> groups;
  EarlyAdvice eia;
  std::optional<StaffPool> lawyers;
};

// Why trial listings that could have gone ahead did not (the causes other than court time), as
// shares summing to 1; "no court time" arises from over-listing in the magistrates' court.
struct IneffectiveCauses {
  double witness_absent = 0.4;
  double defence_not_ready = 0.25;
  double prosecution_not_ready = 0.2;
  double other = 0.15;
};

// ---- magistrates' court ----
struct MagistratesCourt {
  std::string name;
  double share = 0;             // of charged cases heard here
  DatedSteps hearing_sessions;  // sessions a sitting day for first hearings, sentences, etc.
  DatedSteps trial_sessions;    // sessions a sitting day for trials
};
struct MagistratesGroup {
  double guilty_plea_summary = 0;     // at first hearing, summary cases
  double guilty_plea_either_way = 0;  // at first hearing, either-way cases
  double either_way_retained = 0;     // not-guilty either-way cases tried here (else sent up)
  double committed_for_sentence = 0;  // either-way guilty pleas sent to the Crown Court to sentence
  double trial_minutes = 0;
  double trial_effective = 0;  // trial outcome shares, sum to 1
  double trial_cracked = 0;
  double trial_ineffective = 0;    // ineffective for a cause other than lack of court time
  double conviction_at_trial = 0;  // of effective trials
};
struct DaFastListing {
  bool enabled = false;
  double preparation_days = 14;  // earliest trial after the first hearing, for DA cases
  double ring_fenced_share = 0;  // of trial time that only DA trials may book
  double release_days = 0;       // unused ring-fenced time opens to all this close to the day
  double target_days = 28;       // reported: DA trials within this many days of first hearing
};
struct Magistrates {
  std::vector<MagistratesCourt> courts;
  std::vector<MagistratesGroup> groups;
  double session_minutes = 180;
  double first_hearing_minutes = 20;
  double sentence_minutes = 30;
  double cracked_trial_minutes = 30;    // court time a cracked or ineffective trial takes
  double notice_days_custody = 1;       // charge to first hearing, remanded defendants
  double notice_days_bail_guilty = 14;  // bail, guilty plea anticipated
  double notice_days_bail = 28;         // bail, otherwise
  double adjournment = 0;               // first hearings adjourned
  double adjournment_days = 28;
  double sentence_after_reports = 0;  // guilty pleas sentenced at a later hearing
  double reports_days = 21;
  double trial_preparation_days = 42;  // earliest trial after the first hearing
  double overlisting = 1;              // trial time booked per minute available
  double cracked_guilty_plea = 0.5;    // of cracked trials: late guilty plea (else no evidence)
  double relist_days = 28;             // ineffective trial to the earliest new date
  IneffectiveCauses ineffective_causes;
  DaFastListing da_fast_listing;
};

// ---- Crown Court ----
struct CrownCentre {
  std::string name;
  double share = 0;         // of cases sent to the Crown Court
  double stock_share = -1;  // of the initial stock open here; < 0: as `share`
  DatedSteps rooms;         // courtrooms sitting each sitting day
};
struct CrownGroup {
  double guilty_plea_ptph = 0;
  double late_guilty_plea = 0;  // of not-guilty pleas at PTPH: plead guilty later, before trial
  Distribution trial_days;      // sitting days a trial takes (rounded up to whole days)
  double trial_effective = 0;
  double trial_cracked = 0;
  double trial_ineffective = 0;
  double conviction_at_trial = 0;
};
struct Crown {
  std::vector<CrownCentre> centres;
  std::vector<CrownGroup> groups;
  DatedSteps sitting_days_scale = DatedSteps::constant(1);  // multiplies every centre's rooms
  double trial_share_of_sitting_days = 1;  // the rest is used by PTPHs, sentences, mentions
  double ptph_days = 28;
  Distribution late_plea_days =
      Distribution::fixed(90);  // PTPH to a later guilty plea                   // sending to PTPH
  double sentence_days = 21;    // guilty plea to sentence
  double cracked_guilty_plea = 0.5;
  double relist_days = 28;  // ineffective trial back into the listing queue
  IneffectiveCauses ineffective_causes;
  double lost_sitting_days_cracked = 0.5;  // room time lost when a trial cracks on the day
  double lost_sitting_days_ineffective = 0.5;
  double custody_time_limit_days = 182;
  double ptph_sitting_days = 0.05;  // room time of a PTPH (for capacity reported)
  double sentence_sitting_days = 0.05;
};

// ---- victim attrition ----
struct AttritionGroup {
  std::optional<Distribution> pre_charge_days;   // report to withdrawal; none: never
  std::optional<Distribution> post_charge_days;  // charge to withdrawal; none: never
  double support_share = 0;                      // victims with an IDVA/ISVA
};
struct Attrition {
  std::vector<AttritionGroup> groups;
  double support_hazard_ratio = 1;  // withdrawal hazard of supported victims, relative
};

}  // namespace cj

// Charging, by the police or the CPS: triage, the decision, early investigative advice (scenario
// key `charging`).
#pragma once

#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/staff.hpp"

namespace cj {

// The CPS's decisions: a share set.
struct ChargingDecision {
  double charge = 1;
  double no_further_action = 0;
  double out_of_court = 0;

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&ChargingDecision::charge, "charge", unit::share, limit::probability,
           "Decisions: charge.")
        .in_share_set("decision");
    k.bind(&ChargingDecision::no_further_action, "no_further_action", unit::share,
           limit::probability, "Decisions: no_further_action.")
        .in_share_set("decision");
    k.bind(&ChargingDecision::out_of_court, "out_of_court", unit::share, limit::probability,
           "Decisions: out_of_court.")
        .in_share_set("decision");
  }
};

struct ChargingGroup {
  double police_charge_share = 0;  // files the police charge themselves
  Distribution triage_days;        // CPS time to accept or return a submitted file
  double accept_first = 1;         // accepted at the first submission
  double accept_resubmission = 1;  // accepted at each later submission
  Distribution rework_days = Distribution::exponential(51);    // police time to rework a file
  Distribution decision_days = Distribution::exponential(28);  // CPS acceptance to decision
  ChargingDecision decision;
};

struct EarlyAdvice {
  std::vector<int> applies_to;          // offence groups (indices) where EIA is offered
  double uptake = 0;                    // share of their investigations with EIA
  double charge_change = 0;             // added to P(charge), taken from no further action
  double accept_first_change = 0;       // added to P(accepted at first submission)
  double decision_days_scale = 1;       // multiplies the CPS decision time
  double investigation_days_scale = 1;  // multiplies the investigation time
  double file_for_charging_change = 0;  // added to P(file for charging), taken from NFA
  double withdrawal_hazard_ratio = 1;   // multiplies the victim's pre-charge withdrawal hazard
  double consultation_at = 0.25;        // share of the investigation's time when advice is sought

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&EarlyAdvice::applies_to, "applies_to", as::group_names,
           "Offence groups where EIA is offered.");
    k.bind(&EarlyAdvice::uptake, "uptake", unit::share, limit::probability,
           "Investigations of those groups with EIA.");
    k.bind(&EarlyAdvice::charge_change, "charge_change", unit::probability, limit::change,
           "Added to P(charge), taken from no further action.");
    k.bind(&EarlyAdvice::accept_first_change, "accept_first_change", unit::probability,
           limit::change, "Added to P(accepted at first submission).");
    k.bind(&EarlyAdvice::decision_days_scale, "decision_days_scale", unit::factor, limit::positive,
           "Multiplies the CPS decision time.");
    k.bind(&EarlyAdvice::investigation_days_scale, "investigation_days_scale", unit::factor,
           limit::positive, "Multiplies the investigation time.");
    k.bind(&EarlyAdvice::file_for_charging_change, "file_for_charging_change", unit::probability,
           limit::change,
           "Added to P(a file goes for a charging decision) at the end of the investigation, "
           "taken from no further action.");
    k.bind(&EarlyAdvice::withdrawal_hazard_ratio, "withdrawal_hazard_ratio", unit::ratio,
           limit::positive,
           "Multiplies the victim's hazard of withdrawing before charge (outcome 16).");
    k.bind(&EarlyAdvice::consultation_at, "consultation_at", unit::share, limit::probability,
           "Share of the investigation's elapsed time at which the CPS is consulted; with "
           "teams, the investigation waits there for a lawyer's hours and then for an "
           "investigator's hours to act on the advice.");
  }
};

struct Charging {
  std::vector<ChargingGroup> groups;
  EarlyAdvice eia;
  std::vector<CpsTeam> teams;  // empty: CPS lawyers' hours never bind

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Charging::groups);
    k.bind(&ChargingGroup::police_charge_share, "police_charge_share", unit::share,
           limit::probability, "Files the police charge themselves (the rest go to the CPS).");
    k.section("triage", "CPS triage of police files.");
    k.bind(&ChargingGroup::triage_days, "triage.days", unit::days,
           "CPS time to accept or return a file.");
    k.bind(&ChargingGroup::accept_first, "triage.accept_first", unit::share, limit::probability,
           "Files accepted at their first submission (West Yorkshire 2024-25: 0.892).");
    k.bind(&ChargingGroup::accept_resubmission, "triage.accept_resubmission", unit::share,
           limit::probability, "Files accepted at each later submission.");
    k.bind(&ChargingGroup::rework_days, "triage.rework_days", unit::days,
           "Police time to rework a returned file. Default: Home Office research (each action "
           "plan added 51 days).");
    k.bind(&ChargingGroup::decision_days, "decision_days", unit::days,
           "CPS time from acceptance to decision (an assumption).");
    k.section(&ChargingGroup::decision, "decision", "CPS decisions (sum 1).");
    k.section(&Charging::eia, "eia", "Early investigative advice (EIA) from the CPS.");
    k.list(&Charging::teams, "teams",
           "CPS charging teams whose hours bind (names unique); none: triage, advice and "
           "decisions are pure delays.");
    k.by_offence(
        "Per offence group: any of police_charge_share, triage.*, decision_days and "
        "decision.*.");
  }
};

}  // namespace cj

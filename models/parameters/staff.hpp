// Optional workload pools: teams of police investigators (scenario key `investigation.teams`) and
// CPS units (`charging.teams`), each a dated roster of full-time equivalents with their
// productive hours, and the hours each activity of a case takes. Without teams, every pre-charge
// step is a pure delay; with them, a step first waits for its team's hours.
#pragma once

#include <string>
#include <vector>

#include "models/parameters/common.hpp"

namespace cj {

// What a team's work queue serves first: custody cases, then domestic abuse, then the groups
// named (e.g. RASSO), then the rest; each rule can be switched off.
struct WorkPriority {
  bool custody = true;
  bool domestic_abuse = true;
  std::vector<int> groups;  // offence groups (indices) served before the rest
};

// The keys every team has, declared once for both kinds of team (their members share names).
template <class Team, class Keys>
void declare_team_keys(Keys& k) {
  k.bind(&Team::name, "name", "Name of the team (names unique within the stage).").required();
  k.bind(&Team::serves, "serves", as::group_names,
         "Offence groups whose work this team does; empty: every group no other team serves. A "
         "group no team serves does not wait for staff.");
  k.bind(&Team::fte, "fte", unit::fte, limit::non_negative,
         "Full-time equivalents on the team, by date (0: the team's work stops).")
      .required();
  k.bind(&Team::hours_per_fte_year, "hours_per_fte_year", unit::hours_a_year, limit::positive,
         "Productive hours a full-time equivalent gives this work in a year (after leave, "
         "training and other duties), spread evenly over the calendar.");
  k.section("priority", "Which work the team takes first (custody, then DA, then groups).");
  k.bind(&Team::priority_custody, "priority.custody", "Cases with a suspect in custody first.");
  k.bind(&Team::priority_domestic_abuse, "priority.domestic_abuse", "Domestic-abuse cases next.");
  k.bind(&Team::priority_groups, "priority.groups", as::group_names,
         "Offence groups next (e.g. rape).");
}

// Police investigators working one set of offence groups (RASSO, DA, volume crime).
struct PoliceTeam {
  std::string name;
  std::vector<int> serves;
  DatedSteps fte;
  double hours_per_fte_year = 1400;
  bool priority_custody = true;
  bool priority_domestic_abuse = true;
  std::vector<int> priority_groups;
  double investigation_hours = 0;  // an investigation's own work, before its elapsed time runs
  double file_build_hours = 0;     // building the file for a charging decision
  double rework_hours = 0;         // reworking a file the CPS returned
  double eia_action_hours = 0;     // acting on early investigative advice

  WorkPriority priority() const {
    return {priority_custody, priority_domestic_abuse, priority_groups};
  }

  template <class Keys>
  static void declare(Keys& k) {
    declare_team_keys<PoliceTeam>(k);
    k.section("hours", "Investigator hours a case takes, by activity.");
    k.bind(&PoliceTeam::investigation_hours, "hours.investigation", unit::hours,
           limit::non_negative,
           "An investigation's work (interviews, statements, enquiries); the case waits for it "
           "before its elapsed investigation time runs.");
    k.bind(&PoliceTeam::file_build_hours, "hours.file_build", unit::hours, limit::non_negative,
           "Building a file for a charging decision.");
    k.bind(&PoliceTeam::rework_hours, "hours.rework", unit::hours, limit::non_negative,
           "Reworking a file the CPS returned at triage.");
    k.bind(&PoliceTeam::eia_action_hours, "hours.eia_action", unit::hours, limit::non_negative,
           "Acting on early investigative advice (the lines of enquiry the lawyer set).");
  }
};

// CPS lawyers working charging for one set of offence groups (a RASSO unit, the charging hub).
struct CpsTeam {
  std::string name;
  std::vector<int> serves;
  DatedSteps fte;
  double hours_per_fte_year = 1400;
  bool priority_custody = true;
  bool priority_domestic_abuse = true;
  std::vector<int> priority_groups;
  double triage_hours = 0;            // accepting or returning a submitted file
  double decision_hours = 0;          // the charging decision on an accepted file
  double eia_consultation_hours = 0;  // early investigative advice during the investigation

  WorkPriority priority() const {
    return {priority_custody, priority_domestic_abuse, priority_groups};
  }

  template <class Keys>
  static void declare(Keys& k) {
    declare_team_keys<CpsTeam>(k);
    k.section("hours", "Lawyer hours a case takes, by activity.");
    k.bind(&CpsTeam::triage_hours, "hours.triage", unit::hours, limit::non_negative,
           "Triage of each submission of a file.");
    k.bind(&CpsTeam::decision_hours, "hours.decision", unit::hours, limit::non_negative,
           "Reviewing an accepted file and deciding on charge.");
    k.bind(&CpsTeam::eia_consultation_hours, "hours.eia_consultation", unit::hours,
           limit::non_negative,
           "Early investigative advice: reading the material and advising the investigator.");
  }
};

}  // namespace cj

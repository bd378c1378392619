// Police investigation, per offence group (scenario key `investigation`).
#pragma once

#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/staff.hpp"

namespace cj {

// How investigations end: a share set.
struct InvestigationOutcomes {
  double file_for_charging = 1;  // a file goes for a charging decision
  double no_further_action = 0;
  double out_of_court = 0;  // community resolution, conditional caution, outcome 22

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&InvestigationOutcomes::file_for_charging, "file_for_charging", unit::share,
           limit::probability, "A file goes for a charging decision.")
        .in_share_set("outcomes");
    k.bind(&InvestigationOutcomes::no_further_action, "no_further_action", unit::share,
           limit::probability, "No further action (e.g. evidential difficulties).")
        .in_share_set("outcomes");
    k.bind(&InvestigationOutcomes::out_of_court, "out_of_court", unit::share, limit::probability,
           "Out-of-court resolution (community resolution, caution, outcome 22).")
        .in_share_set("outcomes");
  }
};

struct InvestigationGroup {
  Distribution duration_days = Distribution::lognormal_median_p90(14, 120);
  InvestigationOutcomes outcomes;
};

struct Investigation {
  std::vector<InvestigationGroup> groups;
  std::vector<PoliceTeam> teams;  // empty: investigators' hours never bind

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Investigation::groups);
    k.bind(&InvestigationGroup::duration_days, "duration_days", unit::days,
           "Time from report to the end of the investigation. Default: median from Home Office "
           "crime outcomes (E&W, 14 days); p90 an assumption.");
    k.section(&InvestigationGroup::outcomes, "outcomes", "How investigations end (sum 1).");
    k.list(&Investigation::teams, "teams",
           "Police investigation teams whose hours bind (names unique); none: investigation is "
           "a pure delay.");
    k.by_offence("Per offence group: any of duration_days and outcomes.*.");
  }
};

}  // namespace cj

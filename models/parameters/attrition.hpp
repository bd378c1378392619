// Victims withdrawing support, per offence group (scenario key `attrition`).
#pragma once

#include <optional>
#include <vector>

#include "models/parameters/common.hpp"

namespace cj {

struct AttritionGroup {
  std::optional<Distribution> pre_charge_days;   // report to withdrawal; none: never
  std::optional<Distribution> post_charge_days;  // charge to withdrawal; none: never
  double support_share = 0;                      // victims with an IDVA/ISVA
};

struct Attrition {
  std::vector<AttritionGroup> groups;
  double support_hazard_ratio = 1;  // withdrawal hazard of supported victims, relative

  template <class Keys>
  static void declare(Keys& k) {
    k.groups(&Attrition::groups);
    k.bind(&AttritionGroup::pre_charge_days, "pre_charge_days", unit::days,
           "Report to withdrawal, for cases with a victim; `none`: never.");
    k.bind(&AttritionGroup::post_charge_days, "post_charge_days", unit::days,
           "Charge to withdrawal; `none`: never.");
    k.section("support", "Victim support (IDVA, ISVA).");
    k.bind(&AttritionGroup::support_share, "support.coverage", unit::share, limit::probability,
           "Victims with an IDVA or ISVA.");
    k.bind(&Attrition::support_hazard_ratio, "support.hazard_ratio", unit::ratio, limit::positive,
           "Withdrawal hazard of supported victims relative to the others.");
    k.by_offence(
        "Per offence group: any of pre_charge_days, post_charge_days and support.coverage.");
  }
};

}  // namespace cj

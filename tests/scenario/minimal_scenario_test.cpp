// A minimal scenario (a name and one offence group) takes every default. Each default has one
// copy, the member's initialiser in models/parameters/ (the reference documents it from there):
// these check that the reader gives what those initialisers mean, the neutral values that send
// every case down the main path, and the resolved scenario that states them.
#include <gtest/gtest.h>

#include "models/scenario/loader.hpp"

namespace cj::scenario {
namespace {

using sim::Distribution;

Scenario minimal() {
  const Loaded loaded = load_text("name: minimal\noffence_groups:\n  - name: theft\n", "min.yaml");
  for (const auto& p : loaded.problems) ADD_FAILURE() << p.format();
  return loaded.scenario.value_or(Scenario{});
}

TEST(Defaults, MatchTheStructsWhereTheyAreMeaningful) {
  const Scenario s = minimal();
  const Scenario plain;  // the structs' own defaults
  EXPECT_EQ(s.start, plain.start);
  EXPECT_EQ(s.horizon_days, plain.horizon_days);
  EXPECT_EQ(s.replications, plain.replications);
  EXPECT_EQ(s.seed, plain.seed);
  EXPECT_EQ(s.calendar.closed_weekdays, plain.calendar.closed_weekdays);
  EXPECT_TRUE(s.calendar.england_and_wales_bank_holidays);
  EXPECT_FALSE(s.costs);
  EXPECT_EQ(s.outputs.trace, plain.outputs.trace);
  EXPECT_EQ(s.outputs.period_days, plain.outputs.period_days);
  EXPECT_EQ(s.magistrates.session_minutes, plain.magistrates.session_minutes);
  EXPECT_EQ(s.magistrates.notice_days_bail, plain.magistrates.notice_days_bail);
  EXPECT_EQ(s.magistrates.trial_preparation_days, plain.magistrates.trial_preparation_days);
  EXPECT_EQ(s.magistrates.da_fast_listing.enabled, plain.magistrates.da_fast_listing.enabled);
  EXPECT_EQ(s.magistrates.da_fast_listing.target_days,
            plain.magistrates.da_fast_listing.target_days);
  EXPECT_EQ(s.crown.sitting_days_scale.at(0), 1);
  EXPECT_EQ(s.crown.custody_time_limit_days, plain.crown.custody_time_limit_days);
  EXPECT_EQ(s.crown.ptph_sitting_days, plain.crown.ptph_sitting_days);
  EXPECT_EQ(s.initial_state.crown_awaiting_trial_share,
            plain.initial_state.crown_awaiting_trial_share);
  EXPECT_EQ(s.charging.eia.decision_days_scale, plain.charging.eia.decision_days_scale);
  EXPECT_EQ(s.attrition.support_hazard_ratio, plain.attrition.support_hazard_ratio);
  const OffenceGroup group;
  EXPECT_EQ(s.offences.at(0).victim_share, group.victim_share);
  EXPECT_EQ(s.offences.at(0).mode.summary, 1);
  EXPECT_EQ(s.offences.at(0).seasonality[5], 1);
}

TEST(Defaults, SendEveryCaseDownTheMainPath) {
  const Scenario s = minimal();
  ASSERT_EQ(s.investigation.groups.size(), 1u);
  EXPECT_EQ(s.investigation.groups[0].outcomes.file_for_charging, 1);
  EXPECT_EQ(s.investigation.groups[0].duration_days, Distribution::lognormal_median_p90(14, 120));
  EXPECT_TRUE(s.investigation.teams.empty());
  EXPECT_EQ(s.charging.groups.at(0).decision.charge, 1);
  EXPECT_EQ(s.charging.groups.at(0).accept_first, 1);
  EXPECT_EQ(s.charging.groups.at(0).rework_days, Distribution::exponential(51));
  EXPECT_TRUE(s.charging.teams.empty());
  EXPECT_EQ(s.magistrates.groups.at(0).trial.effective, 1);
  EXPECT_EQ(s.magistrates.groups.at(0).trial_minutes, 120);
  EXPECT_EQ(s.crown.groups.at(0).trial.effective, 1);
  EXPECT_EQ(s.crown.groups.at(0).trial_days, Distribution::gamma(2, 1.5));
  EXPECT_FALSE(s.attrition.groups.at(0).pre_charge_days);
  EXPECT_FALSE(s.attrition.groups.at(0).post_charge_days);
  ASSERT_EQ(s.magistrates.courts.size(), 1u);
  EXPECT_EQ(s.magistrates.courts[0].share, 1);
  ASSERT_EQ(s.crown.centres.size(), 1u);
  EXPECT_EQ(s.crown.centres[0].rooms.at(0), 1);
  EXPECT_TRUE(s.later_entries.empty());
  EXPECT_EQ(s.initial_state.investigation.count, 0);
}

TEST(Defaults, ResolvedScenarioStatesEveryValue) {
  const Loaded loaded = load_text("name: minimal\noffence_groups: [{name: theft}]\n", "min.yaml");
  const std::string& y = loaded.resolved_yaml;
  for (const char* expected :
       {"horizon_days: 365", "seed: 1", "closed_weekdays: [saturday, sunday]",
        "duration_days: {dist: lognormal, median: 14, p90: 120}", "costs: none", "teams: []",
        "pre_charge_days: none", "overlisting: 1",
        "mode: {summary: 1, either_way: 0, indictable: 0}", "by_offence: {}"}) {
    EXPECT_NE(y.find(expected), std::string::npos) << expected << " not in\n" << y;
  }
  EXPECT_EQ(y.find("\nextends:"), std::string::npos);
  EXPECT_EQ(y.find("\nsweep:"), std::string::npos);
}

TEST(Defaults, SectionsWrittenEmptyTakeTheirDefaults) {
  const Loaded loaded = load_text(
      "name: x\noffence_groups:\n  - name: a\ncharging:\ncrown:\n  by_offence:\n    a:\n"
      "demand:\n  later_entries:\n",
      "empty.yaml");
  ASSERT_TRUE(loaded.scenario) << loaded.problems.size() << " problems";
  EXPECT_EQ(loaded.scenario->charging.groups.at(0).decision.charge, 1);
  EXPECT_TRUE(loaded.scenario->later_entries.empty());
}

TEST(Defaults, HorizonInYearsCountsCalendarDays) {
  const auto days = [](const std::string& start, const std::string& years) {
    const Loaded l = load_text("name: h\nstart: " + start + "\nhorizon_years: " + years +
                                   "\noffence_groups: [{name: theft}]\n",
                               "h.yaml");
    return l.scenario ? l.scenario->horizon_days : -1;
  };
  EXPECT_EQ(days("2026-04-01", "1"), 365);
  EXPECT_EQ(days("2027-04-01", "1"), 366);  // over 29 February 2028
  EXPECT_EQ(days("2026-04-01", "5"), 1826);
  EXPECT_EQ(days("2028-02-29", "1"), 365);  // to 28 February 2029
  EXPECT_DOUBLE_EQ(days("2026-04-01", "1.5"), 365 + 0.5 * 365.25);
}

}  // namespace
}  // namespace cj::scenario

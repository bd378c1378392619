// --set key.path=value: applied after extends and before checking; values read as YAML; items of
// named lists addressed by name; bad paths reported against "--set" with "did you mean".
#include <gtest/gtest.h>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"
#include "tests/scenario/scenario_equal.hpp"

namespace cj::scenario {
namespace {

using sim::Distribution;
using testing::all_problems;
using testing::fixture;

Loaded complete_with(const std::vector<std::string>& overrides) {
  return load_file(fixture("complete.yaml"), overrides);
}

TEST(Overrides, ANumberReplacesSteps) {
  const Loaded loaded = complete_with({"crown.sitting_days_scale=1.1"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  const DatedSteps& scale = loaded.scenario->crown.sitting_days_scale;
  ASSERT_EQ(scale.steps.size(), 1u);
  EXPECT_EQ(scale.at(to_day({2026, 4, 1})), 1.1);
  EXPECT_NE(loaded.resolved_yaml.find("sitting_days_scale: 1.1\n"), std::string::npos);
}

TEST(Overrides, OneStepByDate) {
  const Loaded loaded = complete_with({"crown.sitting_days_scale.2028-04-01=1.2"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->crown.sitting_days_scale.steps.size(), 3u);
  EXPECT_EQ(loaded.scenario->crown.sitting_days_scale.at(to_day({2028, 5, 1})), 1.2);
}

TEST(Overrides, NamedListItemByName) {
  const Loaded loaded = complete_with(
      {"magistrates.courts.leeds.share=0.5", "magistrates.courts.bradford.share=0.5"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->magistrates.courts[0].share, 0.5);
  EXPECT_EQ(loaded.scenario->magistrates.courts[0].hearing_sessions.steps.size(), 2u);  // kept
  EXPECT_EQ(loaded.scenario->magistrates.courts[1].share, 0.5);
}

TEST(Overrides, AValueReadAsYaml) {
  const Loaded loaded = complete_with({"crown.by_offence.rape.trial_days={dist: fixed, value: 5}",
                                       "crown.by_offence.violence.trial_days={dist: exponential, "
                                       "mean: 2}",
                                       "calendar.closed_weekdays=[sunday]"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->crown.groups[0].trial_days, Distribution::fixed(5));
  EXPECT_EQ(loaded.scenario->crown.groups[1].trial_days, Distribution::exponential(2));
  EXPECT_EQ(loaded.scenario->calendar.closed_weekdays, (std::vector<int>{6}));
}

TEST(Overrides, AddsSectionsThatWereNone) {
  const Loaded loaded = load_text("name: x\noffence_groups: [{name: a}]\n", "x.yaml",
                                  {"costs.ptph=250",
                                   "attrition.pre_charge_days={dist: "
                                   "exponential, mean: 300}"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  ASSERT_TRUE(loaded.scenario->costs);
  EXPECT_EQ(loaded.scenario->costs->ptph, 250);
  EXPECT_EQ(loaded.scenario->costs->crown_trial, 0);
  EXPECT_EQ(loaded.scenario->attrition.groups[0].pre_charge_days, Distribution::exponential(300));
}

TEST(Overrides, ApplyAfterExtends) {
  const Loaded loaded = load_file(fixture("extends/child.yaml"),
                                  {"offence_groups.theft.reports_per_year=1", "horizon_years=2"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->offences[1].reports_per_year, 1);
  EXPECT_EQ(loaded.scenario->horizon_days, 731);  // horizon_years replaced the child's days
}

TEST(Overrides, UnknownKeyIsReportedAgainstSetWithDidYouMean) {
  const Loaded loaded = complete_with({"seed=3", "crown.siting_days_scale=1.1"});
  EXPECT_FALSE(loaded.scenario);
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].format(),
            "--set:2:1: crown.siting_days_scale: unknown key (did you mean sitting_days_scale?)");
}

TEST(Overrides, UnknownItemNameWithDidYouMean) {
  const Loaded loaded = complete_with({"magistrates.courts.leds.share=0.5"});
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].file, "--set");
  EXPECT_NE(loaded.problems[0].message.find("did you mean leeds?"), std::string::npos);
}

TEST(Overrides, BadValuesAreCheckedLikeAnyOther) {
  const Loaded loaded = complete_with({"charging.triage.accept_first=1.2"});
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].format(),
            "--set:1:30: charging.triage.accept_first: 1.2 is not a probability (expected a "
            "number in [0, 1])");
}

TEST(Overrides, MalformedOverrides) {
  const Loaded loaded =
      complete_with({"seed", "seed=[1", "crown.trial_days.median.x=1", "name.first=x",
                     "crown.by_offence.rape.ptph_days=3", "a..b=1"});
  EXPECT_FALSE(loaded.scenario);
  ASSERT_EQ(loaded.problems.size(), 6u) << all_problems(loaded);
  EXPECT_NE(loaded.problems[0].message.find("expected key.path=value"), std::string::npos);
  EXPECT_NE(loaded.problems[1].message.find("not valid YAML"), std::string::npos);
  EXPECT_NE(loaded.problems[2].message.find("no keys of its own"), std::string::npos);
  EXPECT_NE(loaded.problems[3].message.find("has no key first"), std::string::npos);
  EXPECT_NE(loaded.problems[4].message.find("cannot vary by offence group"), std::string::npos);
  EXPECT_NE(loaded.problems[5].message.find("empty segment"), std::string::npos);
  for (const auto& p : loaded.problems) EXPECT_EQ(p.file, "--set");
}

TEST(Overrides, ExtendsAndSweepCannotBeSet) {
  const Loaded loaded = complete_with({"extends=other.yaml", "sweep={grid: {seed: [1, 2]}}"});
  ASSERT_EQ(loaded.problems.size(), 2u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].key, "extends");
  EXPECT_NE(loaded.problems[1].message.find("cannot be set with --set"), std::string::npos);
}

TEST(Overrides, ANewNamedItemMayBeAddedWhole) {
  const Loaded loaded = load_text("name: x\noffence_groups: [{name: a}]\n", "x.yaml",
                                  {"offence_groups.b={reports_per_year: 10}"});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  ASSERT_EQ(loaded.scenario->offences.size(), 2u);
  EXPECT_EQ(loaded.scenario->offences[1].name, "b");
  EXPECT_EQ(loaded.scenario->offences[1].reports_per_year, 10);
}

}  // namespace
}  // namespace cj::scenario

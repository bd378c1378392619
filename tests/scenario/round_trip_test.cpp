// The resolved scenario reproduces the run: loaded again on its own it gives the same Scenario,
// field by field, and writing it again gives the same text.
#include <gtest/gtest.h>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"
#include "tests/scenario/scenario_equal.hpp"

namespace cj::scenario {
namespace {

using testing::all_problems;
using testing::differences;
using testing::fixture;

void expect_round_trip(const Loaded& first) {
  ASSERT_TRUE(first.scenario) << all_problems(first);
  const Loaded second = load_text(first.resolved_yaml, "resolved.yaml");
  ASSERT_TRUE(second.scenario) << all_problems(second) << first.resolved_yaml;
  const auto diff = differences(*first.scenario, *second.scenario);
  EXPECT_TRUE(diff.empty()) << "differs: " << ::testing::PrintToString(diff);
  EXPECT_EQ(first.resolved_yaml, second.resolved_yaml);
  EXPECT_EQ(second.resolved_yaml.find("\nextends:"), std::string::npos);
  EXPECT_EQ(second.resolved_yaml.find("\nsweep:"), std::string::npos);
}

TEST(RoundTrip, CompleteScenario) {
  expect_round_trip(load_file(fixture("complete.yaml")));
}

TEST(RoundTrip, MinimalScenarioWithDefaults) {
  expect_round_trip(load_text("name: minimal\noffence_groups: [{name: theft}]\n", "m.yaml"));
}

TEST(RoundTrip, ExtendsAndOverrides) {
  expect_round_trip(load_file(fixture("extends/variants/grandchild.yaml"),
                              {"crown.sitting_days_scale=1.1", "charging.eia.uptake=0.3"},
                              {.extends_anywhere = true}));
}

TEST(RoundTrip, DoublesKeepEveryBit) {
  // 0.1 + 0.2, a subnormal-free tiny number, a long fraction, exponent notation.
  const Loaded loaded = load_text(R"(name: "bits: \"quoted\" and # not a comment"
description: "line one\nline two\ttab é"
seed: 18446744073709551615
offence_groups:
  - name: "group with spaces"
    reports_per_year: 1234.5678901234567
    trend_per_year: 1e-7
    domestic_abuse_share: 0.30000000000000004
    seasonality: [1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.99999999999999989]
  - name: "yes"
  - name: "12"
charging:
  eia: {applies_to: ["group with spaces", "12"], uptake: 3E-1}
crown:
  trial_days: {dist: lognormal, median: 2.718281828459045, p90: 1e1}
)",
                                  "bits.yaml");
  expect_round_trip(loaded);
  ASSERT_TRUE(loaded.scenario);
  EXPECT_EQ(loaded.scenario->seed, 18446744073709551615u);
  EXPECT_EQ(loaded.scenario->offences[0].domestic_abuse_share, 0.1 + 0.2);
  EXPECT_EQ(loaded.scenario->offences[2].name, "12");
  EXPECT_EQ(loaded.scenario->charging.eia.applies_to, (std::vector<int>{0, 2}));
  EXPECT_NE(loaded.resolved_yaml.find("domestic_abuse_share: 0.30000000000000004"),
            std::string::npos);
  EXPECT_NE(loaded.resolved_yaml.find("uptake: 0.3"), std::string::npos);
}

}  // namespace
}  // namespace cj::scenario

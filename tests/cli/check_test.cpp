// cjsim check: a valid scenario exits 0; --resolved prints YAML that check accepts again (and
// resolves to itself); every class of problem exits 2 with FILE:LINE:COLUMN: key.path: ...
#include <gtest/gtest.h>

#include "bad_scenarios.hpp"
#include "cli_support.hpp"

namespace clitest {
namespace {

TEST(Check, ValidScenariosPass) {
  for (const fs::path& scenario : {test_scenario("small.yaml"), test_scenario("sweep.yaml"),
                                   test_scenario("small-more-crown.yaml"), baseline_scenario()}) {
    const Outcome r = cjsim({"check", scenario.string()});
    EXPECT_EQ(r.exit_status, 0) << scenario << "\n" << r.describe();
    EXPECT_NE(r.out.find(": ok: "), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");
  }
  const Outcome sweep = cjsim({"check", test_scenario("sweep.yaml").string()});
  EXPECT_NE(sweep.out.find("a sweep of 4 points"), std::string::npos) << sweep.out;
}

TEST(Check, ResolvedScenarioIsAcceptedAgainAndResolvesToItself) {
  TempDir dir;
  // extends and --set: both must be resolved into the text.
  const Outcome resolved = cjsim({"check", test_scenario("small-more-crown.yaml").string(), "--set",
                                  "charging.triage.accept_first=0.85", "--resolved"});
  ASSERT_EQ(resolved.exit_status, 0) << resolved.describe();
  EXPECT_EQ(resolved.out.find("extends"), std::string::npos);
  EXPECT_NE(resolved.out.find("accept_first: 0.85"), std::string::npos);
  EXPECT_NE(resolved.out.find("sitting_days_scale: 1.5"), std::string::npos);
  write_text(dir / "resolved.yaml", resolved.out);

  const Outcome again = cjsim({"check", "resolved.yaml"}, dir.path());
  EXPECT_EQ(again.exit_status, 0) << again.describe();
  const Outcome twice = cjsim({"check", "resolved.yaml", "--resolved"}, dir.path());
  ASSERT_EQ(twice.exit_status, 0) << twice.describe();
  EXPECT_EQ(twice.out, resolved.out);
}

class BadScenarioCheck : public ::testing::TestWithParam<BadScenario> {};

TEST_P(BadScenarioCheck, ExitsTwoAndSaysWhere) {
  TempDir dir;
  const BadScenario& bad = GetParam();
  const std::string file = std::string(bad.name) + ".yaml";
  write_text(dir / file, bad.text);
  for (const bool resolved : {false, true}) {
    std::vector<std::string> args = {"check", file};
    if (resolved) args.push_back("--resolved");
    const Outcome r = cjsim(args, dir.path());
    EXPECT_EQ(r.exit_status, 2) << r.describe();
    bool found = false;
    for (const auto& line : lines_with(r.err, file + ":")) found |= line.starts_with(bad.report);
    EXPECT_TRUE(found) << "expected a line starting with: " << bad.report << "\n" << r.err;
    EXPECT_EQ(r.out, "");
  }
}

INSTANTIATE_TEST_SUITE_P(Classes, BadScenarioCheck, ::testing::ValuesIn(bad_scenarios()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Check, EveryProblemIsListedAtOnce) {
  TempDir dir;
  write_text(dir / "many.yaml",
             "name: x\n"
             "offence_groups:\n"
             "  - name: a\n"
             "    reports_per_year: -5\n"
             "charging:\n"
             "  triage:\n"
             "    accept_first: 1.5\n"
             "crown:\n"
             "  sitting_days_scle: 2\n");
  const Outcome r = cjsim({"check", "many.yaml"}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_EQ(lines_with(r.err, "many.yaml:").size(), 3u) << r.err;
  EXPECT_FALSE(lines_with(r.err, "many.yaml:4:23: offence_groups.a.reports_per_year").empty());
  EXPECT_FALSE(lines_with(r.err, "many.yaml:7:19: charging.triage.accept_first").empty());
  EXPECT_FALSE(lines_with(r.err, "many.yaml:9:3: crown.sitting_days_scle: unknown key").empty());
  EXPECT_NE(r.err.find("3 problems"), std::string::npos) << r.err;
}

TEST(Check, ProblemsInSweepPointsAndOverrides) {
  const Outcome sweep = cjsim({"check", test_scenario("sweep-invalid.yaml").string()});
  EXPECT_EQ(sweep.exit_status, 2) << sweep.describe();
  EXPECT_FALSE(lines_with(sweep.err, "1.5 is not a probability").empty()) << sweep.err;
  const Outcome set = cjsim(
      {"check", test_scenario("small.yaml").string(), "--set", "crown.sitting_days_scale=-1"});
  EXPECT_EQ(set.exit_status, 2) << set.describe();
  EXPECT_FALSE(lines_with(set.err, "--set:1:").empty()) << set.err;
}

}  // namespace
}  // namespace clitest

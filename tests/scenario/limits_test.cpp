// Values that used to pass and then hang, exhaust memory or fail every run: each is refused when
// the scenario loads, at its key, by its unit's ceiling or its own rule; names that go into file
// and dataset names are checked; `extends` stays in the scenario's folder unless allowed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "models/planned_size.hpp"
#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"
#include "tests/scenario/scenario_equal.hpp"

namespace cj::scenario {
namespace {

using testing::all_problems;
using testing::expect_problem;
using testing::fixture;

// A valid scenario with `extra` appended (from line 4 on).
Loaded with(const std::string& extra) {
  return load_text("name: limits\noffence_groups:\n  - {name: rape}\n" + extra, "x.yaml");
}

TEST(Limits, ReportsPerYearAboveTheUnitCeilingAreRefused) {
  expect_problem(
      load_text("name: x\noffence_groups:\n  - {name: a, reports_per_year: 1e12}\n", "x.yaml"), 3,
      "offence_groups.a.reports_per_year", "1e+12 is above the limit of 1e+08 reports a year");
  expect_problem(
      load_text("name: x\noffence_groups:\n  - {name: a, reports_per_year: 1e308}\n", "x.yaml"), 3,
      "offence_groups.a.reports_per_year", "above the limit");
  EXPECT_TRUE(
      load_text("name: x\noffence_groups:\n  - {name: a, reports_per_year: 1e8}\n", "x.yaml")
          .scenario);
}

TEST(Limits, HugeScaleAndStepsAreRefused) {
  expect_problem(with("crown: {sitting_days_scale: 1e308}\n"), 4, "crown.sitting_days_scale",
                 "is above the limit of 100");
  expect_problem(with("crown: {sitting_days_scale: {2026-04-01: 1, 2027-04-01: 101}}\n"), 4,
                 "crown.sitting_days_scale.2027-04-01", "above the limit of 100");
  EXPECT_TRUE(with("crown: {sitting_days_scale: 100}\n").scenario);
}

TEST(Limits, HugeInitialStockIsRefused) {
  expect_problem(with("initial_state: {crown: {count: 1000000000000}}\n"), 4,
                 "initial_state.crown.count", "above the limit of 1e+07 cases");
}

TEST(Limits, DurationDistributionsHaveTheirMeanBounded) {
  expect_problem(with("crown: {trial_days: {dist: fixed, value: 1e308}}\n"), 4, "crown.trial_days",
                 "a mean of 1e+308 is above the limit of 36525 sitting days");
  expect_problem(with("investigation: {duration_days: {dist: lognormal, mu: 1, sigma: 40}}\n"), 4,
                 "investigation.duration_days", "above the limit of 36525 days");
  // 100 years is the ceiling, not a typical value: a long one still loads.
  EXPECT_TRUE(with("crown: {trial_days: {dist: fixed, value: 300}}\n").scenario);
}

TEST(Limits, MonthCountsAreBoundedAndInOrder) {
  expect_problem(
      load_text("name: x\noffence_groups:\n  - name: a\n    monthly_reports: {2026-04: 1e9}\n",
                "x.yaml"),
      4, "offence_groups.a.monthly_reports.2026-04", "above the limit of 1e+07 reports a month");
  expect_problem(load_text("name: x\noffence_groups:\n  - name: a\n"
                           "    monthly_reports: {2026-05: 3, 2026-04: 4}\n",
                           "x.yaml"),
                 4, "offence_groups.a.monthly_reports.2026-04",
                 "out of order (expected months strictly increasing: after 2026-05)");
}

TEST(Limits, RosterDatesOutOfOrderAreRefusedNotSorted) {
  expect_problem(with("crown:\n  centres:\n    - name: leeds\n      share: 1\n"
                      "      rooms: {2027-04-01: 16, 2026-04-01: 10}\n"),
                 8, "crown.centres.leeds.rooms.2026-04-01", "out of order");
}

TEST(Limits, NamesUsedInFilesAreChecked) {
  expect_problem(with("crown:\n  centres:\n    - {name: a/b, share: 1, rooms: 2}\n"), 6,
                 "crown.centres.a/b.name", "holds '/'");
  expect_problem(
      load_text("name: x\noffence_groups:\n  - {name: " + std::string(5000, 'a') + "}\n", "x.yaml"),
      3, "offence_groups." + std::string(5000, 'a') + ".name",
      "a name of 5000 characters (expected 1 to 64");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: \"=HYPERLINK(1)\"}\n", "x.yaml"),
                 3, "offence_groups.=HYPERLINK(1).name", "holds '='");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: \" a\"}\n", "x.yaml"), 3,
                 "offence_groups. a.name", "starts with a space");
  EXPECT_TRUE(
      with("crown:\n  centres:\n    - {name: Leeds (Combined) 2, share: 1, rooms: 2}\n").scenario);
}

TEST(Limits, BadSessionLengthIsReportedOnce) {
  const Loaded loaded = with("magistrates: {session_minutes: 0}\n");
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].key, "magistrates.session_minutes");
}

TEST(Limits, DuplicateKeyNamesItsFullPath) {
  expect_problem(with("crown:\n  trial: {effective: 1, effective: 0}\n"), 5,
                 "crown.trial.effective", "duplicate key (first given at line 5");
  expect_problem(load_text("name: x\noffence_groups:\n  - name: a\n    mode: {summary: 1}\n"
                           "    mode: {summary: 1}\n",
                           "x.yaml"),
                 5, "offence_groups.a.mode", "duplicate key");
}

TEST(Limits, PlannedCasesCountStockAndArrivals) {
  const Loaded loaded = load_text(
      "name: x\nhorizon_years: 2\noffence_groups:\n  - {name: a, reports_per_year: 1000}\n"
      "initial_state: {crown: {count: 500}}\n",
      "x.yaml");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  const PlannedSize size = planned_size(*loaded.scenario);
  EXPECT_EQ(size.initial_cases, 500);
  // 1,000 a year for 731 days, the last month counted whole: within a month's worth.
  EXPECT_GT(size.arrivals, 2000);
  EXPECT_LT(size.arrivals, 2000 + 1000.0 / 12 + 1);
  EXPECT_EQ(size_refusal(size, 1e6), "");
  const std::string refusal = size_refusal(size, 1000);
  EXPECT_NE(refusal.find(" cases (500 open at the start, "), std::string::npos) << refusal;
  EXPECT_NE(refusal.find("the limit is 1000 cases a run"), std::string::npos) << refusal;
  EXPECT_NE(refusal.find("--max-cases"), std::string::npos) << refusal;
}

TEST(Paths, ExtendsOutsideTheScenarioFolderIsRefused) {
  const std::string grandchild = fixture("extends/variants/grandchild.yaml");
  const Loaded refused = load_file(grandchild);
  expect_problem(refused, 2, "extends", "is outside");
  EXPECT_EQ(refused.sources.size(), 1u);  // the file outside was not read
  EXPECT_TRUE(load_file(grandchild, {}, {.extends_anywhere = true}).scenario);
  // Within the folder: as ever.
  EXPECT_TRUE(load_file(fixture("extends/child.yaml")).scenario);
}

TEST(Paths, FileThatIsNotAScenarioIsNotQuoted) {
  const auto dir = std::filesystem::temp_directory_path() / "cjsim-limits-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "secret") << "root:$6$secret-hash:19000:0:99999:7:::\n";
  std::ofstream(dir / "child.yaml") << "extends: secret\nname: x\n";
  const Loaded loaded = load_file(dir / "child.yaml");
  expect_problem(loaded, 1, "extends", "not a scenario");
  EXPECT_EQ(all_problems(loaded).find("secret-hash"), std::string::npos) << all_problems(loaded);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cj::scenario

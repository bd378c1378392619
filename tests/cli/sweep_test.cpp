// cjsim sweep on the small test sweep (2 x 2 grid, 3 replications): the same data whatever the
// number of workers, progress lines when stderr is not a terminal, no per-case trace unless asked,
// every point checked before anything runs, and a failing run reported with its point.
#include <gtest/gtest.h>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

const std::string kSweep = test_scenario("sweep.yaml").string();

TEST(Sweep, OneOrTwoWorkersGiveTheSameData) {
  TempDir dir;
  const Outcome one = cjsim({"sweep", kSweep, "--jobs", "1", "--out", "one.h5"}, dir.path());
  ASSERT_EQ(one.exit_status, 0) << one.describe();
  const Outcome two = cjsim({"sweep", kSweep, "--jobs", "2", "--out", "two.h5"}, dir.path());
  ASSERT_EQ(two.exit_status, 0) << two.describe();
  EXPECT_EQ(rows(dir / "one.h5", "/runs"), 12u);
  EXPECT_EQ(rows(dir / "one.h5", "/points"), 4u);
  const auto differences = data_differences(dir / "one.h5", dir / "two.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"one.h5", "two.h5"}));
}

TEST(Sweep, DefaultNameProgressLinesAndNoCaseTrace) {
  TempDir dir;
  const Outcome r = cjsim({"sweep", kSweep}, dir.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  const fs::path file = dir / "results/test-sweep-sweep.h5";
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"results", "results/test-sweep-sweep.h5"}));
  // Plain lines, not a terminal's redrawn one.
  const auto progress = lines_with(r.err, "runs ");
  EXPECT_GE(progress.size(), 3u) << r.err;
  EXPECT_FALSE(lines_with(r.err, "runs 12/12 done").empty()) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  // The table has a column per point.
  EXPECT_NE(r.out.find("crown.sitting_days_scale=1.25,charging.triage.accept_first=0.95"),
            std::string::npos);

  const auto datasets = dataset_paths(file);
  EXPECT_EQ(std::find(datasets.begin(), datasets.end(), "/cases"), datasets.end());
  EXPECT_EQ(string_attribute(file, "/", "trace"), "none");
  // /points: one row per point, a field per swept key.
  EXPECT_EQ(rows(file, "/points"), 4u);
  EXPECT_EQ(field_class(file, "/points", "crown.sitting_days_scale"), "float");
  EXPECT_EQ(field_class(file, "/points", "charging.triage.accept_first"), "float");
  EXPECT_EQ(integer_field(file, "/runs", "point"),
            (std::vector<long long>{0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3}));
}

TEST(Sweep, TraceCasesKeepsTheCases) {
  TempDir dir;
  const Outcome r = cjsim({"sweep", kSweep, "--trace", "cases", "--out", "s.h5"}, dir.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  long long cases = 0;
  for (long long n : integer_field(dir / "s.h5", "/runs", "cases")) cases += n;
  EXPECT_GT(cases, 0);
  EXPECT_EQ(rows(dir / "s.h5", "/cases"), static_cast<std::uint64_t>(cases));
}

TEST(Sweep, EveryPointIsCheckedBeforeAnythingRuns) {
  TempDir dir;
  const Outcome r = cjsim({"sweep", test_scenario("sweep-invalid.yaml").string()}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  // Two points have 1.5 for a probability, two have a negative scale: four problems, each named.
  EXPECT_EQ(lines_with(r.err, "1.5 is not a probability").size(), 2u) << r.err;
  EXPECT_EQ(lines_with(r.err, "-1 is negative").size(), 2u) << r.err;
  for (const auto& line : lines_with(r.err, "sweep-invalid.yaml:")) {
    EXPECT_NE(line.find("in sweep point "), std::string::npos) << line;
  }
  EXPECT_NE(r.err.find("nothing was run or written"), std::string::npos) << r.err;
  EXPECT_TRUE(tree(dir.path()).empty());
}

TEST(Sweep, PointsThatCannotShareOneFileAreRefusedBeforeAnythingRuns) {
  TempDir dir;
  const Outcome r = cjsim({"sweep", test_scenario("sweep-horizons.yaml").string()}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_NE(r.err.find("point horizon_days=120: horizon differs"), std::string::npos) << r.err;
  EXPECT_TRUE(tree(dir.path()).empty());
}

TEST(Sweep, AFailingRunIsReportedWithItsPointAndTheOthersContinue) {
  TempDir dir;
  const Outcome r = cjsim({"sweep", kSweep, "--jobs", "2", "--out", "s.h5"}, dir.path(),
                          {{"CJSIM_FAULT", "throw:2:1"}});
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_FALSE(r.left_processes);
  EXPECT_NE(r.err.find("1 of 12 runs failed"), std::string::npos) << r.err;
  const auto failed = lines_with(r.err, "injected failure");
  ASSERT_EQ(failed.size(), 1u) << r.err;
  EXPECT_NE(failed[0].find("point 2 (crown.sitting_days_scale=1.25,charging.triage.accept_first="
                           "0.8), replication 1: "),
            std::string::npos)
      << failed[0];
  EXPECT_FALSE(fs::exists(dir / "s.h5"));
  const auto parts = finished_parts(dir / "s.h5.parts");
  EXPECT_EQ(parts.size(), 11u);
  EXPECT_EQ(std::find(parts.begin(), parts.end(), "p0002-r0001.h5"), parts.end());
}

}  // namespace
}  // namespace clitest

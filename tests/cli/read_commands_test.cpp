// summary, compare and export on real results; and on files that are not results (missing, not
// HDF5, HDF5 but not cjsim's) or that cannot be compared: one line saying why, exit status 2.
#include <gtest/gtest.h>

#include <regex>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

// Results made once for this file's tests: the small scenario, the same with more Crown Court
// sitting days, a scenario with other offence groups, and the small test sweep.
class ReadCommands : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const auto& d = dir_->path();
    write_text(d / "three-groups.yaml", "extends: " + test_scenario("small.yaml").string() +
                                            "\nname: three-groups\n"
                                            "offence_groups:\n"
                                            "  - {name: drugs, reports_per_year: 500}\n");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"run", test_scenario("small.yaml").string(), "--out", "base.h5"},
          {"run", test_scenario("small-more-crown.yaml").string(), "--out", "more.h5"},
          {"run", "three-groups.yaml", "--out", "three.h5", "--allow-extends-anywhere"},
          {"sweep", test_scenario("sweep.yaml").string(), "--out", "sweep.h5"}}) {
      const Outcome r = cjsim(args, d);
      ASSERT_EQ(r.exit_status, 0) << r.describe();
    }
    write_text(d / "text.h5", "this is not HDF5\n");
    write_foreign_hdf5(d / "foreign.h5");
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static const fs::path& dir() { return dir_->path(); }
  static TempDir* dir_;
};

TempDir* ReadCommands::dir_ = nullptr;

TEST_F(ReadCommands, SummaryPrintsKpisWithIntervals) {
  const Outcome r = cjsim({"summary", "base.h5"}, dir());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_NE(r.out.find("test-small: 1 point, 3 replications, seed 424242"), std::string::npos)
      << r.out;
  const auto rows = lines_with(r.out, "crown_open_at_horizon ");
  ASSERT_FALSE(rows.empty()) << r.out;
  EXPECT_TRUE(std::regex_search(rows[0], std::regex(R"([0-9.]+ \[[0-9.-]+, [0-9.]+\] +cases)")))
      << rows[0];
  // By offence group, too.
  EXPECT_FALSE(lines_with(r.out, "violence").empty()) << r.out;
  EXPECT_FALSE(lines_with(r.out, "theft").empty()) << r.out;

  const Outcome sweep = cjsim({"summary", "sweep.h5"}, dir());
  ASSERT_EQ(sweep.exit_status, 0) << sweep.describe();
  EXPECT_NE(sweep.out.find("sweep of 4 points"), std::string::npos) << sweep.out;
  EXPECT_EQ(lines_with(sweep.out, "crown.sitting_days_scale=").size(), 4u) << sweep.out;
}

TEST_F(ReadCommands, CompareTwoScenariosMarksClearDifferences) {
  const Outcome r = cjsim({"compare", "base.h5", "more.h5"}, dir());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_NE(r.out.find("paired by replication"), std::string::npos) << r.out;
  // More sitting days: fewer cases open in the Crown Court, clearly (a * after the interval).
  const auto crown = lines_with(r.out, "crown_open_at_horizon ");
  ASSERT_FALSE(crown.empty()) << r.out;
  EXPECT_TRUE(std::regex_search(crown[0], std::regex(R"(-[0-9.]+ \[-[0-9.]+, -[0-9.]+\] \*)")))
      << crown[0];
  // Common random numbers: what happens before the Crown Court does not change at all.
  const auto reports = lines_with(r.out, "reports ");
  ASSERT_FALSE(reports.empty()) << r.out;
  EXPECT_NE(reports[0].find("0.0 [0.0, 0.0]"), std::string::npos) << reports[0];
  EXPECT_EQ(reports[0].find('*'), std::string::npos) << reports[0];
}

TEST_F(ReadCommands, CompareTwoPointsOfASweep) {
  const Outcome r = cjsim({"compare", "sweep.h5", "--point", "0", "--point", "1"}, dir());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_NE(r.out.find("Difference crown.sitting_days_scale=1,charging.triage.accept_first=0.95 - "
                       "crown.sitting_days_scale=1,charging.triage.accept_first=0.8"),
            std::string::npos)
      << r.out;
  // Point 1 accepts more files first time: the KPI moves clearly.
  const auto triage = lines_with(r.out, "triage_accepted_first_rate ");
  ASSERT_FALSE(triage.empty()) << r.out;
  EXPECT_NE(triage[0].find('*'), std::string::npos) << triage[0];
  // A point that is not there.
  const Outcome missing = cjsim({"compare", "sweep.h5", "--point", "0", "--point", "9"}, dir());
  EXPECT_EQ(missing.exit_status, 2) << missing.describe();
}

TEST_F(ReadCommands, ExportWritesCsvFiles) {
  TempDir out;
  const Outcome r = cjsim({"export", (dir() / "base.h5").string(), "--csv", "csv"}, out.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  const auto files = tree(out / "csv");
  for (const char* name : {"dictionary.csv", "points.csv", "runs.csv", "timeseries.csv"}) {
    EXPECT_NE(std::find(files.begin(), files.end(), name), files.end()) << name;
  }
  // runs.csv: a header and one line per run.
  EXPECT_EQ(count_lines(read_text(out / "csv/runs.csv")), 4u);
  EXPECT_NE(read_text(out / "csv/runs.csv").find("charge_rate"), std::string::npos);
  EXPECT_GT(count_lines(read_text(out / "csv/timeseries.csv")), 25u);
}

TEST_F(ReadCommands, FilesThatAreNotResultsGiveOneLineAndExitTwo) {
  for (const char* file : {"missing.h5", "text.h5", "foreign.h5"}) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"summary", file},
                                                 {"compare", "base.h5", file},
                                                 {"compare", file, "base.h5"},
                                                 {"export", file, "--csv", "csv-of-nothing"}}) {
      const Outcome r = cjsim(args, dir());
      EXPECT_EQ(r.exit_status, 2) << args[0] << " " << file << "\n" << r.describe();
      EXPECT_EQ(count_lines(r.err), 1u) << r.err;
      EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
      EXPECT_EQ(r.out, "");
    }
  }
  EXPECT_FALSE(fs::exists(dir() / "csv-of-nothing"));
}

TEST_F(ReadCommands, CompareSaysWhatDiffersBetweenStructures) {
  const Outcome r = cjsim({"compare", "base.h5", "three.h5"}, dir());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_NE(r.err.find("cannot be compared"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("offence groups differ"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("drugs"), std::string::npos) << r.err;
  // A sweep against a single run: different numbers of points.
  const Outcome points = cjsim({"compare", "base.h5", "sweep.h5"}, dir());
  EXPECT_EQ(points.exit_status, 2) << points.describe();
  EXPECT_NE(points.err.find("cannot be compared"), std::string::npos) << points.err;
}

}  // namespace
}  // namespace clitest

// The result file as any HDF5 reader sees it: the provenance attributes at the root, units and a
// description on every dataset, enumerations stored as HDF5 enums, and counts that add up (every
// case of a run is one /cases row and ends in exactly one outcome or is open at the horizon).
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

const std::string kSmall = test_scenario("small.yaml").string();

// One result of the small scenario, with events traced too, made once for the file's tests.
class ResultLayout : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const Outcome r =
        cjsim({"run", kSmall, "--trace", "events", "--out", "small.h5"}, dir_->path());
    ASSERT_EQ(r.exit_status, 0) << r.describe();
    file_ = dir_->path() / "small.h5";
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
  static fs::path file_;
};

TempDir* ResultLayout::dir_ = nullptr;
fs::path ResultLayout::file_;

TEST_F(ResultLayout, RootAttributesSayWhereTheFileCameFrom) {
  for (const char* name : {"cjsim_version", "source_revision", "created_utc", "scenario_name",
                           "seed", "replications", "engine", "command_line"}) {
    EXPECT_TRUE(has_attribute(file_, "/", name)) << name;
  }
  const Outcome version = cjsim({"version"});
  EXPECT_NE(version.out.find(string_attribute(file_, "/", "cjsim_version")), std::string::npos);
  EXPECT_NE(version.out.find(string_attribute(file_, "/", "source_revision")), std::string::npos);
  EXPECT_TRUE(std::regex_match(string_attribute(file_, "/", "created_utc"),
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
  EXPECT_EQ(string_attribute(file_, "/", "scenario_name"), "test-small");
  EXPECT_EQ(integer_attribute(file_, "/", "seed"), 424242);
  EXPECT_EQ(integer_attribute(file_, "/", "replications"), 3);
  EXPECT_EQ(string_attribute(file_, "/", "engine"), "native");
  const std::string line = string_attribute(file_, "/", "command_line");
  EXPECT_NE(line.find("run " + kSmall + " --trace events --out small.h5"), std::string::npos)
      << line;
  // The resolved scenario, which loads on its own (reproduce_test.cpp runs it).
  const std::string yaml = string_dataset(file_, "/scenario");
  EXPECT_NE(yaml.find("name: test-small"), std::string::npos);
  EXPECT_EQ(yaml.find("extends"), std::string::npos);
}

TEST_F(ResultLayout, EveryDatasetHasUnitsAndADescription) {
  const auto datasets = dataset_paths(file_);
  ASSERT_GT(datasets.size(), 50u);
  for (const char* expected : {"/cases", "/events", "/runs", "/points", "/scenario",
                               "/timeseries/time", "/timeseries/open_crown",
                               "/summary/runs/charge_rate", "/summary/points/charge_rate/mean"}) {
    EXPECT_NE(std::find(datasets.begin(), datasets.end(), expected), datasets.end()) << expected;
  }
  for (const auto& path : datasets) {
    EXPECT_TRUE(has_attribute(file_, path, "units")) << path;
    EXPECT_TRUE(has_attribute(file_, path, "description")) << path;
  }
}

TEST_F(ResultLayout, EnumerationsAreHdf5Enums) {
  for (const char* field : {"mode", "outcome", "stage"}) {
    EXPECT_EQ(field_class(file_, "/cases", field), "enum") << field;
  }
  for (const char* field : {"event", "stage"}) {
    EXPECT_EQ(field_class(file_, "/events", field), "enum") << field;
  }
  const auto mode = enum_members(file_, "/cases", "mode");
  EXPECT_EQ(mode, (std::map<long long, std::string>{
                      {0, "summary"}, {1, "either_way"}, {2, "indictable"}}));
  const auto outcome = enum_members(file_, "/cases", "outcome");
  EXPECT_EQ(outcome.at(0), "open");
  EXPECT_EQ(outcome.at(1), "convicted_plea");
  EXPECT_GE(outcome.size(), 8u);
  const auto events = enum_members(file_, "/events", "event");
  EXPECT_EQ(events.at(0), "reported");
}

TEST_F(ResultLayout, CountsAddUp) {
  const auto cases = integer_field(file_, "/runs", "cases");
  ASSERT_EQ(cases.size(), 3u);
  const auto case_run = integer_field(file_, "/cases", "run");
  const auto case_outcome = integer_field(file_, "/cases", "outcome");
  const auto outcome_names = enum_members(file_, "/cases", "outcome");

  std::vector<std::uint64_t> periods;
  for (std::size_t run = 0; run < cases.size(); ++run) {
    // Rows of /cases of this run = its cases in /runs.
    std::map<std::string, long long> rows_by_outcome;
    long long run_rows = 0;
    for (std::size_t i = 0; i < case_run.size(); ++i) {
      if (case_run[i] != static_cast<long long>(run)) continue;
      ++run_rows;
      ++rows_by_outcome[outcome_names.at(case_outcome[i])];
    }
    EXPECT_EQ(run_rows, cases[run]) << "run " << run;
    EXPECT_GT(run_rows, 1000) << "run " << run;

    // Cases ended, by outcome (the time series summed over periods), plus the cases open at the
    // horizon in every stage, is every case.
    double total = 0;
    for (const auto& [value, name] : outcome_names) {
      if (name == "open") continue;
      const auto series = doubles(file_, "/timeseries/outcome_" + name, &periods);
      ASSERT_EQ(periods.size(), 2u);
      double ended = 0;
      for (std::uint64_t p = 0; p < periods[1]; ++p) ended += series[run * periods[1] + p];
      EXPECT_EQ(ended, static_cast<double>(rows_by_outcome[name])) << name << ", run " << run;
      total += ended;
    }
    double open = 0;
    for (const char* stage : {"investigations", "awaiting_charge", "magistrates", "crown"}) {
      open += doubles(file_, std::string("/summary/runs/") + stage + "_open_at_horizon").at(run);
    }
    EXPECT_EQ(open, static_cast<double>(rows_by_outcome["open"])) << "run " << run;
    EXPECT_EQ(total + open, static_cast<double>(cases[run])) << "run " << run;
  }
}

}  // namespace
}  // namespace clitest

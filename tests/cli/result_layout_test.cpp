// The result file as any HDF5 reader sees it: the provenance attributes at the root, units and a
// description on every dataset, enumerations stored as HDF5 enums, and counts that add up (every
// case of a run is one /cases row and ends in exactly one outcome or is open at the horizon).
#include <gtest/gtest.h>

#include <algorithm>
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

// /labels names each value of the enumerations, in value order, with what the report reads:
// which stages and outcomes there are, which come before charge, and the series named by them.
TEST_F(ResultLayout, LabelsNameEveryValueAndTheSeriesNamedByThem) {
  const auto stages = string_field(file_, "/labels/stages", "name");
  const auto stage_enum = enum_members(file_, "/cases", "stage");
  ASSERT_EQ(stages.size(), stage_enum.size());
  for (std::size_t i = 0; i < stages.size(); ++i) {
    EXPECT_EQ(stages[i], stage_enum.at(static_cast<long long>(i)));
  }
  EXPECT_EQ(integer_field(file_, "/labels/stages", "value"),
            (std::vector<long long>{0, 1, 2, 3, 4}));
  const auto open = integer_field(file_, "/labels/stages", "open");
  const auto before_charge = integer_field(file_, "/labels/stages", "before_charge");
  EXPECT_EQ(open, (std::vector<long long>{1, 1, 1, 1, 0}));
  EXPECT_EQ(before_charge, (std::vector<long long>{1, 1, 0, 0, 0}));
  EXPECT_EQ(string_field(file_, "/labels/stages", "caseload").at(3), "Crown Court open caseload");
  const auto datasets = dataset_paths(file_);
  const auto has = [&](const std::string& path) {
    return std::find(datasets.begin(), datasets.end(), path) != datasets.end();
  };
  for (std::size_t i = 0; i < stages.size(); ++i) {
    for (const char* kind : {"open_", "receipts_", "disposals_"}) {
      EXPECT_EQ(has("/timeseries/" + std::string(kind) + stages[i]), open[i] == 1) << stages[i];
    }
  }

  const auto outcomes = string_field(file_, "/labels/outcomes", "name");
  const auto outcome_enum = enum_members(file_, "/cases", "outcome");
  ASSERT_EQ(outcomes.size(), outcome_enum.size());
  const auto before = integer_field(file_, "/labels/outcomes", "before_charge");
  const auto after = integer_field(file_, "/labels/outcomes", "after_charge");
  const auto withdrawal = integer_field(file_, "/labels/outcomes", "victim_withdrawal");
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    EXPECT_EQ(outcomes[i], outcome_enum.at(static_cast<long long>(i)));
    // Every way of ending is either before or after charge; `open` is neither.
    EXPECT_EQ(before[i] + after[i], outcomes[i] == "open" ? 0 : 1) << outcomes[i];
    EXPECT_EQ(has("/timeseries/outcome_" + outcomes[i]), outcomes[i] != "open") << outcomes[i];
    EXPECT_EQ(withdrawal[i] == 1, outcomes[i].find("victim_withdrawn") == 0) << outcomes[i];
  }
  EXPECT_EQ(before[5], 1);  // victim_withdrawn_pre_charge

  const auto courts = string_field(file_, "/labels/courts", "name");
  const auto capacity = string_field(file_, "/labels/courts", "capacity");
  const auto results = string_field(file_, "/labels/trial_results", "name");
  EXPECT_EQ(courts, (std::vector<std::string>{"magistrates", "crown"}));
  EXPECT_EQ(results, (std::vector<std::string>{"effective", "cracked", "ineffective"}));
  for (std::size_t i = 0; i < courts.size(); ++i) {
    EXPECT_TRUE(has("/timeseries/" + capacity[i] + "_available")) << courts[i];
    EXPECT_TRUE(has("/timeseries/" + capacity[i] + "_used")) << courts[i];
    for (const auto& result : results) {
      EXPECT_TRUE(has("/timeseries/trials_" + result + "_" + courts[i])) << result;
      EXPECT_TRUE(has("/summary/runs/" + result + "_trial_rate_" + courts[i])) << result;
    }
  }
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

// A result reproduces itself: the resolved scenario in /scenario, run again with its seed, gives
// the same data; and the SimGrid engine gives the same data as the native one.
#include <gtest/gtest.h>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

TEST(Reproduce, TheStoredScenarioRunsToTheSameData) {
  TempDir dir;
  // A scenario that extends another, with overrides on the command line: all of it must be in
  // the stored text.
  const Outcome first = cjsim({"run", test_scenario("small-more-crown.yaml").string(), "--set",
                               "charging.triage.accept_first=0.85", "--seed", "99",
                               "--replications", "2", "--out", "first.h5"},
                              dir.path());
  ASSERT_EQ(first.exit_status, 0) << first.describe();
  write_text(dir / "stored.yaml", string_dataset(dir / "first.h5", "/scenario"));

  const Outcome again =
      cjsim({"run", "stored.yaml", "--seed", "99", "--out", "again.h5"}, dir.path());
  ASSERT_EQ(again.exit_status, 0) << again.describe();
  CompareOptions options;
  options.paths = {"/scenario_sources"};  // the files it was read from differ, by design
  const auto differences = data_differences(dir / "first.h5", dir / "again.h5", options);
  EXPECT_TRUE(differences.empty()) << joined(differences);
  // The comparison does look at the data: another seed differs.
  ASSERT_EQ(
      cjsim({"run", "stored.yaml", "--seed", "100", "--out", "other.h5"}, dir.path()).exit_status,
      0);
  EXPECT_FALSE(data_differences(dir / "first.h5", dir / "other.h5", options).empty());
}

TEST(Reproduce, SimGridEngineGivesTheSameDataAsTheNativeOne) {
  TempDir dir;
  const std::string small = test_scenario("small.yaml").string();
  const Outcome native =
      cjsim({"run", small, "--engine", "native", "--out", "native.h5"}, dir.path());
  ASSERT_EQ(native.exit_status, 0) << native.describe();
  const Outcome simgrid =
      cjsim({"run", small, "--engine", "simgrid", "--out", "simgrid.h5"}, dir.path());
  ASSERT_EQ(simgrid.exit_status, 0) << simgrid.describe();
  EXPECT_EQ(string_attribute(dir / "native.h5", "/", "engine"), "native");
  EXPECT_EQ(string_attribute(dir / "simgrid.h5", "/", "engine"), "simgrid");
  CompareOptions options;
  options.root_attributes.insert("engine");
  const auto differences = data_differences(dir / "native.h5", dir / "simgrid.h5", options);
  EXPECT_TRUE(differences.empty()) << joined(differences);
  EXPECT_GT(rows(dir / "simgrid.h5", "/cases"), 5000u);
}

}  // namespace
}  // namespace clitest

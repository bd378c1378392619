// cjsim run: every replication into one HDF5 file under the default name, the KPI table on
// stdout, no progress lines when stderr is not a terminal, never replacing an existing file
// without --force, and --set overrides.
#include <gtest/gtest.h>

#include <regex>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

const std::string kSmall = test_scenario("small.yaml").string();

TEST(Run, WritesOneFileUnderTheDefaultNameAndPrintsTheKpiTable) {
  TempDir dir;
  const Outcome r = cjsim({"run", kSmall}, dir.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_FALSE(r.left_processes);
  // One file, results/<scenario name>.h5 relative to the working folder, and nothing else.
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"results", "results/test-small.h5"}));
  const fs::path file = dir / "results/test-small.h5";
  // Every replication of the scenario (3) is in it.
  EXPECT_EQ(integer_field(file, "/runs", "replication"), (std::vector<long long>{0, 1, 2}));
  EXPECT_EQ(integer_field(file, "/runs", "point"), (std::vector<long long>{0, 0, 0}));

  EXPECT_NE(r.out.find("wrote results/test-small.h5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 replications"), std::string::npos) << r.out;
  // A KPI row: name, mean [95% interval], units.
  const std::regex row(R"(^charge_rate +[0-9.]+% \[-?[0-9.]+%, [0-9.]+%\] +share$)");
  bool found = false;
  for (const auto& line : lines_with(r.out, "charge_rate")) found |= std::regex_match(line, row);
  EXPECT_TRUE(found) << r.out;
  EXPECT_FALSE(lines_with(r.out, "crown_open_at_horizon").empty()) << r.out;
  // Quiet: stderr is not a terminal here, so no progress at all.
  EXPECT_EQ(r.err, "");
}

TEST(Run, ReplicationsFromTheCommandLine) {
  TempDir dir;
  const Outcome r = cjsim({"run", kSmall, "--replications", "5", "--out", "five.h5"}, dir.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_EQ(integer_field(dir / "five.h5", "/runs", "replication"),
            (std::vector<long long>{0, 1, 2, 3, 4}));
  EXPECT_EQ(integer_attribute(dir / "five.h5", "/", "replications"), 5);
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"five.h5"}));  // no parts left
}

TEST(Run, NeverReplacesAnExistingFileWithoutForce) {
  TempDir dir;
  const fs::path file = dir / "r.h5";
  ASSERT_EQ(cjsim({"run", kSmall, "--out", "r.h5"}, dir.path()).exit_status, 0);
  const std::string bytes = read_text(file);
  const auto written = fs::last_write_time(file);

  const Outcome again = cjsim({"run", kSmall, "--out", "r.h5", "--seed", "7"}, dir.path());
  EXPECT_EQ(again.exit_status, 2) << again.describe();
  EXPECT_NE(again.err.find("r.h5 exists"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
  EXPECT_EQ(read_text(file), bytes);
  EXPECT_EQ(fs::last_write_time(file), written);
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"r.h5"}));  // no parts, no temporaries

  // Not even a file that is not a result.
  write_text(dir / "notes.h5", "keep me\n");
  EXPECT_EQ(cjsim({"run", kSmall, "--out", "notes.h5"}, dir.path()).exit_status, 2);
  EXPECT_EQ(read_text(dir / "notes.h5"), "keep me\n");

  // With --force it is replaced (another seed, so other data).
  const Outcome forced =
      cjsim({"run", kSmall, "--out", "r.h5", "--seed", "7", "--force"}, dir.path());
  ASSERT_EQ(forced.exit_status, 0) << forced.describe();
  EXPECT_EQ(integer_attribute(file, "/", "seed"), 7);
  EXPECT_TRUE(temporaries_under(dir.path()).empty());
}

TEST(Run, SetOverridesAScenarioKey) {
  TempDir dir;
  const Outcome r = cjsim(
      {"run", kSmall, "--set", "crown.sitting_days_scale=1.1", "--out", "more.h5"}, dir.path());
  ASSERT_EQ(r.exit_status, 0) << r.describe();
  const std::string resolved = string_dataset(dir / "more.h5", "/scenario");
  EXPECT_NE(resolved.find("sitting_days_scale: 1.1"), std::string::npos) << resolved;
  EXPECT_NE(string_attribute(dir / "more.h5", "/", "command_line")
                .find("--set crown.sitting_days_scale=1.1"),
            std::string::npos);
}

}  // namespace
}  // namespace clitest

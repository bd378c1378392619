// A sweep killed part way (SIGKILL to its whole process group: no clean-up at all, as when a
// machine or a batch job dies) resumes with the same command: the finished runs are kept and not
// redone, the rest run, and the file is the one an uninterrupted sweep writes.
#include <signal.h>

#include <gtest/gtest.h>

#include <cstdio>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

TEST(SweepResume, KilledSweepResumesToTheSameData) {
  TempDir dir;
  // Longer, busier runs than the sweep file's (about a tenth of a second each), so that the kill
  // lands part way through the 12 runs.
  const std::vector<std::string> args = {"sweep",  test_scenario("sweep.yaml").string(),
                                         "--set",  "horizon_days=730",
                                         "--set",  "offence_groups.violence.reports_per_year=30000",
                                         "--jobs", "1",
                                         "--out",  "out/s.h5"};
  const fs::path parts = dir / "out/s.h5.parts";
  Process process(cjsim_command(args, dir.path()));
  ASSERT_TRUE(wait_until([&] { return finished_parts(parts).size() >= 3; }, 120s));
  process.signal_group(SIGKILL);
  const Outcome killed = process.wait();
  ASSERT_EQ(killed.signal, SIGKILL) << killed.describe();
  EXPECT_FALSE(fs::exists(dir / "out/s.h5"));
  const auto kept = finished_parts(parts);
  ASSERT_GE(kept.size(), 3u);
  ASSERT_LT(kept.size(), 12u) << "the sweep ended before the kill";

  // The same command again; if a kept run ran again, it would crash.
  int point = -1, replication = -1;
  ASSERT_EQ(std::sscanf(kept.back().c_str(), "p%d-r%d.h5", &point, &replication), 2);
  const std::string fault = "crash:" + std::to_string(point) + ":" + std::to_string(replication);
  const Outcome resumed = cjsim(args, dir.path(), {{"CJSIM_FAULT", fault}});
  ASSERT_EQ(resumed.exit_status, 0) << resumed.describe();
  EXPECT_NE(resumed.err.find("(" + std::to_string(kept.size()) + " resumed)"), std::string::npos)
      << resumed.err;
  EXPECT_FALSE(fs::exists(parts));
  EXPECT_TRUE(fs::exists(dir / "out/s.h5"));

  std::vector<std::string> clean = args;
  clean[7] = "2";  // --jobs
  clean.back() = "clean.h5";
  const Outcome uninterrupted = cjsim(clean, dir.path());
  ASSERT_EQ(uninterrupted.exit_status, 0) << uninterrupted.describe();
  const auto differences = data_differences(dir / "out/s.h5", dir / "clean.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
}

// Parts made by another command are never mixed in: a different sweep into the same output
// refuses to start (exit 2) unless told to start again with --force.
TEST(SweepResume, PartsOfAnotherCommandAreNotMixedIn) {
  TempDir dir;
  const std::string sweep = test_scenario("sweep.yaml").string();
  const Outcome failed =
      cjsim({"sweep", sweep, "--out", "s.h5"}, dir.path(), {{"CJSIM_FAULT", "throw:0:0"}});
  ASSERT_EQ(failed.exit_status, 1) << failed.describe();
  const Outcome other = cjsim({"sweep", sweep, "--seed", "5", "--out", "s.h5"}, dir.path());
  EXPECT_EQ(other.exit_status, 2) << other.describe();
  EXPECT_NE(other.err.find("another scenario or other settings"), std::string::npos) << other.err;
  EXPECT_FALSE(fs::exists(dir / "s.h5"));
  const Outcome forced =
      cjsim({"sweep", sweep, "--seed", "5", "--out", "s.h5", "--force"}, dir.path());
  ASSERT_EQ(forced.exit_status, 0) << forced.describe();
  EXPECT_EQ(integer_attribute(dir / "s.h5", "/", "seed"), 5);
}

}  // namespace
}  // namespace clitest

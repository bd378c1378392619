// An interrupted run (Ctrl-C, or SIGTERM from a batch system) exits 130 and never leaves a file
// under the final name; its finished runs stay in <out>.parts/, and the same command again
// resumes without redoing them and gives the data of an uninterrupted run. The bundled baseline
// is used because its runs take long enough (about two seconds each) to interrupt mid-way.
#include <signal.h>

#include <gtest/gtest.h>

#include <cstdio>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

bool worker_writing(const fs::path& parts) {
  return !temporaries_under(parts).empty();
}

// The baseline, copied into the test's folder: every command of a test reads the same text.
std::string baseline_copy(const TempDir& dir) {
  fs::copy_file(baseline_scenario(), dir / "baseline.yaml");
  return (dir / "baseline.yaml").string();
}

TEST(Interrupt, CtrlCThenTheSameCommandResumesToTheSameData) {
  TempDir dir;
  const std::string baseline = baseline_copy(dir);
  const std::vector<std::string> args = {"run",    baseline, "--replications", "5",
                                         "--jobs", "1",      "--out",          "out/baseline.h5"};
  const fs::path result = dir / "out/baseline.h5";
  const fs::path parts = dir / "out/baseline.h5.parts";
  Process process(cjsim_command(args, dir.path()));
  // Two runs done and the third one writing its part.
  ASSERT_TRUE(
      wait_until([&] { return finished_parts(parts).size() >= 2 && worker_writing(parts); }, 120s));
  process.signal_group(SIGINT);
  const Outcome stopped = process.wait();
  EXPECT_EQ(stopped.exit_status, 130) << stopped.describe();
  EXPECT_FALSE(stopped.left_processes);
  EXPECT_NE(stopped.err.find("interrupted"), std::string::npos) << stopped.err;
  EXPECT_FALSE(fs::exists(result));
  // The result's temporary is gone; only the parts folder is left (a killed worker's temporary
  // part may be in it: the next command clears it).
  ASSERT_FALSE(tree(dir / "out").empty());
  for (const auto& entry : tree(dir / "out")) {
    EXPECT_TRUE(entry.starts_with("baseline.h5.parts")) << entry;
  }
  const auto kept = finished_parts(parts);
  ASSERT_GE(kept.size(), 2u);
  ASSERT_LT(kept.size(), 5u) << "the run was not interrupted part way";

  // The same command again. Replication 0 is kept, so if it ran again it would crash: the
  // command would fail.
  int point = -1, replication = -1;
  ASSERT_EQ(std::sscanf(kept.front().c_str(), "p%d-r%d.h5", &point, &replication), 2);
  const std::string fault = "crash:" + std::to_string(point) + ":" + std::to_string(replication);
  const Outcome resumed = cjsim(args, dir.path(), {{"CJSIM_FAULT", fault}});
  ASSERT_EQ(resumed.exit_status, 0) << resumed.describe();
  EXPECT_EQ(tree(dir / "out"), (std::vector<std::string>{"baseline.h5"}));

  // The data of an uninterrupted run (made with two workers: the order of runs does not matter).
  const Outcome clean = cjsim(
      {"run", baseline, "--replications", "5", "--jobs", "2", "--out", "clean.h5"}, dir.path());
  ASSERT_EQ(clean.exit_status, 0) << clean.describe();
  const auto differences = data_differences(result, dir / "clean.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
}

// SIGTERM to the whole group (workers die with the command) or to the command alone (it stops
// its workers itself).
TEST(Interrupt, SigtermStopsTheRunWithoutAFile) {
  for (const bool whole_group : {true, false}) {
    SCOPED_TRACE(whole_group ? "SIGTERM to the process group" : "SIGTERM to cjsim alone");
    TempDir dir;
    Process process(cjsim_command(
        {"run", baseline_copy(dir), "--replications", "4", "--jobs", "2", "--out", "out/b.h5"},
        dir.path()));
    ASSERT_TRUE(wait_until([&] { return worker_writing(dir / "out/b.h5.parts"); }, 120s));
    if (whole_group) {
      process.signal_group(SIGTERM);
    } else {
      process.signal_leader(SIGTERM);
    }
    const Outcome stopped = process.wait();
    EXPECT_EQ(stopped.exit_status, 130) << stopped.describe();
    EXPECT_FALSE(stopped.left_processes);
    EXPECT_FALSE(fs::exists(dir / "out/b.h5"));
    for (const auto& entry : tree(dir / "out")) {
      EXPECT_TRUE(entry.starts_with("b.h5.parts")) << entry;
    }
  }
}

}  // namespace
}  // namespace clitest

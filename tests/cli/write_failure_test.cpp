// A write failure during a run is reported and the command exits 1, with no result file and no
// temporary left beside it; its workers do not outlive it. The failure is made with a file size
// limit (`ulimit -f`, SIGXFSZ ignored): writes then fail with EFBIG, as they would on a full disk.
// A read-only output folder is refused too (as another user when the tests run as root).
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

// cjsim `args` under a file size limit of `kib` KiB.
Outcome cjsim_with_file_limit(int kib, const std::vector<std::string>& args, const fs::path& cwd) {
  Command c;
  c.argv = {"/bin/bash", "-c",
            "trap '' XFSZ; ulimit -f " + std::to_string(kib) + "; exec \"$0\" \"$@\"",
            cjsim_binary().string()};
  c.argv.insert(c.argv.end(), args.begin(), args.end());
  c.cwd = cwd;
  return run(c);
}

// Each part fits under the limit, the merged file does not: the merge fails while workers still
// run (they must not outlive the command). The same command without the limit then finishes.
TEST(WriteFailure, ResultTooLargeIsReportedAndLeavesNoFile) {
  TempDir dir;
  // A run's part holds its cases uncompressed (~19 MB for busy.yaml); the result compresses them
  // (~2 MB a run). With 25 MB allowed every part fits, and the result outgrows the limit after
  // about a dozen of the 20 runs have been merged, while workers are still running.
  const std::vector<std::string> args = {"run",
                                         test_scenario("busy.yaml").string(),
                                         "--replications",
                                         "20",
                                         "--jobs",
                                         "2",
                                         "--out",
                                         "out/r.h5"};
  const Outcome r = cjsim_with_file_limit(25000, args, dir.path());
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_FALSE(r.left_processes) << "workers outlived the command";
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("out/r.h5.tmp-"), std::string::npos) << r.err;
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  // Nothing beside the parts kept for the next attempt.
  ASSERT_FALSE(tree(dir / "out").empty());
  for (const auto& entry : tree(dir / "out")) {
    EXPECT_TRUE(entry.starts_with("r.h5.parts")) << entry;
  }

  const Outcome retry = cjsim(args, dir.path());
  ASSERT_EQ(retry.exit_status, 0) << retry.describe();
  EXPECT_EQ(tree(dir / "out"), (std::vector<std::string>{"r.h5"}));
  std::vector<std::string> clean_args = args;
  clean_args.back() = "clean.h5";
  ASSERT_EQ(cjsim(clean_args, dir.path()).exit_status, 0);
  const auto differences = data_differences(dir / "out/r.h5", dir / "clean.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
}

// Not even one run's part fits: every run fails and says why.
TEST(WriteFailure, PartsTooLargeFailEveryRunWithItsReason) {
  TempDir dir;
  const Outcome r = cjsim_with_file_limit(
      20, {"run", test_scenario("small.yaml").string(), "--jobs", "2", "--out", "out/r.h5"},
      dir.path());
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_FALSE(r.left_processes);
  EXPECT_NE(r.err.find("3 of 3 runs failed"), std::string::npos) << r.err;
  for (const char* run : {"replication 0: ", "replication 1: ", "replication 2: "}) {
    const auto lines = lines_with(r.err, run);
    ASSERT_EQ(lines.size(), 1u) << r.err;
    EXPECT_NE(lines[0].find("point 0"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("File too large"), std::string::npos) << lines[0];
  }
  EXPECT_FALSE(fs::exists(dir / "out/r.h5"));
  EXPECT_TRUE(temporaries_under(dir.path()).empty()) << joined(tree(dir.path()));
}

// A folder the user may not write to: reported, exit 1, nothing created.
TEST(WriteFailure, ReadOnlyOutputFolder) {
  TempDir dir;
  fs::create_directories(dir / "out");
  ::chmod((dir / "out").c_str(), 0555);
  Command c =
      cjsim_command({"run", test_scenario("small.yaml").string(), "--out", "out/r.h5"}, dir.path());
  if (::geteuid() == 0) {
    // Root writes anywhere: run as nobody.
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "running as root and no setpriv";
    c.argv.insert(c.argv.begin(),
                  {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  }
  const Outcome r = run(c);
  ::chmod((dir / "out").c_str(), 0755);
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("out/r.h5"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
  EXPECT_TRUE(tree(dir / "out").empty()) << joined(tree(dir / "out"));
}

}  // namespace
}  // namespace clitest

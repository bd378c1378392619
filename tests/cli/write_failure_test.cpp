// A write failure during a run is reported and the command exits 1, with no result file and no
// temporary left beside it; its workers do not outlive it. The failure is made with a file size
// limit (`ulimit -f`, SIGXFSZ ignored): writes then fail with EFBIG, as they would on a full disk.
// (A read-only folder would not do: these tests may run as root.)
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

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

// Each part fits under the limit, the merged file does not: the merge fails while workers still
// run. The same command without the limit then finishes the job.
TEST(WriteFailure, ResultTooLargeIsReportedAndLeavesNoFile) {
  TempDir dir;
  const std::vector<std::string> args = {"run",
                                         test_scenario("small.yaml").string(),
                                         "--set",
                                         "horizon_days=365",
                                         "--replications",
                                         "12",
                                         "--jobs",
                                         "2",
                                         "--out",
                                         "out/r.h5"};
  const Outcome r = cjsim_with_file_limit(400, args, dir.path());
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_FALSE(r.left_processes) << "workers outlived the command";
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("out/r.h5.tmp-"), std::string::npos) << r.err;
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  // Nothing beside the parts kept for the next attempt.
  EXPECT_EQ(tree(dir / "out").front(), "r.h5.parts");
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

}  // namespace
}  // namespace clitest

// The command line refuses what would hang, exhaust memory or write where it was not asked: a
// scenario too big to run (at check already), nonsense options, a scenario name that would leave
// results/, a second writer of the same result.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include "cli_support.hpp"

namespace clitest {
namespace {

TEST(Limits, HugeDemandIsRefusedAtCheck) {
  TempDir dir;
  const std::string huge = "offence_groups.violence.reports_per_year=1e8";
  const Outcome check =
      cjsim({"check", test_scenario("small.yaml").string(), "--set", huge}, dir.path());
  EXPECT_EQ(check.exit_status, 2) << check.describe();
  EXPECT_NE(check.err.find("cases a run (--max-cases raises it)"), std::string::npos) << check.err;
  EXPECT_EQ(count_lines(check.err), 1u) << check.err;
  const Outcome run = cjsim(
      {"run", test_scenario("small.yaml").string(), "--set", huge, "--out", "x.h5"}, dir.path());
  EXPECT_EQ(run.exit_status, 2) << run.describe();
  EXPECT_TRUE(tree(dir.path()).empty()) << joined(tree(dir.path()));
  // Raised on purpose, it passes.
  const Outcome allowed =
      cjsim({"check", test_scenario("small.yaml").string(), "--set", huge, "--max-cases", "1e9"},
            dir.path());
  EXPECT_EQ(allowed.exit_status, 0) << allowed.describe();
}

TEST(Limits, ValuesAboveTheirCeilingAreRefusedAtCheck) {
  for (const char* set :
       {"crown.sitting_days_scale=1e308", "initial_state.crown.count=1000000000000",
        "crown.trial_days={dist: fixed, value: 1e308}",
        "offence_groups.violence.reports_per_year=1e12"}) {
    const Outcome r = cjsim({"check", test_scenario("small.yaml").string(), "--set", set});
    EXPECT_EQ(r.exit_status, 2) << set << ": " << r.describe();
    EXPECT_NE(r.err.find("above the limit"), std::string::npos) << set << ": " << r.err;
  }
}

TEST(Options, JobsZeroIsRefused) {
  TempDir dir;
  const Outcome r = cjsim(
      {"run", test_scenario("small.yaml").string(), "--jobs", "0", "--out", "x.h5"}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_EQ(r.err, "cjsim run: --jobs: got 0, expected a number >= 1\n");
  EXPECT_TRUE(tree(dir.path()).empty()) << joined(tree(dir.path()));
}

TEST(Options, ReplicationsZeroIsAnOptionError) {
  TempDir dir;
  const Outcome r =
      cjsim({"run", test_scenario("small.yaml").string(), "--replications", "0", "--out", "x.h5"},
            dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_EQ(r.err, "cjsim run: --replications: got 0, expected an integer in [1, 10000]\n");
}

TEST(Paths, ScenarioNameCannotLeaveResults) {
  TempDir dir;
  for (const char* name : {"../../escaped", "/tmp/absolute", "a/b/c", "new\\nline"}) {
    fs::remove_all(dir / "results");
    write_text(dir / "named.yaml", "extends: " + test_scenario("small.yaml").string() +
                                       "\nname: \"" + name + "\"\nreplications: 1\n");
    const Outcome r = cjsim({"run", "named.yaml", "--allow-extends-anywhere"}, dir.path());
    ASSERT_EQ(r.exit_status, 0) << name << ": " << r.describe();
    // One file, directly in results/, named of letters, digits, - _ and . only.
    const auto files = tree(dir.path());
    ASSERT_EQ(files.size(), 3u) << name << ":\n" << joined(files);
    EXPECT_EQ(files[0], "named.yaml");
    EXPECT_EQ(files[1], "results");
    const std::string result = files[2].substr(std::string("results/").size());
    EXPECT_EQ(files[2].rfind("results/", 0), 0u) << files[2];
    EXPECT_EQ(result.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                       "0123456789-_."),
              std::string::npos)
        << result;
    EXPECT_NE(result.front(), '.') << result;
  }
  EXPECT_FALSE(fs::exists("/tmp/absolute.h5"));
}

TEST(Paths, ExtendsOutsideTheFolderNeedsTheOption) {
  TempDir dir;
  write_text(dir / "child.yaml", "extends: " + test_scenario("small.yaml").string() + "\n");
  const Outcome r = cjsim({"check", "child.yaml"}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_NE(r.err.find("is outside"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--allow-extends-anywhere"), std::string::npos) << r.err;
  const Outcome allowed = cjsim({"check", "child.yaml", "--allow-extends-anywhere"}, dir.path());
  EXPECT_EQ(allowed.exit_status, 0) << allowed.describe();
}

TEST(Lock, SecondWriterRefused) {
  TempDir dir;
  // Another writer holds the lock of x.h5 (this test, as a running cjsim would).
  const int fd = ::open((dir / "x.h5.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  fs::create_directories(dir / "x.h5.parts");
  write_text(dir / "x.h5.parts" / "plan.txt", "the first writer's\n");
  const Outcome r =
      cjsim({"run", test_scenario("small.yaml").string(), "--out", "x.h5", "--force"}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_NE(r.err.find("x.h5 is being written by another cjsim"), std::string::npos) << r.err;
  // The first writer's files are as it left them.
  EXPECT_EQ(read_text(dir / "x.h5.parts" / "plan.txt"), "the first writer's\n");
  EXPECT_FALSE(fs::exists(dir / "x.h5"));
  ::close(fd);
  // Released: the run goes ahead, and takes its lock file away when done.
  fs::remove_all(dir / "x.h5.parts");
  const Outcome after =
      cjsim({"run", test_scenario("small.yaml").string(), "--out", "x.h5"}, dir.path());
  EXPECT_EQ(after.exit_status, 0) << after.describe();
  EXPECT_FALSE(fs::exists(dir / "x.h5.lock"));
}

}  // namespace
}  // namespace clitest

// The helper every SimGrid test relies on: a child's result comes back whole, and a child that
// crashes, throws or is cut short is reported as a failure, never as an empty success.
#include "tests/sim/child_process.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <stdexcept>
#include <vector>

namespace {

TEST(ChildProcess, ReturnsEverythingTheChildProduced) {
  // More than a pipe holds at once, so the parent must read while the child writes.
  std::vector<double> expected(300000);
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = 0.5 * static_cast<double>(i);
  const auto child = simtest::run_in_child([&] { return expected; });
  ASSERT_TRUE(child.ok) << child.failure;
  EXPECT_EQ(child.values, expected);
  const auto empty = simtest::run_in_child([] { return std::vector<double>{}; });
  ASSERT_TRUE(empty.ok) << empty.failure;
  EXPECT_TRUE(empty.values.empty());
}

TEST(ChildProcess, ReportsACrash) {
  const auto child = simtest::run_in_child([]() -> std::vector<double> {
    kill(getpid(), SIGKILL);  // as abruptly as a crash, without leaving a core file
    return {1.0};
  });
  EXPECT_FALSE(child.ok);
  EXPECT_EQ(child.failure, "child was killed by signal 9");
}

TEST(ChildProcess, ReportsAnException) {
  const auto child = simtest::run_in_child(
      []() -> std::vector<double> { throw std::runtime_error("expected by the test"); });
  EXPECT_FALSE(child.ok);
  EXPECT_EQ(child.failure, "child exited with status 3");
}

TEST(ChildProcess, ReportsAnEarlyExit) {
  const auto child = simtest::run_in_child([]() -> std::vector<double> { _exit(0); });
  EXPECT_FALSE(child.ok);
  EXPECT_EQ(child.failure, "child wrote no result");
}

TEST(ChildProcess, RunsAProgram) {
  const auto r = simtest::run_program("/bin/sh", {"-c", "echo out; echo err >&2; exit 3"});
  EXPECT_EQ(r.exit_status, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
}

}  // namespace

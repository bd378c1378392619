// cjsim-bench on bad input: exit status 2 and one line on stderr naming the value and what was
// expected, never a crash or a run. And on good input, a run that prints its key=value lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/sim/child_process.hpp"

namespace {

simtest::ProgramResult bench(const std::vector<std::string>& args) {
  return simtest::run_program(CJSIM_BENCH_PATH, args);
}

struct BadInput {
  std::vector<std::string> args;
  std::string value;     // the stderr line must quote it...
  std::string expected;  // ...and say what was expected
};

TEST(BenchCli, BadInputIsRefusedWithOneClearLine) {
  const std::vector<BadInput> cases{
      {{"--arrival-rate", "-1"}, "-1", "expected a finite number > 0"},
      {{"--arrival-rate=-0.5"}, "-0.5", "expected a finite number > 0"},
      {{"--servers", "0,10,5"}, "got 0", "expected whole numbers from 1 to 100,000"},
      {{"--servers", "20,2.5,5"}, "got 2.5", "expected whole numbers from 1 to 100,000"},
      {{"--servers", "1e20,10,5"}, "got 1e+20", "expected whole numbers from 1 to 100,000"},
      {{"--servers", "20,10"}, "'20,10'", "expected 3 comma-separated numbers"},
      {{"--priority-share", "1.5"}, "1.5", "expected a probability in [0, 1]"},
      {{"--engine", "foo"}, "'foo'", "expected native or simgrid"},
      {{"--cases", "0"}, "got 0", "expected a whole number >= 1"},
      {{"--cases", "abc"}, "abc", "expected a whole number"},
      {{"--arrival-rate", "fast"}, "fast", "expected a number"},
      {{"--cases", "1.5"}, "1.5", "expected a whole number"},
      {{"--service-means", "17,x,4"}, "'x'", "expected a number"},
      {{"--patience-mean", "0"}, "got 0", "expected a finite number > 0"},
      {{"--seed", "-3"}, "got -3", "expected a whole number >= 0"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args{"cj3"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    // Small, in case a bad value were accepted and the benchmark ran.
    if (c.args[0] != "--cases") args.insert(args.end(), {"--cases", "10"});
    const auto r = bench(args);
    const std::string shown = ::testing::PrintToString(c.args);
    EXPECT_EQ(r.exit_status, 2) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(r.err.rfind("cjsim-bench cj3: ", 0), 0u) << shown << "\nstderr: " << r.err;
    EXPECT_NE(r.err.find(c.value), std::string::npos) << shown << "\nstderr: " << r.err;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(r.out, "") << shown;  // nothing ran
  }
}

TEST(BenchCli, UnknownWorkloadAndNoArguments) {
  const auto unknown = bench({"cj4"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("unknown workload 'cj4'"), std::string::npos) << unknown.err;
  const auto none = bench({});
  EXPECT_EQ(none.exit_status, 2);
  EXPECT_NE(none.err.find("usage:"), std::string::npos) << none.err;
}

TEST(BenchCli, SweepAndDemandScaleRefuseBadInput) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"sweep", "--jobs", "1"},
           {"sweep", "--runs", "0"},
           {"scenario", CJSIM_SOURCE_DIR "/scenarios/test/small.yaml", "--demand-scale", "1,x"},
           {"scenario", CJSIM_SOURCE_DIR "/scenarios/test/small.yaml", "--demand-scale", "0"}}) {
    const auto r = bench(args);
    const std::string shown = ::testing::PrintToString(args);
    EXPECT_EQ(r.exit_status, 2) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << shown << "\nstderr: " << r.err;
    EXPECT_NE(r.err.find(args[args.size() - 2]), std::string::npos) << shown << ": " << r.err;
    EXPECT_EQ(r.out.find("_over_first"), std::string::npos) << shown;  // nothing ran
  }
}

TEST(BenchCli, GoodInputRunsAndPrintsTheTheoryBeside) {
  const auto r = bench({"cj3", "--cases", "2000", "--seed", "3"});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  for (const char* line :
       {"cases=2000\n", "engine=native\n", "kernel_events=8000\n", "w1_erlang_c=2.1820\n",
        "w2_priority_cobham=0.4922\n", "w2_normal_cobham=3.2815\n", "p_renege_erlang_a=0.0873\n",
        "w3_erlang_a=0.8729\n"}) {
    EXPECT_NE(r.out.find(line), std::string::npos) << line << " missing from:\n" << r.out;
  }
}

// The lines that do not depend on the machine: everything but timings and memory.
std::vector<std::string> statistics_lines(const std::string& out) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    const std::string line = out.substr(start, end - start);
    const bool machine = line.rfind("wall_seconds=", 0) == 0 ||
                         line.rfind("cpu_seconds=", 0) == 0 ||
                         line.rfind("model_events_per_second=", 0) == 0 ||
                         line.rfind("limit_", 0) == 0 || line.rfind("speed_vs_limit=", 0) == 0 ||
                         line.rfind("peak_rss_mb=", 0) == 0 || line.rfind("engine=", 0) == 0;
    if (!machine) lines.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

TEST(BenchCli, BothEnginesPrintTheSameStatistics) {
  const auto native = bench({"cj3", "--cases", "3000", "--seed", "5"});
  const auto simgrid = bench({"cj3", "--cases", "3000", "--seed", "5", "--engine", "simgrid"});
  ASSERT_EQ(native.exit_status, 0) << native.err;
  ASSERT_EQ(simgrid.exit_status, 0) << simgrid.err;
  EXPECT_NE(simgrid.out.find("engine=simgrid\n"), std::string::npos) << simgrid.out;
  EXPECT_EQ(statistics_lines(native.out).size(), 12u) << native.out;
  EXPECT_EQ(statistics_lines(native.out), statistics_lines(simgrid.out));
}

}  // namespace

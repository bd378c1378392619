// cjsim-bench diary: on a court-sized workload the old and the new diary book every request to the
// same day and session (the benchmark checks it and says so), and bad input is refused with one
// line. Its timings are figures to read, never asserted here.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/sim/child_process.hpp"

namespace {

simtest::ProgramResult bench(const std::vector<std::string>& args) {
  return simtest::run_program(CJSIM_BENCH_PATH, args);
}

TEST(DiaryBench, TheOldAndTheNewDiaryBookTheSame) {
  const auto r = bench({"diary", "--scales", "1,2", "--repeats", "1"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.out.find("x1_same_bookings=yes\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("x2_same_bookings=yes\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("x2_days=3652\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("new_x2_over_x1="), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("old_x2_over_x1="), std::string::npos) << r.out;
}

TEST(DiaryBench, BadInputIsRefusedWithOneClearLine) {
  const std::vector<std::vector<std::string>> cases{
      {"--scales", "0"},  {"--scales", "1,x"}, {"--scales", ""},
      {"--repeats", "0"}, {"--demand", "-1"},  {"--seed", "-2"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args{"diary"};
    args.insert(args.end(), c.begin(), c.end());
    const auto r = bench(args);
    const std::string shown = ::testing::PrintToString(c);
    EXPECT_EQ(r.exit_status, 2) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(r.err.rfind("cjsim-bench diary: ", 0), 0u) << shown << "\nstderr: " << r.err;
    EXPECT_EQ(r.out, "") << shown;
  }
}

}  // namespace

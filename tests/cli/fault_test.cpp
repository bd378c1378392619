// A run that fails (CJSIM_FAULT makes one throw or crash) is reported with its point, replication
// and reason; the other runs go on and are kept; the command exits 1 and lists the failures. The
// same command without the fault then completes with the data of a clean run.
#include <gtest/gtest.h>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

struct Fault {
  const char* hook;    // CJSIM_FAULT
  const char* reason;  // what the report says
};

void PrintTo(const Fault& fault, std::ostream* os) {
  *os << fault.hook;
}

class RunFault : public ::testing::TestWithParam<Fault> {};

TEST_P(RunFault, IsReportedTheOthersContinueAndARerunCompletes) {
  TempDir dir;
  const std::vector<std::string> args = {
      "run", test_scenario("small.yaml").string(), "--jobs", "1", "--out", "r.h5"};
  const Outcome failed = cjsim(args, dir.path(), {{"CJSIM_FAULT", GetParam().hook}});
  EXPECT_EQ(failed.exit_status, 1) << failed.describe();
  EXPECT_FALSE(failed.left_processes);
  EXPECT_NE(failed.err.find("1 of 3 runs failed"), std::string::npos) << failed.err;
  const auto reported = lines_with(failed.err, "replication 1: ");
  ASSERT_EQ(reported.size(), 1u) << failed.err;
  EXPECT_NE(reported[0].find("point 0 (baseline)"), std::string::npos) << reported[0];
  EXPECT_NE(reported[0].find(GetParam().reason), std::string::npos) << reported[0];
  // Replication 2 ran after the failure of replication 1; both good runs are kept.
  EXPECT_FALSE(fs::exists(dir / "r.h5"));
  EXPECT_EQ(finished_parts(dir / "r.h5.parts"),
            (std::vector<std::string>{"p0000-r0000.h5", "p0000-r0002.h5"}));

  const Outcome rerun = cjsim(args, dir.path());
  ASSERT_EQ(rerun.exit_status, 0) << rerun.describe();
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"r.h5"}));
  ASSERT_EQ(cjsim({"run", test_scenario("small.yaml").string(), "--out", "clean.h5"}, dir.path())
                .exit_status,
            0);
  const auto differences = data_differences(dir / "r.h5", dir / "clean.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
}

INSTANTIATE_TEST_SUITE_P(Faults, RunFault,
                         ::testing::Values(Fault{"throw:0:1",
                                                 "injected failure (CJSIM_FAULT=throw:0:1)"},
                                           Fault{"crash:0:1", "crashed: Segmentation fault"}),
                         [](const ::testing::TestParamInfo<Fault>& info) {
                           return std::string(info.param.hook).substr(0, 5);
                         });

}  // namespace
}  // namespace clitest

// A sweep across two MPI ranks writes the same data as on a workstation. Runs when cjsim was
// built with MPI and a launcher was found (CJSIM_TEST_MPIEXEC); skipped otherwise.
#include <unistd.h>

#include <gtest/gtest.h>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

TEST(Mpi, SweepOnTwoRanksWritesTheWorkstationData) {
#ifndef CJSIM_TEST_MPIEXEC
  GTEST_SKIP() << "cjsim was built without MPI, or no mpiexec was found: nothing to test";
#else
  Command ask;
  ask.argv = {CJSIM_TEST_MPIEXEC, "--version"};
  const Outcome version = run(ask);
  const std::string says = version.out + version.err;
  if (says.find("OpenRTE") == std::string::npos && says.find("Open MPI") == std::string::npos) {
    GTEST_SKIP() << CJSIM_TEST_MPIEXEC << " is not Open MPI's, whose options this test uses";
  }
  TempDir dir;
  const std::string sweep = test_scenario("sweep.yaml").string();
  Command mpi;
  mpi.argv = {CJSIM_TEST_MPIEXEC, "-n", "2", "--oversubscribe"};
  if (::geteuid() == 0) mpi.argv.push_back("--allow-run-as-root");  // Open MPI refuses otherwise
  for (const std::string& a : {cjsim_binary().string(), std::string("sweep"), sweep,
                               std::string("--out"), std::string("mpi.h5")}) {
    mpi.argv.push_back(a);
  }
  mpi.cwd = dir.path();
  const Outcome ranks = run(mpi);
  ASSERT_EQ(ranks.exit_status, 0) << ranks.describe();
  EXPECT_NE(ranks.out.find("wrote mpi.h5"), std::string::npos) << ranks.out;
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"mpi.h5"}));

  const Outcome workstation = cjsim({"sweep", sweep, "--out", "local.h5"}, dir.path());
  ASSERT_EQ(workstation.exit_status, 0) << workstation.describe();
  const auto differences = data_differences(dir / "mpi.h5", dir / "local.h5");
  EXPECT_TRUE(differences.empty()) << joined(differences);
#endif
}

}  // namespace
}  // namespace clitest

// The light process: commands that do not simulate load neither SimGrid nor MPI (read from the
// dynamic loader's own record, LD_DEBUG=files), a run on SimGrid loads its module, and a cjsim
// whose modules are missing says so in one line naming where it looked, and fails (status 1)
// before writing anything.
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace clitest {
namespace {

const std::string kSmall = test_scenario("small.yaml").string();

// Every shared object the program (and any worker it forked) opened, from LD_DEBUG=files lines
// ("  1234:  file=libc.so.6 [0];  needed by ...").
std::vector<std::string> opened(const std::string& ld_debug) {
  std::vector<std::string> files;
  for (const std::string& line : lines_with(ld_debug, "file=")) {
    const std::size_t start = line.find("file=") + 5;
    files.push_back(line.substr(start, line.find(' ', start) - start));
  }
  return files;
}

std::vector<std::string> heavy(const std::vector<std::string>& files) {
  std::vector<std::string> found;
  for (const std::string& f : files) {
    for (const char* name : {"simgrid", "libns3", "libmpi", "hwloc", "libcjsim-"}) {
      if (f.find(name) != std::string::npos) found.push_back(f);
    }
  }
  return found;
}

TEST(ProcessSplit, CommandsThatDoNotSimulateLoadNeitherSimGridNorMpi) {
  TempDir dir;
  ASSERT_EQ(cjsim({"run", kSmall, "--replications", "2", "--out", "a.h5"}, dir.path()).exit_status,
            0);
  ASSERT_EQ(cjsim({"run", test_scenario("small-more-crown.yaml").string(), "--replications", "2",
                   "--out", "b.h5"},
                  dir.path())
                .exit_status,
            0);
  const std::vector<std::vector<std::string>> commands{
      {"--help"}, {"check", kSmall}, {"summary", "a.h5"}, {"compare", "a.h5", "b.h5"}};
  for (const auto& args : commands) {
    const Outcome r = cjsim(args, dir.path(), {{"LD_DEBUG", "files"}});
    ASSERT_EQ(r.exit_status, 0) << args[0] << ": " << r.describe();
    const auto files = opened(r.err);
    EXPECT_FALSE(lines_with(joined(files), "libc.so").empty()) << args[0] << ":\n" << r.err;
    EXPECT_TRUE(heavy(files).empty()) << args[0] << " loaded:\n" << joined(heavy(files));
  }
}

TEST(ProcessSplit, ARunOnSimGridLoadsItsModuleAndARunOnTheNativeEngineDoesNot) {
  TempDir dir;
  const Outcome simgrid =
      cjsim({"run", kSmall, "--replications", "1", "--engine", "simgrid", "--out", "s.h5"},
            dir.path(), {{"LD_DEBUG", "files"}});
  ASSERT_EQ(simgrid.exit_status, 0) << simgrid.describe();
  const std::string loaded = joined(opened(simgrid.err));
  EXPECT_FALSE(lines_with(loaded, "libcjsim-simgrid.so").empty()) << loaded;
  EXPECT_FALSE(lines_with(loaded, "libsimgrid").empty()) << loaded;

  const Outcome native = cjsim({"run", kSmall, "--replications", "1", "--out", "n.h5"}, dir.path(),
                               {{"LD_DEBUG", "files"}});
  ASSERT_EQ(native.exit_status, 0) << native.describe();
  EXPECT_TRUE(heavy(opened(native.err)).empty()) << joined(heavy(opened(native.err)));
}

// A copy of cjsim in a folder of its own, with no lib/cjsim beside it.
fs::path lone_copy(const TempDir& dir) {
  fs::create_directories(dir / "bin");
  fs::copy_file(cjsim_binary(), dir / "bin/cjsim");
  return dir / "bin/cjsim";
}

TEST(ProcessSplit, AMissingSimGridModuleIsOneLineSayingWhereItWasLookedFor) {
  TempDir dir;
  const fs::path copy = lone_copy(dir);
  const Outcome r =
      run({{copy.string(), "run", kSmall, "--engine", "simgrid", "--out", "s.h5"}, dir.path(), {}});
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  EXPECT_EQ(r.err.rfind("cjsim run: engine simgrid: cannot load ", 0), 0u) << r.err;
  const fs::path expected = fs::canonical(dir.path()) / "lib/cjsim/libcjsim-simgrid.so";
  EXPECT_NE(r.err.find(expected.string()), std::string::npos) << r.err;
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"bin", "bin/cjsim"}));  // nothing written

  // The native engine needs no module.
  const Outcome native = run({{copy.string(), "run", kSmall, "--out", "n.h5"}, dir.path(), {}});
  EXPECT_EQ(native.exit_status, 0) << native.describe();
}

TEST(ProcessSplit, AMissingMpiModuleUnderALauncherIsOneLineSayingWhereItWasLookedFor) {
#ifndef CJSIM_TEST_MPIEXEC
  GTEST_SKIP() << "cjsim was built without MPI: it has no MPI module to miss";
#else
  TempDir dir;
  const fs::path copy = lone_copy(dir);
  // PMIX_RANK is what tells cjsim that a launcher started it.
  const Outcome r =
      run({{copy.string(), "sweep", test_scenario("sweep.yaml").string(), "--out", "w.h5"},
           dir.path(),
           {{"PMIX_RANK", "0"}}});
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  const fs::path expected = fs::canonical(dir.path()) / "lib/cjsim/libcjsim-mpi.so";
  EXPECT_NE(r.err.find(expected.string()), std::string::npos) << r.err;
  EXPECT_EQ(tree(dir.path()), (std::vector<std::string>{"bin", "bin/cjsim"}));
#endif
}

}  // namespace
}  // namespace clitest

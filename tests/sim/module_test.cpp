// Modules (sim/module.hpp): where they are looked for, and what a missing one says.
#include "sim/module.hpp"

#include <gtest/gtest.h>

#include <string>

#include "sim/simgrid_engine.hpp"
#include "tests/sim/child_process.hpp"

namespace {

namespace fs = std::filesystem;

TEST(Module, LookedForInLibCjsimBesideTheProgramsFolder) {
  const fs::path program = fs::read_symlink("/proc/self/exe");
  EXPECT_EQ(sim::module_directory(), program.parent_path().parent_path() / "lib" / "cjsim");
  // The build puts the SimGrid back end there.
  EXPECT_TRUE(fs::exists(sim::module_directory() / sim::kSimGridModule));
}

TEST(Module, AMissingOneIsOneLineNamingWhatItWasForAndItsPath) {
  const fs::path path = sim::module_directory() / "libcjsim-no-such-module.so";
  try {
    sim::module_entry("libcjsim-no-such-module.so", "entry", sim::SymbolScope::local, "testing");
    FAIL() << "no exception";
  } catch (const sim::ModuleError& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind("testing: cannot load " + path.string() + " (", 0), 0u) << message;
    EXPECT_NE(message.find("No such file"), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(Module, AMissingEntryPointIsNamed) {
  // In a child: this loads SimGrid, which the other tests keep out of the test process.
  const auto child = simtest::run_in_child([] {
    try {
      sim::module_entry(sim::kSimGridModule, "no_such_entry", sim::SymbolScope::local, "testing");
    } catch (const sim::ModuleError& e) {
      return std::vector<double>{std::string(e.what()).find("has no entry point no_such_entry") !=
                                         std::string::npos
                                     ? 1.0
                                     : 2.0};
    }
    return std::vector<double>{0};
  });
  ASSERT_TRUE(child.ok) << child.failure;
  EXPECT_EQ(child.values, std::vector<double>{1});
}

}  // namespace

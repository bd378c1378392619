// Bad input to `cjsim run` exits 2 with a message that says where and what (FILE:LINE:COLUMN:
// key.path: ...), and creates nothing: no results folder, no parts, no file.
#include <gtest/gtest.h>

#include "bad_scenarios.hpp"
#include "cli_support.hpp"

namespace clitest {
namespace {

class BadScenarioRun : public ::testing::TestWithParam<BadScenario> {};

TEST_P(BadScenarioRun, ExitsTwoSaysWhereAndCreatesNothing) {
  TempDir dir;
  const BadScenario& bad = GetParam();
  const std::string file = std::string(bad.name) + ".yaml";
  write_text(dir / file, bad.text);
  const auto before = tree(dir.path());
  // The default output (results/...) and an explicit one in a folder not yet there.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"run", file},
        std::vector<std::string>{"run", file, "--out", "out/x.h5"}}) {
    const Outcome r = cjsim(args, dir.path());
    EXPECT_EQ(r.exit_status, 2) << r.describe();
    bool found = false;
    for (const auto& line : lines_with(r.err, file + ":")) found |= line.starts_with(bad.report);
    EXPECT_TRUE(found) << "expected a line starting with: " << bad.report << "\n" << r.err;
    EXPECT_NE(r.err.find("nothing was run or written"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(tree(dir.path()), before);
  }
}

INSTANTIATE_TEST_SUITE_P(Classes, BadScenarioRun, ::testing::ValuesIn(bad_scenarios()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BadInput, SetIsValidatedLikeTheFile) {
  TempDir dir;
  const std::string small = test_scenario("small.yaml").string();
  const Outcome r = cjsim({"run", small, "--set", "charging.triage.accept_first=2"}, dir.path());
  EXPECT_EQ(r.exit_status, 2) << r.describe();
  EXPECT_NE(r.err.find("--set:1:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("charging.triage.accept_first: 2 is not a probability"), std::string::npos)
      << r.err;
  // An unknown key names the key and suggests the right one.
  const Outcome typo = cjsim({"run", small, "--set", "crown.sitting_days_scale=1.1", "--set",
                              "charging.triage.accept_firts=0.5"},
                             dir.path());
  EXPECT_EQ(typo.exit_status, 2) << typo.describe();
  EXPECT_NE(typo.err.find("--set:2:"), std::string::npos) << typo.err;
  EXPECT_NE(typo.err.find("charging.triage.accept_firts: unknown key (did you mean accept_first?)"),
            std::string::npos)
      << typo.err;
  EXPECT_TRUE(tree(dir.path()).empty());
}

TEST(BadInput, CommandLineMistakesExitTwo) {
  TempDir dir;
  const std::string small = test_scenario("small.yaml").string();
  const std::vector<std::vector<std::string>> cases = {
      {"frobnicate"},                            // no such command
      {"run"},                                   // no scenario
      {"run", "missing.yaml"},                   // no such file
      {"run", small, "--no-such-option"},        // unknown option
      {"run", small, "--engine", "warp"},        // unknown engine
      {"run", small, "--trace", "everything"},   // unknown trace level
      {"run", small, "--replications", "many"},  // not a number
      {"sweep", small},                          // no sweep section
      {"summary"},                               // no file
      {"compare", "a.h5"},                       // one file, no points
  };
  for (const auto& args : cases) {
    const Outcome r = cjsim(args, dir.path());
    std::string line;
    for (const auto& a : args) line += a + " ";
    EXPECT_EQ(r.exit_status, 2) << line << "\n" << r.describe();
    EXPECT_FALSE(r.err.empty()) << line;
    EXPECT_EQ(r.err.find("terminate called"), std::string::npos) << line << r.err;
  }
  EXPECT_TRUE(tree(dir.path()).empty());
}

}  // namespace
}  // namespace clitest

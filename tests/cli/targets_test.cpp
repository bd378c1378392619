// cjsim targets on a result of the small scenario: exit 0 when every target is met, 1 when one is
// not, 2 for a malformed targets file (its problems as FILE:LINE:...).
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace clitest {
namespace {

// The small scenario accepts 90% of files at first submission and its CPS charges 80% of the
// files it decides on: figures a result must reproduce closely.
const char* kMet =
    "targets:\n"
    "  - name: files accepted at first submission\n"
    "    kpi: triage_accepted_first_rate\n"
    "    value: 0.9\n"
    "    tolerance: 0.05\n"
    "    source: small.yaml, charging.triage.accept_first\n"
    "  - name: CPS charge rate, violence\n"
    "    kpi: cps_charge_rate\n"
    "    group: violence\n"
    "    value: 0.8\n"
    "    tolerance_relative: 0.1\n"
    "    source: small.yaml, charging.decision.charge\n";

// The same and one that cannot be met: nearly every case convicted.
const std::string kMissed = std::string(kMet) +
                            "  - name: conviction rate\n"
                            "    kpi: conviction_rate\n"
                            "    value: 0.99\n"
                            "    tolerance: 0.005\n"
                            "    source: made up\n";

class Targets : public ::testing::Test {
 protected:
  void SetUp() override {
    const Outcome r =
        cjsim({"run", test_scenario("small.yaml").string(), "--out", "r.h5"}, dir_.path());
    ASSERT_EQ(r.exit_status, 0) << r.describe();
  }
  Outcome targets(const std::string& text) {
    write_text(dir_ / "targets.yaml", text);
    return cjsim({"targets", "r.h5", "--targets", "targets.yaml"}, dir_.path());
  }
  TempDir dir_;
};

TEST_F(Targets, AllMetExitsZero) {
  const Outcome r = targets(kMet);
  EXPECT_EQ(r.exit_status, 0) << r.describe();
  EXPECT_NE(r.out.find("2 of 2 targets met"), std::string::npos) << r.out;
  EXPECT_EQ(lines_with(r.out, " yes ").size(), 2u) << r.out;
}

TEST_F(Targets, OneMissedExitsOne) {
  const Outcome r = targets(kMissed);
  EXPECT_EQ(r.exit_status, 1) << r.describe();
  EXPECT_NE(r.out.find("2 of 3 targets met"), std::string::npos) << r.out;
  const auto missed = lines_with(r.out, " NO ");
  ASSERT_EQ(missed.size(), 1u) << r.out;
  EXPECT_TRUE(missed[0].starts_with("conviction rate")) << missed[0];
}

TEST_F(Targets, MalformedFileExitsTwoAndSaysWhere) {
  struct Case {
    std::string text;
    std::string report;  // a line of stderr starts with this
  };
  const std::vector<Case> cases = {
      {"targets:\n  - name: a\n    kpi: charge_rate\n    value: [0.5\n", "targets.yaml:5:"},
      {"targets:\n  - name: a\n    kpi: charge_rate\n    valeu: 0.5\n    tolerance: 0.1\n",
       "targets.yaml:4:"},
      {"targets:\n  - name: a\n    kpi: charge_rate\n    value: lots\n    tolerance: 0.1\n",
       "targets.yaml:4:"},
      {"targets:\n  - name: a\n    kpi: charge_rate\n    value: 0.5\n    tolerance: -1\n",
       "targets.yaml:"},
  };
  for (const auto& c : cases) {
    const Outcome r = targets(c.text);
    EXPECT_EQ(r.exit_status, 2) << c.text << r.describe();
    bool found = false;
    for (const auto& line : lines_with(r.err, "targets.yaml:")) found |= line.starts_with(c.report);
    EXPECT_TRUE(found) << "expected " << c.report << "\n" << r.err;
  }
  // A KPI the result does not have, a group it does not have, a missing targets file.
  for (const std::string& text :
       {std::string("targets:\n  - {name: a, kpi: no_such_kpi, value: 1, tolerance: 1}\n"),
        std::string("targets:\n  - {name: a, kpi: charge_rate, group: rape, value: 1, "
                    "tolerance: 1}\n")}) {
    const Outcome r = targets(text);
    EXPECT_EQ(r.exit_status, 2) << text << r.describe();
  }
  const Outcome missing = cjsim({"targets", "r.h5", "--targets", "nowhere.yaml"}, dir_.path());
  EXPECT_EQ(missing.exit_status, 2) << missing.describe();
}

}  // namespace
}  // namespace clitest

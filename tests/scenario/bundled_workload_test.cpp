// The bundled West Yorkshire scenarios load, and the workload pools in them say what they should:
// the baseline's police and CPS teams cover every offence group once, and the what-if that adds
// CPS lawyers changes only the RASSO unit's FTE and the EIA uptake.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"

namespace cj::scenario {
namespace {

namespace fs = std::filesystem;

fs::path bundled(const std::string& name) {
  return fs::path(CJSIM_SOURCE_DIR) / "scenarios" / "west-yorkshire" / name;
}

Scenario load(const std::string& name) {
  const Loaded loaded = load_file(bundled(name).string());
  EXPECT_TRUE(loaded.scenario) << testing::all_problems(loaded);
  if (!loaded.scenario) return Scenario{};
  return *loaded.scenario;
}

TEST(BundledScenarios, EveryScenarioLoads) {
  for (const auto& entry : fs::directory_iterator(bundled(""))) {
    if (entry.path().extension() != ".yaml" || entry.path().filename() == "targets.yaml") {
      continue;
    }
    const Loaded loaded = load_file(entry.path().string());
    EXPECT_TRUE(loaded.scenario) << entry.path() << "\n" << testing::all_problems(loaded);
  }
}

TEST(BundledScenarios, BaselineTeamsServeEveryGroupOnce) {
  const Scenario s = load("baseline.yaml");
  ASSERT_EQ(s.investigation.teams.size(), 3u);
  ASSERT_EQ(s.charging.teams.size(), 2u);
  // One team in each stage takes the groups the others do not name; every team has work to do.
  int catch_all = 0;
  for (const PoliceTeam& t : s.investigation.teams) {
    catch_all += t.serves.empty();
    EXPECT_GT(t.fte.at(0), 0) << t.name;
    EXPECT_GT(t.investigation_hours, 0) << t.name;
  }
  EXPECT_EQ(catch_all, 1);
  catch_all = 0;
  for (const CpsTeam& t : s.charging.teams) {
    catch_all += t.serves.empty();
    EXPECT_GT(t.fte.at(0), 0) << t.name;
    EXPECT_GT(t.decision_hours, 0) << t.name;
  }
  EXPECT_EQ(catch_all, 1);
  ASSERT_TRUE(s.costs);
  EXPECT_GT(s.costs->cps_lawyer_hour, 0);
  EXPECT_GT(s.costs->investigator_hour, 0);
}

TEST(BundledScenarios, TheCpsLawyersWhatIfChangesOnlyTheRassoUnitAndUptake) {
  const Scenario base = load("baseline.yaml");
  const Scenario what_if = load("eia-uptake-60-cps-lawyers.yaml");
  EXPECT_EQ(base.charging.eia.uptake, 0.3);
  EXPECT_EQ(what_if.charging.eia.uptake, 0.6);
  ASSERT_EQ(what_if.charging.teams.size(), base.charging.teams.size());
  for (std::size_t i = 0; i < base.charging.teams.size(); ++i) {
    const CpsTeam& a = base.charging.teams[i];
    const CpsTeam& b = what_if.charging.teams[i];
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.decision_hours, b.decision_hours);
    EXPECT_EQ(a.eia_consultation_hours, b.eia_consultation_hours);
    if (a.name == "rasso") {
      EXPECT_GT(b.fte.at(0), a.fte.at(0));
    } else {
      EXPECT_EQ(b.fte.at(0), a.fte.at(0));
    }
  }
  ASSERT_EQ(what_if.investigation.teams.size(), base.investigation.teams.size());
  for (std::size_t i = 0; i < base.investigation.teams.size(); ++i) {
    EXPECT_EQ(what_if.investigation.teams[i].fte.at(0), base.investigation.teams[i].fte.at(0));
  }
}

}  // namespace
}  // namespace cj::scenario

// extends: merging a child over its base (maps by key, named lists by name, the rest replaced),
// chains of files, and missing or circular chains.
#include <gtest/gtest.h>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"
#include "tests/scenario/scenario_equal.hpp"

namespace cj::scenario {
namespace {

using sim::Distribution;
using testing::all_problems;
using testing::fixture;

TEST(Extends, MergesNamedListsByNameAndReplacesOtherValues) {
  const Loaded loaded = load_file(fixture("extends/child.yaml"));
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  const Scenario& s = *loaded.scenario;
  EXPECT_EQ(s.name, "child");
  EXPECT_EQ(s.seed, 7u);             // from the base
  EXPECT_EQ(s.horizon_days, 100);    // horizon_days given: the base's horizon_years dropped
  ASSERT_EQ(s.offences.size(), 3u);  // rape and theft from the base, burglary added
  EXPECT_EQ(s.offences[0].name, "rape");
  EXPECT_EQ(s.offences[0].reports_per_year, 3000);  // changed
  EXPECT_EQ(s.offences[0].custody_share, 0.4);      // kept
  EXPECT_EQ(s.offences[0].mode.indictable, 1);      // kept
  EXPECT_EQ(s.offences[1].name, "theft");
  EXPECT_EQ(s.offences[2].name, "burglary");
  // by_offence maps merged key by key.
  EXPECT_EQ(s.charging.groups[0].accept_first, 0.8);
  EXPECT_EQ(s.charging.groups[0].decision.charge, 0.72);
  EXPECT_EQ(s.charging.groups[1].accept_first, 0.892);
  // Courts merged by name: the base's order, the child's shares, the base's sessions.
  ASSERT_EQ(s.magistrates.courts.size(), 2u);
  EXPECT_EQ(s.magistrates.courts[0].name, "leeds");
  EXPECT_EQ(s.magistrates.courts[0].share, 0.5);
  EXPECT_EQ(s.magistrates.courts[0].hearing_sessions.at(0), 12);
  // A distribution is replaced whole, not merged parameter by parameter.
  EXPECT_EQ(s.crown.groups[0].trial_days, Distribution::fixed(4));
  // Steps are maps: merged date by date.
  EXPECT_EQ(s.crown.centres[0].rooms.steps.size(), 2u);
  EXPECT_EQ(s.crown.centres[0].share, 1);
  // The sweep of the base is kept (the child has none); extends itself is gone.
  EXPECT_EQ(loaded.sweep.size(), 2u);
  EXPECT_EQ(loaded.resolved_yaml.find("\nextends:"), std::string::npos);
  ASSERT_EQ(loaded.sources.size(), 2u);
  EXPECT_EQ(loaded.sources[0].first, fixture("extends/child.yaml"));
  EXPECT_NE(loaded.sources[1].first.find("base.yaml"), std::string::npos);
  EXPECT_NE(loaded.sources[1].second.find("A baseline"), std::string::npos);
}

TEST(Extends, ChainsAcrossFoldersRelativeToEachFile) {
  const Loaded loaded =
      load_file(fixture("extends/variants/grandchild.yaml"), {}, {.extends_anywhere = true});
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->name, "grandchild");
  EXPECT_EQ(loaded.scenario->seed, 99u);
  EXPECT_EQ(loaded.scenario->offences.size(), 3u);
  EXPECT_EQ(loaded.sources.size(), 3u);
}

TEST(Extends, MissingFileNamesTheChain) {
  const Loaded loaded = load_file(fixture("extends/missing_base.yaml"));
  EXPECT_FALSE(loaded.scenario);
  const Problem* p = testing::find_problem(loaded, "extends", "cannot read");
  ASSERT_NE(p, nullptr) << all_problems(loaded);
  EXPECT_EQ(p->line, 3);
  EXPECT_NE(p->message.find("no such file"), std::string::npos);
  EXPECT_NE(p->message.find("missing_base.yaml -> "), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("does_not_exist.yaml"), std::string::npos) << p->message;
}

TEST(Extends, KeysAMissingBaseWouldGiveAreNotAlsoReportedMissing) {
  // offence_groups is required; the base that would give it cannot be read: one problem.
  const Loaded loaded = load_text("name: x\nextends: no_such_base.yaml\n", "x.yaml");
  EXPECT_FALSE(loaded.scenario);
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].key, "extends");
  // Without extends the missing key is reported.
  EXPECT_NE(testing::find_problem(load_text("name: x\n", "x.yaml"), "offence_groups",
                                  "a required key is missing"),
            nullptr);
}

TEST(Extends, CycleIsAProblemNamingTheChain) {
  const Loaded loaded = load_file(fixture("extends/cycle_a.yaml"));
  EXPECT_FALSE(loaded.scenario);
  const Problem* p = testing::find_problem(loaded, "extends", "circular extends");
  ASSERT_NE(p, nullptr) << all_problems(loaded);
  EXPECT_NE(p->message.find("cycle_a.yaml -> "), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("cycle_b.yaml -> "), std::string::npos) << p->message;
  EXPECT_EQ(p->line, 1);
  EXPECT_NE(p->file.find("cycle_b.yaml"), std::string::npos);
}

TEST(Extends, ProblemsInTheBaseAreReportedInTheBase) {
  const Loaded loaded = load_file(fixture("extends/extends_bad_base.yaml"));
  EXPECT_FALSE(loaded.scenario);
  const Problem* p = testing::find_problem(loaded, "replications");
  ASSERT_NE(p, nullptr) << all_problems(loaded);
  EXPECT_NE(p->file.find("bad_base.yaml"), std::string::npos);
  EXPECT_EQ(p->file.find("extends_bad_base"), std::string::npos);
  EXPECT_EQ(p->line, 3);
}

TEST(Extends, MissingTopLevelFile) {
  const Loaded loaded = load_file(fixture("no_such_scenario.yaml"));
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].line, 0);
  EXPECT_NE(loaded.problems[0].format().find("no_such_scenario.yaml: cannot read the file"),
            std::string::npos)
      << loaded.problems[0].format();
}

TEST(Extends, AnEmptySectionInTheChildChangesNothing) {
  const Loaded loaded = load_text(
      "extends: " + fixture("extends/base.yaml") + "\ncharging:\nmagistrates:\n  courts:\n",
      "text.yaml");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->charging.groups[0].accept_first, 0.892);
  EXPECT_EQ(loaded.scenario->magistrates.courts.size(), 2u);
}

TEST(Extends, TextResolvesRelativeToTheWorkingFolder) {
  const Loaded loaded =
      load_text("extends: " + fixture("extends/base.yaml") + "\nname: from-text\n", "text.yaml");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(loaded.scenario->offences.size(), 2u);
  EXPECT_EQ(loaded.sources.size(), 2u);
}

}  // namespace
}  // namespace cj::scenario

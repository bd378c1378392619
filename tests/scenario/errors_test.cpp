// Every class of mistake a planner can make: each must be reported with its line, its key and
// what was expected, all problems at once, in file order.
#include <gtest/gtest.h>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"

namespace cj::scenario {
namespace {

using testing::all_problems;
using testing::expect_problem;
using testing::find_problem;

// A valid scenario with `extra` appended (from line 4 on).
Loaded with(const std::string& extra) {
  return load_text("name: errors\noffence_groups:\n  - {name: rape}\n" + extra, "x.yaml");
}

TEST(Errors, ValidBaseHasNoProblem) {
  const Loaded loaded = with("");
  EXPECT_TRUE(loaded.problems.empty()) << all_problems(loaded);
  EXPECT_TRUE(loaded.scenario);
}

TEST(Errors, YamlSyntaxWithLineAndColumn) {
  const Loaded loaded =
      load_text("name: x\noffence_groups: [{name: a}\nstart: 2026-04-01\n", "x.yaml");
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].line, 3);
  EXPECT_EQ(loaded.problems[0].column, 1);
  EXPECT_NE(loaded.problems[0].message.find("YAML syntax"), std::string::npos);
  const Loaded tab = load_text("name: x\n\tstart: 1\n", "tab.yaml");
  ASSERT_EQ(tab.problems.size(), 1u);
  EXPECT_EQ(tab.problems[0].format(),
            "tab.yaml:2:1: YAML syntax: illegal tab when looking for indentation (expected valid "
            "YAML)");
}

TEST(Errors, DuplicateKey) {
  expect_problem(with("seed: 1\nseed: 2\n"), 5, "seed", "duplicate key (first given at line 4");
}

TEST(Errors, UnknownKeyWithDidYouMean) {
  expect_problem(with("charging:\n  triage:\n    acept_first: 0.9\n"), 6,
                 "charging.triage.acept_first", "did you mean accept_first?");
  expect_problem(with("horizon_yaers: 3\n"), 4, "horizon_yaers", "did you mean horizon_years?");
  // A key of another section, in the wrong place.
  expect_problem(with("crown:\n  accept_first: 0.9\n"), 5, "crown.accept_first",
                 "did you mean charging.triage.accept_first?");
  // No near name: the keys expected are listed.
  expect_problem(with("outputs: {zzz: 1}\n"), 4, "outputs.zzz",
                 "expected one of trace and period_days");
  // Inside a named item and inside a distribution.
  expect_problem(load_text("name: x\noffence_groups:\n  - name: a\n    reports_per_yer: 3\n", "x"),
                 4, "offence_groups.a.reports_per_yer", "did you mean reports_per_year?");
  expect_problem(with("crown: {trial_days: {dist: lognormal, median: 3, p09: 5}}\n"), 4,
                 "crown.trial_days.p09", "not a parameter of this lognormal");
}

TEST(Errors, WrongTypes) {
  expect_problem(with("replications: many\n"), 4, "replications", "is not an integer");
  expect_problem(with("crown:\n  trial_days: [1, 2]\n"), 5, "crown.trial_days",
                 "a list is not a distribution");
  expect_problem(with("magistrates: {da_fast_listing: {enabled: maybe}}\n"), 4,
                 "magistrates.da_fast_listing.enabled", "is not true or false");
  expect_problem(with("charging: 3\n"), 4, "charging", "is not a map");
  expect_problem(with("seed: \"12\"\n"), 4, "seed", "the text \"12\" is not a seed");
  expect_problem(with("outputs: {trace: case}\n"), 4, "outputs.trace", "did you mean cases?");
  expect_problem(with("calendar: {closed_weekdays: [saturday, sundya]}\n"), 4,
                 "calendar.closed_weekdays", "did you mean sunday?");
  expect_problem(with("magistrates: {courts: {leeds: 1}}\n"), 4, "magistrates.courts",
                 "a map is not a list");
}

TEST(Errors, NegativeRatesDurationsAndCapacities) {
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: a, reports_per_year: -5}\n", "x"),
                 3, "offence_groups.a.reports_per_year", "-5 is negative");
  expect_problem(with("magistrates:\n  notice_days: {bail: -1}\n"), 5,
                 "magistrates.notice_days.bail",
                 "-1 is negative (expected a number in [0, 36525])");
  expect_problem(with("investigation: {duration_days: {dist: fixed, value: -2}}\n"), 4,
                 "investigation.duration_days.value", "is not a valid fixed value");
  expect_problem(with("investigation: {duration_days: -2}\n"), 4, "investigation.duration_days",
                 "-2 is not a valid fixed value");
  expect_problem(with("crown:\n  centres:\n    - {name: leeds, share: 1, rooms: -3}\n"), 6,
                 "crown.centres.leeds.rooms", "-3 is negative");
  expect_problem(with("crown:\n  centres:\n    - name: leeds\n      share: 1\n"
                      "      rooms: {2026-04-01: 4, 2027-04-01: -1}\n"),
                 8, "crown.centres.leeds.rooms.2027-04-01", "-1 is negative");
  expect_problem(with("magistrates: {session_minutes: 0}\n"), 4, "magistrates.session_minutes",
                 "0 is not positive (expected a number in (0, 10080])");
  // A hearing that takes no court time could be listed without end.
  expect_problem(with("magistrates: {sentence_minutes: 0}\n"), 4, "magistrates.sentence_minutes",
                 "0 is not positive");
  expect_problem(with("initial_state: {crown: {count: -1}}\n"), 4, "initial_state.crown.count",
                 "-1 is negative (expected an integer in [0, 1e+07])");
}

TEST(Errors, ProbabilityOutsideZeroOne) {
  const Loaded loaded = with("charging:\n  triage:\n    accept_first: 1.2\n");
  const Problem* p = find_problem(loaded, "charging.triage.accept_first");
  ASSERT_NE(p, nullptr) << all_problems(loaded);
  EXPECT_EQ(p->format(),
            "x.yaml:6:19: charging.triage.accept_first: 1.2 is not a probability (expected a "
            "number in [0, 1])");
  expect_problem(with("attrition: {by_offence: {rape: {support: {coverage: -0.1}}}}\n"), 4,
                 "attrition.by_offence.rape.support.coverage", "-0.1 is not a probability");
  expect_problem(with("charging: {eia: {charge_change: 1.5}}\n"), 4, "charging.eia.charge_change",
                 "expected a number in [-1, 1]");
}

TEST(Errors, SharesThatDoNotSumToOne) {
  expect_problem(
      with("investigation:\n  outcomes: {file_for_charging: 0.5, no_further_action: 0.3}\n"), 5,
      "investigation.outcomes",
      "file_for_charging + no_further_action + out_of_court = 0.8 (expected 1, within "
      "1e-9)");
  expect_problem(
      with("crown:\n  by_offence:\n    rape:\n      trial: {effective: 0.6, cracked: 0.3}\n"), 7,
      "crown.by_offence.rape.trial", "= 0.9 (expected 1");
  expect_problem(with("magistrates:\n  courts:\n    - {name: a, share: 0.5, hearing_sessions: 1, "
                      "trial_sessions: 1}\n    - {name: b, share: 0.4, hearing_sessions: 1, "
                      "trial_sessions: 1}\n"),
                 6, "magistrates.courts", "the courts' shares sum to 0.9");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: a, mode: {summary: 0.5}}\n", "x"),
                 3, "offence_groups.a.mode", "summary + either_way + indictable = 0.5");
  expect_problem(with("initial_state: {crown: {count: 5, offence_mix: {rape: 0.7}}}\n"), 4,
                 "initial_state.crown.offence_mix", "shares sum to 0.7");
  // Within 1e-9 is fine.
  EXPECT_TRUE(with("investigation: {outcomes: {file_for_charging: 0.1, no_further_action: 0.2, "
                   "out_of_court: 0.7000000001}}\n")
                  .scenario);
}

TEST(Errors, AnOffenceGroupServedByTwoTeams) {
  // Each group's work goes to one team: two would leave it unclear whose hours it takes.
  expect_problem(with("investigation:\n  teams:\n    - {name: a, serves: [rape], fte: 1}\n"
                      "    - {name: b, serves: [rape], fte: 1}\n"),
                 7, "investigation.teams.b.serves", "rape is served by a and b");
  expect_problem(with("charging:\n  teams:\n    - {name: a, fte: 1}\n    - {name: b, fte: 1}\n"), 7,
                 "charging.teams.b.serves", "both a and b serve every other group");
  EXPECT_TRUE(with("charging:\n  teams:\n    - {name: a, serves: [rape], fte: 1}\n"
                   "    - {name: b, fte: 1}\n")
                  .scenario);
}

TEST(Errors, HearingsLongerThanASession) {
  // A hearing is listed into one session: one longer than a session could never be listed.
  expect_problem(with("magistrates: {session_minutes: 120, trial: {minutes: 150}}\n"), 4,
                 "magistrates.trial.minutes",
                 "150 minutes is longer than a session (expected at most session_minutes, 120)");
  expect_problem(with("magistrates:\n  by_offence:\n    rape: {trial: {minutes: 400}}\n"), 6,
                 "magistrates.by_offence.rape.trial.minutes", "longer than a session");
  expect_problem(with("magistrates: {first_hearing_minutes: 200}\n"), 4,
                 "magistrates.first_hearing_minutes", "longer than a session");
  EXPECT_TRUE(with("magistrates: {session_minutes: 150, trial: {minutes: 150}}\n").scenario);
}

TEST(Errors, DatesThatDoNotParse) {
  expect_problem(with("start: 2026-02-30\n"), 4, "start",
                 "is not a date (expected a date YYYY-MM-DD");
  expect_problem(with("calendar: {closed_dates: [2026-13-01]}\n"), 4, "calendar.closed_dates",
                 "is not a date");
  expect_problem(with("crown:\n  centres:\n    - name: leeds\n      share: 1\n"
                      "      rooms: {2026-4-1: 4}\n"),
                 8, "crown.centres.leeds.rooms.2026-4-1", "is not a date");
  expect_problem(
      load_text("name: x\noffence_groups:\n  - name: a\n    monthly_reports: {2026-13: 4}\n", "x"),
      4, "offence_groups.a.monthly_reports.2026-13", "is not a month (expected YYYY-MM");
}

TEST(Errors, RosterOutOfOrder) {
  expect_problem(with("crown:\n  sitting_days_scale:\n    2027-04-01: 1.1\n    2026-04-01: 1\n"), 7,
                 "crown.sitting_days_scale.2026-04-01", "out of order");
  expect_problem(with("crown: {sitting_days_scale: {2026-04-01: 1, 2026-04-01: 2}}\n"), 4,
                 "crown.sitting_days_scale.2026-04-01", "duplicate key");
}

TEST(Errors, OffenceGroupReferredToButNotDefined) {
  expect_problem(with("charging:\n  by_offence:\n    rpae: {police_charge_share: 0.1}\n"), 6,
                 "charging.by_offence.rpae",
                 "offence group rpae is not defined (did you mean rape?");
  expect_problem(with("charging: {eia: {applies_to: [rape, burglary]}}\n"), 4,
                 "charging.eia.applies_to", "offence group burglary is not defined");
  expect_problem(with("demand:\n  later_entries:\n    - {name: r, offence_mix: {theft: 1}}\n"), 6,
                 "demand.later_entries.r.offence_mix.theft", "offence group theft is not defined");
  expect_problem(with("initial_state: {investigation: {offence_mix: {rap: 1}}}\n"), 4,
                 "initial_state.investigation.offence_mix.rap", "did you mean rape?");
}

TEST(Errors, KeysThatCannotVaryByGroup) {
  expect_problem(with("crown: {by_offence: {rape: {ptph_days: 10}}}\n"), 4,
                 "crown.by_offence.rape.ptph_days", "cannot vary by offence group");
}

TEST(Errors, HorizonAndReplicationsOutOfBounds) {
  expect_problem(with("horizon_days: 0\n"), 4, "horizon_days", "0 is not positive");
  expect_problem(with("horizon_years: 60\n"), 4, "horizon_years",
                 "60 is above the limit of 50 years (expected a number in (0, 50])");
  expect_problem(with("horizon_days: 100000\n"), 4, "horizon_days",
                 "above the limit of 18262.5 days");
  expect_problem(with("replications: 0\n"), 4, "replications", "expected an integer in [1, 10000]");
  expect_problem(with("replications: 20000\n"), 4, "replications",
                 "20000 is above the limit of 10000");
  expect_problem(with("horizon_years: 2\nhorizon_days: 10\n"), 5, "horizon_days",
                 "given with horizon_years");
}

TEST(Errors, BadDistributionParameters) {
  expect_problem(with("crown:\n  trial_days: {dist: lognormal, median: 10, p90: 5}\n"), 5,
                 "crown.trial_days.p90",
                 "5 is not a valid lognormal p90 (expected a number greater than the median (10))");
  expect_problem(with("crown: {trial_days: {dist: lognormel, median: 1, p90: 2}}\n"), 4,
                 "crown.trial_days.dist", "did you mean lognormal?");
  expect_problem(with("crown: {trial_days: {dist: gamma, shape: 2}}\n"), 4, "crown.trial_days",
                 "missing parameters of the gamma (expected shape and scale, or shape and mean)");
  expect_problem(with("crown: {trial_days: {dist: gamma, shape: -1, scale: 2}}\n"), 4,
                 "crown.trial_days.shape", "is not a valid gamma shape");
  expect_problem(with("crown: {trial_days: {dist: empirical, values: [1, 2], weights: [1]}}\n"), 4,
                 "crown.trial_days.weights", "as many weights as values");
  expect_problem(with("crown: {trial_days: {median: 3}}\n"), 4, "crown.trial_days.dist", "missing");
}

TEST(Errors, RequiredKeys) {
  expect_problem(load_text("offence_groups: [{name: a}]\n", "x"), 1, "name",
                 "a required key is missing");
  expect_problem(load_text("name: x\n", "x"), 1, "offence_groups", "a required key is missing");
  expect_problem(load_text("name: x\noffence_groups: []\n", "x"), 2, "offence_groups",
                 "no offence groups (expected at least one)");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: a}\n  - {name: a}\n", "x"), 4,
                 "offence_groups.a.name", "given twice");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: }\n", "x"), 3,
                 "offence_groups[1].name", "an empty name");
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: a.b}\n", "x"), 3,
                 "offence_groups.a.b.name", "contains a dot");
  expect_problem(with("magistrates: {courts: [{name: a, share: 1}]}\n"), 4,
                 "magistrates.courts.a.hearing_sessions", "a required key is missing");
}

TEST(Errors, SeasonalityNeedsTwelveNonNegativeNumbers) {
  expect_problem(load_text("name: x\noffence_groups:\n  - {name: a, seasonality: [1, 2]}\n", "x"),
                 3, "offence_groups.a.seasonality", "2 numbers given (expected 12 numbers");
  expect_problem(load_text("name: x\noffence_groups:\n  - name: a\n    seasonality: [1, 1, 1, 1, "
                           "1, 1, 1, 1, 1, 1, 1, -1]\n",
                           "x"),
                 4, "offence_groups.a.seasonality", "-1 is negative");
}

TEST(Errors, AllProblemsAtOnceInFileOrder) {
  const Loaded loaded = load_text(R"(name: many
replications: 0
offence_groups:
  - name: rape
    victim_share: 2
charging:
  triage: {accept_first: 1.5, acept_resubmission: 1}
crown:
  trial_days: {dist: lognormal, median: 10, p90: 5}
outputs: {period_days: 0}
)",
                                  "many.yaml");
  EXPECT_FALSE(loaded.scenario);
  ASSERT_EQ(loaded.problems.size(), 6u) << all_problems(loaded);
  for (std::size_t i = 1; i < loaded.problems.size(); ++i) {
    const auto& a = loaded.problems[i - 1];
    const auto& b = loaded.problems[i];
    EXPECT_TRUE(a.line < b.line || (a.line == b.line && a.column <= b.column))
        << all_problems(loaded);
  }
  EXPECT_EQ(loaded.problems.front().key, "replications");
  EXPECT_EQ(loaded.problems.back().key, "outputs.period_days");
}

TEST(Errors, NonMapScenario) {
  expect_problem(load_text("- a\n- b\n", "x"), 1, "", "the scenario is a list, not a map");
  const Loaded empty = load_text("", "empty.yaml");
  EXPECT_FALSE(empty.scenario);
  EXPECT_FALSE(empty.problems.empty());
}

}  // namespace
}  // namespace cj::scenario

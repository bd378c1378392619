// Dated steps of any value type: a distribution and a share set that change by date, declared on
// a test struct exactly as the scenario's structs declare theirs (no bundled key is dated this
// way yet). Each loads in both forms, is written in the resolved text, merges through extends,
// takes --set overrides and is documented in the reference.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "models/parameters/common.hpp"
#include "models/scenario/declared_reader.hpp"
#include "models/scenario/schema_markdown.hpp"

namespace cj::scenario {
namespace {

using sim::Distribution;

// A share set.
struct Split {
  double kept = 1;
  double passed_on = 0;
  friend bool operator==(const Split&, const Split&) = default;

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&Split::kept, "kept", unit::share, limit::probability, "Cases kept here.")
        .in_share_set("split");
    k.bind(&Split::passed_on, "passed_on", unit::share, limit::probability, "Cases passed on.")
        .in_share_set("split");
  }
};

struct Office {
  std::string name;
  Dated<Distribution> delay_days = Dated<Distribution>::constant(Distribution::exponential(10));
  Dated<Split> split = Dated<Split>::constant(Split{});

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&Office::name, "name", "Name of the office.").required();
    k.bind(&Office::delay_days, "delay_days", unit::days, "Time a case takes here.");
    k.section(&Office::split, "split", "Where cases go (sum 1).");
  }
};

const Declared<Office>& office_keys() {
  static const Declared<Office> keys;
  return keys;
}

ReadText<Office> read(const std::string& yaml, const std::vector<std::string>& overrides = {}) {
  return read_text(office_keys(), yaml, "office.yaml", overrides);
}

std::string problems(const ReadText<Office>& r) {
  std::string out;
  for (const auto& p : r.problems) out += "  " + p.format() + "\n";
  return out;
}

const std::string kByDate = R"(name: leeds
delay_days: {2026-04-01: {dist: fixed, value: 3}, 2027-04-01: 5}
split:
  2026-04-01: {kept: 0.7, passed_on: 0.3}
  2027-04-01: {kept: 1}
)";

TEST(DatedValues, OneValueForTheWholeRun) {
  const auto r = read("name: leeds\n");
  ASSERT_TRUE(r.value) << problems(r);
  EXPECT_EQ(r.value->delay_days, Dated<Distribution>::constant(Distribution::exponential(10)));
  EXPECT_EQ(r.value->split, Dated<Split>::constant(Split{1, 0}));
  EXPECT_EQ(r.resolved_yaml,
            "# The resolved scenario: every value the run uses, defaults included. Loads on its "
            "own.\nname: leeds\ndelay_days: {dist: exponential, mean: 10}\n"
            "split: {kept: 1, passed_on: 0}\n");
  const auto given = read(
      "name: x\ndelay_days: {dist: fixed, value: 2}\nsplit: {kept: 0.25, "
      "passed_on: 0.75}\n");
  ASSERT_TRUE(given.value) << problems(given);
  EXPECT_EQ(given.value->delay_days.at(to_day({2030, 1, 1})), Distribution::fixed(2));
  EXPECT_EQ(given.value->split.at(0), (Split{0.25, 0.75}));
}

TEST(DatedValues, ByDateEachDateHoldsAValue) {
  const auto r = read(kByDate);
  ASSERT_TRUE(r.value) << problems(r);
  const Office& o = *r.value;
  ASSERT_EQ(o.delay_days.steps.size(), 2u);
  EXPECT_EQ(o.delay_days.at(to_day({2026, 5, 1})), Distribution::fixed(3));
  EXPECT_EQ(o.delay_days.at(to_day({2027, 5, 1})), Distribution::fixed(5));
  EXPECT_EQ(o.split.at(to_day({2026, 5, 1})), (Split{0.7, 0.3}));
  EXPECT_EQ(o.split.at(to_day({2027, 5, 1})), (Split{1, 0}));  // the set completed with 0
  EXPECT_EQ(r.resolved_yaml,
            "# The resolved scenario: every value the run uses, defaults included. Loads on its "
            "own.\nname: leeds\ndelay_days:\n  2026-04-01: {dist: fixed, value: 3}\n"
            "  2027-04-01: 5\nsplit:\n  2026-04-01: {kept: 0.7, passed_on: 0.3}\n"
            "  2027-04-01: {kept: 1, passed_on: 0}\n");
  // The resolved text loads to the same values, and writes itself again.
  const auto again = read(r.resolved_yaml);
  ASSERT_TRUE(again.value) << problems(again);
  EXPECT_TRUE(office_keys().differences(o, *again.value).empty());
  EXPECT_EQ(again.resolved_yaml, r.resolved_yaml);
}

TEST(DatedValues, MistakesAreReportedWhereTheyAre) {
  const auto r = read(R"(name: x
delay_days:
  2027-04-01: 5
  2026-04-01: {dist: lognormel, median: 1, p90: 2}
split:
  2026-04-01: {kept: 0.6, passed_on: 0.3}
  2026-13-01: {kept: 1}
)");
  EXPECT_FALSE(r.value);
  ASSERT_EQ(r.problems.size(), 4u) << problems(r);
  EXPECT_EQ(r.problems[0].format(),
            "office.yaml:4:3: delay_days.2026-04-01: 2026-04-01 is out of order (expected dates "
            "strictly increasing: after 2027-04-01)");
  EXPECT_EQ(r.problems[1].format(),
            "office.yaml:4:22: delay_days.2026-04-01.dist: unknown distribution lognormel (did you "
            "mean lognormal? expected one of fixed, exponential, lognormal, gamma, weibull, "
            "uniform and empirical)");
  EXPECT_EQ(r.problems[2].format(),
            "office.yaml:6:22: split.2026-04-01: kept + passed_on = 0.9 (expected 1, within 1e-9)");
  EXPECT_EQ(r.problems[3].format(),
            "office.yaml:7:3: split.2026-13-01: 2026-13-01 is not a date (expected a date "
            "YYYY-MM-DD, e.g. 2026-04-01)");
  const auto unknown = read("name: x\nsplit: {2026-04-01: {kept: 1, pased_on: 0}}\n");
  ASSERT_EQ(unknown.problems.size(), 1u) << problems(unknown);
  EXPECT_EQ(unknown.problems[0].key, "split.2026-04-01.pased_on");
  EXPECT_NE(unknown.problems[0].message.find("did you mean passed_on?"), std::string::npos);
}

TEST(DatedValues, ExtendsMergesDateByDate) {
  const auto folder = std::filesystem::temp_directory_path() / "cjsim_dated_values_test";
  std::filesystem::create_directories(folder);
  const auto base = folder / "base.yaml";
  std::ofstream(base) << kByDate;
  const std::string extends = "extends: " + base.string() + "\n";

  // A date added, a date changed; the base's first date kept. A whole share set replaces a date's.
  const auto child = read(extends +
                          "delay_days: {2027-04-01: 6, 2028-04-01: {dist: exponential, mean: 4}}\n"
                          "split: {2027-04-01: {kept: 0.5, passed_on: 0.5}}\n");
  ASSERT_TRUE(child.value) << problems(child);
  const Office& o = *child.value;
  ASSERT_EQ(o.delay_days.steps.size(), 3u);
  EXPECT_EQ(o.delay_days.at(to_day({2026, 5, 1})), Distribution::fixed(3));
  EXPECT_EQ(o.delay_days.at(to_day({2027, 5, 1})), Distribution::fixed(6));
  EXPECT_EQ(o.delay_days.at(to_day({2028, 5, 1})), Distribution::exponential(4));
  EXPECT_EQ(o.split.at(to_day({2026, 5, 1})), (Split{0.7, 0.3}));
  EXPECT_EQ(o.split.at(to_day({2027, 5, 1})), (Split{0.5, 0.5}));
  // Members merge within a date, so one member alone keeps the other's base value.
  const auto partial = read(extends + "split: {2027-04-01: {kept: 0.5}}\n");
  ASSERT_EQ(partial.problems.size(), 1u) << problems(partial);
  EXPECT_NE(partial.problems[0].message.find("kept + passed_on = 0.5"), std::string::npos);
  // One value for the whole run replaces the base's dates, and is replaced by a child's.
  const auto constant = read(extends + "delay_days: 2\nsplit: {kept: 0, passed_on: 1}\n");
  ASSERT_TRUE(constant.value) << problems(constant);
  EXPECT_EQ(constant.value->delay_days, Dated<Distribution>::constant(Distribution::fixed(2)));
  EXPECT_EQ(constant.value->split, Dated<Split>::constant(Split{0, 1}));
  std::filesystem::remove_all(folder);
}

TEST(DatedValues, SetOverridesAWholeValueOrOneDate) {
  const auto dates = read(kByDate, {"delay_days.2027-04-01={dist: fixed, value: 9}",
                                    "split.2028-04-01={kept: 0.2, passed_on: 0.8}",
                                    "split.2026-04-01.kept=0.5", "split.2026-04-01.passed_on=0.5"});
  ASSERT_TRUE(dates.value) << problems(dates);
  EXPECT_EQ(dates.value->delay_days.at(to_day({2027, 5, 1})), Distribution::fixed(9));
  EXPECT_EQ(dates.value->split.at(to_day({2026, 5, 1})), (Split{0.5, 0.5}));
  EXPECT_EQ(dates.value->split.at(to_day({2028, 5, 1})), (Split{0.2, 0.8}));
  const auto whole = read(kByDate, {"delay_days=7", "split={kept: 0.1, passed_on: 0.9}"});
  ASSERT_TRUE(whole.value) << problems(whole);
  EXPECT_EQ(whole.value->delay_days, Dated<Distribution>::constant(Distribution::fixed(7)));
  EXPECT_EQ(whole.value->split, Dated<Split>::constant(Split{0.1, 0.9}));
  const auto member = read("name: x\n", {"split.kept=0.4", "split.passed_on=0.6"});
  ASSERT_TRUE(member.value) << problems(member);
  EXPECT_EQ(member.value->split, Dated<Split>::constant(Split{0.4, 0.6}));
  const auto bad = read("name: x\n", {"split.kep=1"});
  ASSERT_EQ(bad.problems.size(), 1u) << problems(bad);
  EXPECT_EQ(bad.problems[0].format(), "--set:1:1: split.kep: unknown key (did you mean kept?)");
}

TEST(DatedValues, DocumentedInTheReference) {
  const std::string tables = key_tables(office_keys().schema());
  for (const char* row :
       {"| `delay_days` | steps of distribution | days | `{dist: exponential, mean: 10}` | a mean "
        "<= 36525 |  | "
        "Time a case takes here. |",
        "| `split` | steps of section |  |  |  |  | Where cases go (sum 1). |",
        "| `split.kept` | number | share | `1` | a number in [0, 1]; share set `split` (sum 1) |  "
        "| "
        "Cases kept here. |",
        "| `split.passed_on` | number | share | `0` | a number in [0, 1]; share set `split` (sum "
        "1) |  | Cases passed on. |"}) {
    EXPECT_NE(tables.find(row), std::string::npos) << row << " not in\n" << tables;
  }
}

}  // namespace
}  // namespace cj::scenario

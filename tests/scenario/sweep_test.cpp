// Sweeps: the points of each kind in a fixed order, every point checked up front, and one point
// loaded on its own.
#include <gtest/gtest.h>

#include <cstdlib>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"

namespace cj::scenario {
namespace {

using testing::all_problems;

const std::string kBase = "name: sweep\noffence_groups: [{name: rape}]\n";

Loaded sweep(const std::string& section) {
  return load_text(kBase + section, "sweep.yaml");
}

std::vector<std::string> labels(const Loaded& loaded) {
  std::vector<std::string> out;
  for (const auto& p : loaded.sweep) out.push_back(p.label);
  return out;
}

TEST(Sweep, NoSweepNoPoints) {
  EXPECT_TRUE(sweep("").sweep.empty());
}

TEST(Sweep, GridIsTheCrossProductFirstKeySlowest) {
  const Loaded loaded = sweep(R"(sweep:
  grid:
    crown.sitting_days_scale: [0.9, 1.0, 1.1, 1.2]
    charging.eia.uptake: [0.3, 0.6]
)");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(labels(loaded), (std::vector<std::string>{
                                "crown.sitting_days_scale=0.9,charging.eia.uptake=0.3",
                                "crown.sitting_days_scale=0.9,charging.eia.uptake=0.6",
                                "crown.sitting_days_scale=1,charging.eia.uptake=0.3",
                                "crown.sitting_days_scale=1,charging.eia.uptake=0.6",
                                "crown.sitting_days_scale=1.1,charging.eia.uptake=0.3",
                                "crown.sitting_days_scale=1.1,charging.eia.uptake=0.6",
                                "crown.sitting_days_scale=1.2,charging.eia.uptake=0.3",
                                "crown.sitting_days_scale=1.2,charging.eia.uptake=0.6",
                            }));
  ASSERT_EQ(loaded.sweep[4].overrides.size(), 2u);
  EXPECT_EQ(loaded.sweep[4].overrides[0],
            (std::pair<std::string, std::string>{"crown.sitting_days_scale", "1.1"}));
  // The base scenario itself is unchanged by its sweep.
  EXPECT_EQ(loaded.scenario->charging.eia.uptake, 0);
  EXPECT_EQ(loaded.resolved_yaml.find("\nsweep:"), std::string::npos);
}

TEST(Sweep, LoadPointAppliesItsOverrides) {
  const Loaded base = sweep(
      "sweep:\n  grid:\n    crown.sitting_days_scale: [0.9, 1.1]\n"
      "    crown.by_offence.rape.trial_days: [{dist: fixed, value: 5}, 2]\n");
  ASSERT_TRUE(base.scenario) << all_problems(base);
  ASSERT_EQ(base.sweep.size(), 4u);
  EXPECT_EQ(
      base.sweep[0].label,
      "crown.sitting_days_scale=0.9,crown.by_offence.rape.trial_days={dist: fixed, value: 5}");
  const Loaded point = load_point(base, base.sweep[2]);
  ASSERT_TRUE(point.scenario) << all_problems(point);
  EXPECT_EQ(point.scenario->crown.sitting_days_scale.at(0), 1.1);
  EXPECT_EQ(point.scenario->crown.groups[0].trial_days, sim::Distribution::fixed(5));
  EXPECT_EQ(point.sources, base.sources);
  EXPECT_TRUE(point.sweep.empty());
  EXPECT_NE(point.resolved_yaml.find("sitting_days_scale: 1.1"), std::string::npos);
}

TEST(Sweep, PointsAsListed) {
  const Loaded loaded = sweep(R"(sweep:
  points:
    - {seed: 1, replications: 2}
    - {charging.eia.uptake: 0.5}
)");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(labels(loaded),
            (std::vector<std::string>{"seed=1,replications=2", "charging.eia.uptake=0.5"}));
}

TEST(Sweep, OneAtATime) {
  const Loaded loaded = sweep(R"(sweep:
  one_at_a_time:
    crown.sitting_days_scale: [0.9, 1.1]
    charging.eia.uptake: [0.3, 0.6, 0.9]
)");
  ASSERT_TRUE(loaded.scenario) << all_problems(loaded);
  EXPECT_EQ(labels(loaded),
            (std::vector<std::string>{"crown.sitting_days_scale=0.9",
                                      "crown.sitting_days_scale=1.1", "charging.eia.uptake=0.3",
                                      "charging.eia.uptake=0.6", "charging.eia.uptake=0.9"}));
  for (const auto& p : loaded.sweep) EXPECT_EQ(p.overrides.size(), 1u);
}

TEST(Sweep, LatinHypercubeIsReproducibleStratifiedAndWithinRanges) {
  const std::string section = R"(sweep:
  latin_hypercube:
    size: 10
    seed: 42
    ranges:
      crown.sitting_days_scale: [0.8, 1.2]
      charging.eia.uptake: [0, 1]
)";
  const Loaded a = sweep(section);
  const Loaded b = sweep(section);
  ASSERT_TRUE(a.scenario) << all_problems(a);
  ASSERT_EQ(a.sweep.size(), 10u);
  EXPECT_EQ(labels(a), labels(b));
  for (std::size_t k = 0; k < 2; ++k) {
    const double low = k == 0 ? 0.8 : 0;
    const double high = k == 0 ? 1.2 : 1;
    std::vector<int> strata(10, 0);
    for (const auto& p : a.sweep) {
      const double x = std::strtod(p.overrides[k].second.c_str(), nullptr);
      EXPECT_GE(x, low);
      EXPECT_LE(x, high);
      const int stratum = std::min(9, static_cast<int>((x - low) / (high - low) * 10));
      ++strata[static_cast<std::size_t>(stratum)];
    }
    EXPECT_EQ(strata, std::vector<int>(10, 1)) << "one point in each tenth of the range";
  }
  const Loaded other_seed = sweep(section.substr(0, section.find("seed: 42")) + "seed: 43" +
                                  section.substr(section.find("seed: 42") + 8));
  EXPECT_NE(labels(a), labels(other_seed));
}

TEST(Sweep, EveryPointIsCheckedUpFrontNamingThePoint) {
  const Loaded loaded = sweep(R"(sweep:
  grid:
    charging.eia.uptake: [0.5, 1.5]
    replications: [1, 0]
)");
  EXPECT_FALSE(loaded.scenario);
  EXPECT_EQ(loaded.sweep.size(), 4u);
  ASSERT_EQ(loaded.problems.size(), 4u) << all_problems(loaded);
  // Point 2 has replications 0, point 3 uptake 1.5, point 4 both.
  const auto has = [&](const std::string& point, const std::string& key, int line) {
    for (const auto& p : loaded.problems) {
      if (p.message.find(point) != std::string::npos && p.key == key && p.line == line) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(
      has("in sweep point 2 of 4 (charging.eia.uptake=0.5,replications=0)", "replications", 6))
      << all_problems(loaded);
  EXPECT_TRUE(has("in sweep point 3 of 4", "charging.eia.uptake", 5)) << all_problems(loaded);
  EXPECT_TRUE(has("in sweep point 4 of 4", "charging.eia.uptake", 5)) << all_problems(loaded);
  EXPECT_TRUE(has("in sweep point 4 of 4", "replications", 6)) << all_problems(loaded);
}

TEST(Sweep, BadKeysAreReportedOnce) {
  const Loaded loaded = sweep("sweep:\n  grid:\n    crown.siting_days_scale: [1, 2, 3]\n");
  ASSERT_EQ(loaded.problems.size(), 1u) << all_problems(loaded);
  EXPECT_EQ(loaded.problems[0].line, 5);
  EXPECT_NE(loaded.problems[0].message.find("did you mean sitting_days_scale?"), std::string::npos);
}

TEST(Sweep, MalformedSweeps) {
  EXPECT_NE(testing::find_problem(sweep("sweep:\n  grid: {seed: [1]}\n  points: [{seed: 1}]\n"),
                                  "sweep.points", "a second kind of sweep"),
            nullptr);
  EXPECT_NE(testing::find_problem(sweep("sweep:\n  gird: {seed: [1]}\n"), "sweep.gird",
                                  "did you mean grid?"),
            nullptr);
  EXPECT_NE(testing::find_problem(sweep("sweep:\n  grid: {seed: 1}\n"), "sweep.grid.seed",
                                  "is not a list"),
            nullptr);
  std::string values;
  for (int i = 0; i < 200; ++i) values += (i ? ", " : "") + std::to_string(i);
  EXPECT_NE(
      testing::find_problem(sweep("sweep:\n  grid:\n    seed: [" + values +
                                  "]\n    replications: [" + values + "]\n"),
                            "sweep.grid", "40000 points is too many (expected at most 10000)"),
      nullptr);
  EXPECT_NE(
      testing::find_problem(sweep("sweep:\n  latin_hypercube: {size: 5, ranges: {seed: [3, 1]}}\n"),
                            "sweep.latin_hypercube.ranges.seed", "is not a range"),
      nullptr);
}

}  // namespace
}  // namespace cj::scenario

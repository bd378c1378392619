// Hostile input: every case must end in a Problem, quickly, never a crash, a hang or an
// exception. (The fuzz target scenario_fuzz explores further; see run_fuzz.sh.)
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "models/scenario/loader.hpp"
#include "tests/scenario/problem_matchers.hpp"

namespace cj::scenario {
namespace {

using testing::all_problems;

// Loads `text`, expecting a problem whose message contains `fragment`, within a few seconds.
void expect_refused(const std::string& text, const std::string& fragment) {
  const auto start = std::chrono::steady_clock::now();
  Loaded loaded;
  EXPECT_NO_THROW(loaded = load_text(text, "hostile.yaml"));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 10.0);
  EXPECT_FALSE(loaded.scenario);
  ASSERT_FALSE(loaded.problems.empty());
  bool found = false;
  for (const auto& p : loaded.problems)
    found = found || p.message.find(fragment) != std::string::npos;
  EXPECT_TRUE(found) << "expected \"" << fragment << "\" among:\n" << all_problems(loaded);
}

TEST(Robustness, TooBig) {
  std::string text = "name: big\ndescription: \"";
  text += std::string(17u << 20, 'x');
  text += "\"\n";
  expect_refused(text, "is too big (expected at most 16 MiB");
}

TEST(Robustness, TooBigFile) {
  const auto path = std::filesystem::temp_directory_path() / "cjsim_scenario_too_big.yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << "name: big\n# " << std::string(17u << 20, 'x') << "\n";
  }
  const Loaded loaded = load_file(path);
  std::filesystem::remove(path);
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_NE(loaded.problems[0].message.find("too big"), std::string::npos);
}

TEST(Robustness, NotARegularFile) {
  const Loaded loaded = load_file("/dev/zero");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_NE(loaded.problems[0].message.find("not a regular file"), std::string::npos);
  const Loaded folder = load_file(std::filesystem::temp_directory_path());
  ASSERT_EQ(folder.problems.size(), 1u);
}

TEST(Robustness, DeepFlowNesting) {
  expect_refused("name: " + std::string(100000, '[') + std::string(100000, ']') + "\n",
                 "nesting deeper than 64 levels");
}

TEST(Robustness, DeepBlockNesting) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  expect_refused(text, "nesting deeper than 64 levels");
}

TEST(Robustness, BinaryInput) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) % 256);
  expect_refused(binary, "binary data");
  expect_refused(std::string("name: x\0y\n", 10), "binary data");
  expect_refused("name: \xff\xfe\n", "binary data");
}

TEST(Robustness, AliasBomb) {
  // Billion laughs: nine levels of ten aliases each.
  std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i <= 9; ++i) {
    // Appended piecewise: "literal" + std::string trips GCC 12's -Wrestrict.
    std::string line = "a";
    line += std::to_string(i);
    line += ": &a";
    line += std::to_string(i);
    line += " [";
    for (int k = 0; k < 10; ++k) {
      line += k ? ", *a" : "*a";
      line += std::to_string(i - 1);
    }
    text += line;
    text += "]\n";
  }
  expect_refused(text, "once aliases are expanded");
}

TEST(Robustness, AliasesWithinBudgetAreExpanded) {
  const Loaded loaded = load_text(R"(name: aliases
offence_groups:
  - name: a
    seasonality: &flat [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
  - name: b
    seasonality: *flat
)",
                                  "aliases.yaml");
  EXPECT_TRUE(loaded.scenario) << all_problems(loaded);
}

TEST(Robustness, NotYaml) {
  expect_refused("{{{{ ::: ]]] !!!\n", "YAML syntax");
  expect_refused("just some words\n", "not a map");
  expect_refused("--- \nname: a\n---\nname: b\n", "a second YAML document");
  expect_refused("name: x\noffence_groups: [{name: a}]\n? [complex, key]\n: 1\n",
                 "expected a plain name");
}

TEST(Robustness, ManyValuesWithinTheSizeLimit) {
  // About 12 MiB of list: refused for its number of values, in reasonable time.
  std::string text = "name: x\nlist: [";
  text.reserve(13u << 20);
  for (int i = 0; i < 3'000'000; ++i) text += "1, ";
  text += "1]\n";
  expect_refused(text, "values once aliases are expanded");
}

TEST(Robustness, LongScalarsAndKeys) {
  expect_refused("name: x\noffence_groups: [{name: a}]\n" + std::string(1000, 'k') + ": 1\n",
                 "unknown key");
  // YAML allows implicit keys of at most 1024 characters.
  expect_refused("name: x\noffence_groups: [{name: a}]\n" + std::string(100000, 'k') + ": 1\n",
                 "YAML syntax");
  expect_refused("name: x\noffence_groups: [{name: a}]\ncosts: " + std::string(1000000, 'v') + "\n",
                 "not a map");
}

TEST(Robustness, NumbersAtTheEdges) {
  const Loaded loaded = load_text(R"(name: edges
offence_groups:
  - {name: a, reports_per_year: 1e999, trend_per_year: -1e999, victim_share: 1e-999}
replications: 99999999999999999999999
seed: 99999999999999999999999
horizon_days: .nan
)",
                                  "edges.yaml");
  EXPECT_FALSE(loaded.scenario);
  EXPECT_GE(loaded.problems.size(), 5u) << all_problems(loaded);
}

}  // namespace
}  // namespace cj::scenario

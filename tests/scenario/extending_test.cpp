// docs/extending.md, "Adding a scenario key": its snippets, word for word, compiled here on a
// struct of the test's own (named as in the document), and the key they declare checked.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/scenario/declared_reader.hpp"
#include "models/scenario/schema_markdown.hpp"
#include "sim/random.hpp"

namespace cj::scenario {
namespace {

// The document's Crown, reduced to the key it adds.
struct Crown {
  double ptph_adjournment = 0;  // PTPHs adjourned to a later hearing

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&Crown::ptph_adjournment, "ptph_adjournment", unit::share, limit::probability,
           "PTPHs adjourned to a later hearing.");
  }
};

struct Root {
  Crown crown;

  template <class Keys>
  static void declare(Keys& k) {
    k.section(&Root::crown, "crown", "The Crown Court.");
  }
};

const Declared<Root>& root_keys() {
  static const Declared<Root> keys;
  return keys;
}

// The document's use of the key.
bool held_adjourned(const Crown& crown, sim::Rng& rng) {
  const bool adjourned = rng.uniform() < crown.ptph_adjournment;
  return adjourned;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string trimmed(const std::string& line) {
  const auto first = line.find_first_not_of(' ');
  const auto last = line.find_last_not_of(' ');
  return first == std::string::npos ? "" : line.substr(first, last - first + 1);
}

std::vector<std::string> trimmed_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(trimmed(line));
  return out;
}

// The ```cpp blocks of the section headed `heading`, each as its trimmed lines.
std::vector<std::vector<std::string>> snippets(const std::string& markdown,
                                               const std::string& heading) {
  std::vector<std::vector<std::string>> out;
  bool in_section = false;
  std::vector<std::string>* block = nullptr;
  for (const std::string& line : trimmed_lines(markdown)) {
    if (line.rfind("## ", 0) == 0) in_section = line == "## " + heading;
    if (!in_section) continue;
    if (!block && line == "```cpp") {
      block = &out.emplace_back();
    } else if (block && line == "```") {
      block = nullptr;
    } else if (block) {
      block->push_back(line);
    }
  }
  return out;
}

bool contains_lines(const std::vector<std::string>& text, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i + lines.size() <= text.size(); ++i) {
    if (std::equal(lines.begin(), lines.end(), text.begin() + static_cast<std::ptrdiff_t>(i))) {
      return true;
    }
  }
  return false;
}

TEST(Extending, TheDocumentsSnippetsAreCompiledHere) {
  const std::string doc = file_text(std::string(CJSIM_SOURCE_DIR) + "/docs/extending.md");
  const auto source = trimmed_lines(file_text(__FILE__));
  const auto blocks = snippets(doc, "Adding a scenario key");
  ASSERT_EQ(blocks.size(), 3u) << "the field, its declaration and its use";
  for (const auto& block : blocks) {
    std::string shown;
    for (const auto& line : block) shown += line + "\n";
    EXPECT_TRUE(contains_lines(source, block)) << "not in " << __FILE__ << ":\n" << shown;
  }
  EXPECT_NE(doc.find("It touches **4 files**"), std::string::npos);
}

TEST(Extending, TheKeyIsCheckedFilledDefaultedAndDocumented) {
  const auto given = read_text(root_keys(), "crown: {ptph_adjournment: 0.1}\n", "x.yaml");
  ASSERT_TRUE(given.value) << given.problems.size() << " problems";
  EXPECT_EQ(given.value->crown.ptph_adjournment, 0.1);

  const auto absent = read_text(root_keys(), "crown: {}\n", "x.yaml");
  ASSERT_TRUE(absent.value);
  EXPECT_EQ(absent.value->crown.ptph_adjournment, 0);
  EXPECT_NE(absent.resolved_yaml.find("crown: {ptph_adjournment: 0}"), std::string::npos)
      << absent.resolved_yaml;

  const auto bad = read_text(root_keys(), "crown:\n  ptph_adjournment: 1.5\n", "x.yaml");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].format(),
            "x.yaml:2:21: crown.ptph_adjournment: 1.5 is not a probability (expected a number in "
            "[0, 1])");
  const auto misspelt = read_text(root_keys(), "crown: {ptph_adjourment: 0.1}\n", "x.yaml");
  ASSERT_EQ(misspelt.problems.size(), 1u);
  EXPECT_NE(misspelt.problems[0].message.find("did you mean ptph_adjournment?"), std::string::npos);

  EXPECT_NE(key_tables(root_keys().schema())
                .find("| `crown.ptph_adjournment` | number | share | `0` | a number in [0, 1] |  "
                      "| PTPHs adjourned to a later hearing. |"),
            std::string::npos);
}

TEST(Extending, TheUseReadsTheMember) {
  sim::Rng rng(7);
  Crown never;
  Crown always;
  always.ptph_adjournment = 1;
  EXPECT_FALSE(held_adjourned(never, rng));
  EXPECT_TRUE(held_adjourned(always, rng));
}

}  // namespace
}  // namespace cj::scenario

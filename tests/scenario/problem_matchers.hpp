// Finding a problem in a Loaded by its key, for the error tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "models/scenario/loader.hpp"

namespace cj::scenario::testing {

inline std::string all_problems(const Loaded& loaded) {
  std::string out;
  for (const auto& p : loaded.problems) out += "  " + p.format() + "\n";
  return out.empty() ? "  (no problems)\n" : out;
}

// The first problem about `key` whose message contains `fragment`, or nothing.
inline const Problem* find_problem(const Loaded& loaded, const std::string& key,
                                   const std::string& fragment = "") {
  for (const auto& p : loaded.problems) {
    if (p.key == key && p.message.find(fragment) != std::string::npos) return &p;
  }
  return nullptr;
}

// Expects a problem about `key` at `line`, its message containing `fragment`; no Scenario.
inline void expect_problem(const Loaded& loaded, int line, const std::string& key,
                           const std::string& fragment) {
  EXPECT_FALSE(loaded.scenario);
  const Problem* p = find_problem(loaded, key, fragment);
  ASSERT_NE(p, nullptr) << "no problem about " << key << " saying \"" << fragment << "\" among:\n"
                        << all_problems(loaded);
  EXPECT_EQ(p->line, line) << p->format();
  EXPECT_GT(p->column, 0) << p->format();
  // The formatted line names the file, the line and the key.
  const std::string f = p->format();
  std::string at = ":";  // appended piecewise: ":" + std::string trips GCC 12's -Wrestrict
  at += std::to_string(line);
  at += ':';
  EXPECT_NE(f.find(at), std::string::npos) << f;
  EXPECT_NE(f.find(key + ": "), std::string::npos) << f;
}

}  // namespace cj::scenario::testing

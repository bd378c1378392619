// Reading a scenario: YAML text in, a validated cj::Scenario out, or every problem found. This is
// the only place in cjsim that reads YAML; nothing YAML-shaped crosses this header.
//
//   auto loaded = cj::scenario::load_file("scenarios/west-yorkshire/baseline.yaml",
//                                         {"crown.sitting_days_scale=1.1"});
//   if (!loaded.scenario) for (const auto& p : loaded.problems) std::cerr << p.format() << '\n';
//
// Every key, its default and its limits: docs/scenario-reference.md (= schema_markdown()).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/parameters/scenario.hpp"

namespace cj::scenario {

// One thing wrong with a scenario, where it is and what was expected. `line` and `column` count
// from 1; 0 when the problem concerns a whole file (it cannot be read, say).
struct Problem {
  std::string file;  // the file, "--set" for a command-line override
  int line = 0;
  int column = 0;
  std::string key;      // key path, e.g. charging.triage.accept_first; empty for a whole file
  std::string message;  // what is wrong (what was expected)
  // "FILE:LINE:COLUMN: key.path: message"
  std::string format() const;
};

// One point of a sweep: overrides applied to the base scenario.
struct SweepPoint {
  std::string label;                                           // "a.b=1.1,c.d=0.3"
  std::vector<std::pair<std::string, std::string>> overrides;  // (key path, YAML value text)
};

struct Loaded {
  std::optional<cj::Scenario> scenario;  // set only when problems is empty
  // The fully resolved scenario (extends, --set and defaults applied; no extends, no sweep): it
  // loads on its own to the same Scenario, so an output file can reproduce its run.
  std::string resolved_yaml;
  std::vector<std::pair<std::string, std::string>> sources;  // (path, text) of every file read
  std::vector<SweepPoint> sweep;  // empty when the scenario has no sweep section
  std::vector<Problem> problems;  // all problems found, in file order
};

struct LoadOptions {
  // `extends` may name a file outside the scenario's folder (and the folders below it): without
  // this, such a file is refused unread.
  bool extends_anywhere = false;
};

// `overrides`: "key.path=value", the value read as YAML; list items are addressed by name
// (magistrates.courts.leeds.share=0.5). Applied after extends, before validation.
Loaded load_file(const std::filesystem::path& file, const std::vector<std::string>& overrides = {},
                 const LoadOptions& options = {});
// As load_file, for text already in memory; `extends` is resolved relative to the working folder.
Loaded load_text(std::string_view yaml, std::string_view display_name,
                 const std::vector<std::string>& overrides = {});
// The scenario of one sweep point: base.resolved_yaml with the point's overrides, validated.
Loaded load_point(const Loaded& base, const SweepPoint& point);

// Empty when `value` is within the limits of the numeric key at `key_path`; else what they are
// ("an integer in [1, 10000]"), for a command-line option that stands for that key.
std::string outside_limits(std::string_view key_path, double value);

// The reference of every key, in Markdown (docs/scenario-reference.md is its committed copy).
std::string schema_markdown();

}  // namespace cj::scenario

// Calibration targets: published figures a scenario's results should reproduce, each with its
// source and the tolerance a planner would accept (targets.yaml beside a scenario).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "models/scenario/loader.hpp"

namespace cj::scenario {

struct Target {
  std::string name;
  std::string kpi;        // a KPI of the result file
  std::string group;      // an offence group for a KPI by group; empty otherwise
  double value = 0;       // the published figure, in the KPI's units
  double tolerance = 0;   // absolute, in the KPI's units ...
  bool relative = false;  // ... or, when true, a share of `value`
  std::string source;     // publication and date
  std::string note;       // how the model's figure relates to the published one
};

struct LoadedTargets {
  std::vector<Target> targets;
  std::vector<Problem> problems;
};

LoadedTargets load_targets(const std::filesystem::path& file);

}  // namespace cj::scenario

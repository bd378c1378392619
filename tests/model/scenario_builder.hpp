// Small scenarios built in code for the model's tests: each test changes what it studies.
#pragma once

#include <stdexcept>
#include <string>

#include "models/model.hpp"
#include "models/parameters/scenario.hpp"

namespace cjtest {

// Two offence groups ("assault_da": DA, summary/either-way; "rape": indictable, RASSO), one
// magistrates' court and one Crown Court centre, sitting Monday to Friday. Busy but stable.
cj::Scenario small_scenario();

// A run's KPI by name; throws if the run has none of that name.
inline double kpi(const cj::RunMetrics& m, const std::string& name) {
  for (const auto& k : m.kpis) {
    if (k.name == name) return k.value;
  }
  throw std::runtime_error("no KPI " + name);
}

inline cj::RunOptions run_options(std::uint64_t seed,
                                  sim::EngineKind engine = sim::EngineKind::native) {
  cj::RunOptions o;
  o.seed = seed;
  o.engine = engine;
  return o;
}

}  // namespace cjtest

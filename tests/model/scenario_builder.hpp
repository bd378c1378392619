// Small scenarios built in code for the model's tests: each test changes what it studies.
#pragma once

#include "models/model.hpp"
#include "models/parameters/scenario.hpp"

namespace cjtest {

// Two offence groups ("assault_da": DA, summary/either-way; "rape": indictable, RASSO), one
// magistrates' court and one Crown Court centre, sitting Monday to Friday. Busy but stable.
cj::Scenario small_scenario();

inline cj::RunOptions run_options(std::uint64_t seed,
                                  sim::EngineKind engine = sim::EngineKind::native) {
  cj::RunOptions o;
  o.seed = seed;
  o.engine = engine;
  return o;
}

}  // namespace cjtest

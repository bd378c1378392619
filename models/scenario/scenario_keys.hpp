// Internal. The keys of a scenario file: those declared beside the structs of cj::Scenario
// (models/parameters/), then the sweep's (sweep.cpp).
#pragma once

#include "models/parameters/scenario.hpp"
#include "models/scenario/declared.hpp"

namespace cj::scenario {

const Declared<Scenario>& scenario_keys();
inline const Schema& scenario_schema() {
  return scenario_keys().schema();
}

}  // namespace cj::scenario

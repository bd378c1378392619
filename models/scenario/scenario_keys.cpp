#include "models/scenario/scenario_keys.hpp"

#include "models/scenario/sweep.hpp"

namespace cj::scenario {

const Declared<Scenario>& scenario_keys() {
  static const Declared<Scenario> keys(declare_sweep_keys);
  return keys;
}

}  // namespace cj::scenario

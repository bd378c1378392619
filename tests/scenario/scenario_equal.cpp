#include "tests/scenario/scenario_equal.hpp"

#include "models/scenario/scenario_keys.hpp"

namespace cj::scenario::testing {

std::vector<std::string> differences(const Scenario& a, const Scenario& b) {
  return scenario_keys().differences(a, b);
}

std::string fixture(const std::string& name) {
  return std::string(CJSIM_SCENARIO_FIXTURES) + "/" + name;
}

}  // namespace cj::scenario::testing

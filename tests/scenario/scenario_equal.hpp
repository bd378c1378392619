// Field-by-field comparison of two Scenarios (the structs have no operator==): the names of the
// fields that differ, so a failing round trip says where.
#pragma once

#include <string>
#include <vector>

#include "models/parameters/scenario.hpp"

namespace cj::scenario::testing {

std::vector<std::string> differences(const Scenario& a, const Scenario& b);

// The fixture folder (tests/scenario/fixtures).
std::string fixture(const std::string& name);

}  // namespace cj::scenario::testing

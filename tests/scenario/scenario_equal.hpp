// Member-by-member comparison of two Scenarios (the structs have no operator==), driven by the
// keys declared beside them: the key paths of the members that differ (list items and groups
// numbered), so a failing round trip says where, and a new key is compared with no edit here.
#pragma once

#include <string>
#include <vector>

#include "models/parameters/scenario.hpp"

namespace cj::scenario::testing {

std::vector<std::string> differences(const Scenario& a, const Scenario& b);

// The fixture folder (tests/scenario/fixtures).
std::string fixture(const std::string& name);

}  // namespace cj::scenario::testing

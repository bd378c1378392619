// Internal. --set overrides: "key.path=value", the value read as YAML (so {dist: fixed, value: 5}
// and [a, b] work). Applied after extends and before validation. Problems name the file "--set",
// line N for the N-th override and the column in it.
#pragma once

#include <string>
#include <vector>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

void apply_overrides(const Schema& schema, Node& root, const std::vector<std::string>& overrides,
                     Diagnostics& diagnostics);

// A YAML value given on its own (an override's or a sweep point's value), every location set to
// `at`; nothing (with a problem at `at`) when it is not valid YAML.
std::optional<Node> parse_value(const std::string& text, Location at, const std::string& path,
                                Diagnostics& diagnostics);

}  // namespace cj::scenario

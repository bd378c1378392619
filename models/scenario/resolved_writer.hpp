// Internal. Writing a tree back as YAML: the resolved scenario that output files keep, and the
// values in sweep labels. Numbers are written in their shortest round-trip form, so reading the
// text again gives the same doubles; text that could be misread is double-quoted.
#pragma once

#include <string>

#include "models/scenario/node.hpp"

namespace cj::scenario {

// Block style; small maps and lists of plain values in flow style ({dist: fixed, value: 5}).
std::string write_yaml(const Node& root);
// One line, flow style: 1.1, [a, b], {dist: fixed, value: 5}.
std::string flow_text(const Node& node);

}  // namespace cj::scenario

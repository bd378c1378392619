// Internal. YAML text to a Node tree, or problems. The one place that calls yaml-cpp's parser.
// Hostile input is refused up front or stopped early rather than crashing or hanging: too big,
// binary, nested too deep, more than one document, or aliases that expand past a budget.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

struct ParseLimits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB: a scenario is a few kilobytes
  int max_depth = 64;                 // the schema nests about 6 deep
  std::size_t max_nodes = 1'000'000;  // values after aliases are expanded
};

// The document of `text` (source `source` in `diagnostics`); nothing when it cannot be read, the
// reasons reported. An empty document gives a null node.
std::optional<Node> parse_yaml(std::string_view text, int source, Diagnostics& diagnostics,
                               const ParseLimits& limits = {});

}  // namespace cj::scenario

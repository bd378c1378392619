// Internal. Expanding a `sweep` section into points, in a fixed order:
//   grid: every combination, the first key varying slowest;
//   points: as listed;
//   one_at_a_time: each key alone through its values, in the order written;
//   latin_hypercube: `size` points, one per stratum of each range, from `seed` (xoshiro256++
//   from sim/random.hpp, so the same on every platform).
// A point's label is "path=value,path=value" in the order of its keys.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/loader.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

struct PlannedPoint {
  std::string label;
  std::vector<std::pair<std::string, Node>> overrides;  // key path, value (with its location)
  std::vector<Location> key_at;                         // where each key path was written
};

inline constexpr std::size_t kMaxSweepPoints = 10000;

// The keys of a `sweep` section, after the scenario's own (they fill no member: expand_sweep
// reads them).
void declare_sweep_keys(Schema& schema);

// The points of `sweep`; its mistakes reported (and then no points).
std::vector<PlannedPoint> expand_sweep(const Schema& schema, const Node& sweep,
                                       Diagnostics& diagnostics);
SweepPoint to_sweep_point(const PlannedPoint& planned);

}  // namespace cj::scenario

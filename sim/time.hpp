// Simulated time: a double counting days (or any unit a model chooses) from the start of a run.
#pragma once

#include <limits>

namespace sim {

using Time = double;

// A time that never comes: an event or deadline "at never" is simply not scheduled.
inline constexpr Time kNever = std::numeric_limits<Time>::infinity();

}  // namespace sim

// A small workload built to stress what could make the two back ends differ: many events at equal
// times (whole-day arrivals, services, patience deadlines and roster changes), priority classes, a
// ring fence, closed days, a delay stage that feeds back, an agent of the model's own, and a run
// in several slices with jobs submitted between them. It returns every recorded number in order.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/engine.hpp"

namespace simtest {

std::vector<double> run_tie_workload(sim::EngineKind kind, std::uint64_t seed);

}  // namespace simtest

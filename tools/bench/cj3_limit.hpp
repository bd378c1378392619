// The hand-written limit for the cj3 workload: the same model written without the kernel, as a
// plain std::priority_queue of (time, sequence, event) and hand-made queues, to measure what the
// kernel's generality (calendar, engine, server pools, virtual handlers) costs.
//
// It draws the same random numbers from the same streams and schedules its events in the same
// order as run_cj3 on the kernel (cancelled patience deadlines still take their sequence number;
// here they are skipped when they come up), so it records the same times bit for bit: the two
// runs are the same simulation, and only the machinery differs.
#pragma once

#include "tools/bench/cj3.hpp"

namespace bench {

// Ignores options.engine.
Cj3Result run_cj3_limit(const Cj3Options& options);

}  // namespace bench

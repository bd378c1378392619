// An M/M/c queue on sim::ServerPool for the statistical tests: Poisson arrivals split into priority
// classes, exponential service, optionally exponential patience (M/M/c+M). It measures what
// queueing theory predicts: waits per class, abandonment, and the time-weighted queue length.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/engine.hpp"
#include "sim/statistics.hpp"

namespace simtest {

struct QueueSpec {
  std::uint32_t servers = 1;
  std::vector<double> arrival_rates{1.0};  // per priority class (0 is served first)
  double service_mean = 1;                 // exponential, the same for every class
  double patience_mean = 0;                // exponential patience in the queue; 0: none
  std::uint64_t customers = 10000;         // arrivals in all
  std::uint64_t warmup = 1000;             // arrivals before this index are not counted
  std::uint64_t seed = 1;
};

struct QueueRun {
  // Counted customers (arrival index >= warmup), per class.
  std::vector<sim::Tally> wait;  // time in queue; abandoners until they leave
  std::vector<std::uint64_t> abandoned;
  // The measurement window runs from the first counted arrival to the last arrival.
  double window_start = 0;
  double window_end = 0;
  double window_queue_area = 0;  // integral of the queue length over the window
  // Over the whole run, from time 0 until the pool has drained.
  std::uint64_t customers = 0;
  double waits_sum = 0;     // every customer's time in queue
  double services_sum = 0;  // every service time
  double queue_area = 0;    // integral of the queue length
  double busy_area = 0;     // integral of the busy servers
  double end_time = 0;
};

QueueRun run_queue(const QueueSpec& spec, sim::EngineKind engine = sim::EngineKind::native);

}  // namespace simtest

// The "cj3" workload: three queueing stages in series, the kernel's reference benchmark and the
// workload the back ends are compared on.
//
//   Poisson arrivals -> stage 1: FIFO -> stage 2: priority cases first (non-preemptive)
//   -> stage 3: a case reneges if not started within its patience -> leaves.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/engine.hpp"

namespace bench {

struct Cj3Options {
  std::uint64_t cases = 1'000'000;
  std::uint64_t seed = 1;
  sim::EngineKind engine = sim::EngineKind::native;
  double arrival_rate = 1.0;     // per day
  double priority_share = 0.10;  // probability that a case is a priority case
  unsigned servers[3] = {20, 10, 5};
  double service_mean[3] = {17.0, 8.5, 4.25};  // days, exponential
  double patience_mean = 10.0;                 // days, exponential, stage 3
  double warmup_share = 0.10;                  // statistics skip this share of cases by arrival
  bool record_times = false;                   // keep every recorded time (for comparisons)
};

// Throws sim::InvalidParameter naming the first bad option.
void check(const Cj3Options& options);

struct Cj3Result {
  std::uint64_t cases = 0;
  std::uint64_t events = 0;
  double sim_wall_seconds = 0;  // the simulation only (not set-up)
  double sim_cpu_seconds = 0;   // the same in CPU time
  double w1 = 0;                // mean stage-1 wait
  double w2_priority = 0;
  double w2_normal = 0;
  double p_renege = 0;        // share of stage-3 arrivals that reneged
  double w3 = 0;              // mean stage-3 wait of all arrivals, abandoners until they leave
  std::uint64_t counted = 0;  // cases in the statistics
  double end_time = 0;
  // With record_times: every time the run recorded, in the order recorded.
  std::vector<double> times;
};

Cj3Result run_cj3(const Cj3Options& options);

}  // namespace bench

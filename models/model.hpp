// One run of the justice model: the stages wired on an engine, the initial stock opened, demand
// started, the clock run to the horizon, and the run's measures returned.
#pragma once

#include <cstdint>

#include "models/parameters/scenario.hpp"
#include "models/records/named_values.hpp"
#include "models/records/observer.hpp"
#include "sim/engine.hpp"

namespace cj {

struct RunOptions {
  std::uint64_t seed = 1;  // the run's own seed (see replication_seed)
  sim::EngineKind engine = sim::EngineKind::native;
  sim::EngineOptions engine_options;
};

struct RunResult {
  RunMetrics metrics;
  std::uint64_t events = 0;         // kernel events processed
  std::uint64_t cases = 0;          // cases created (stock, reports, later entries)
  std::size_t peak_open_cases = 0;  // most cases held at once: what memory grows with
  double wall_seconds = 0;
};

// Runs one replication. `observer`, when given, hears every report (a trace writer, say).
RunResult run_model(const Scenario& scenario, const RunOptions& options,
                    Observer* observer = nullptr);

struct FlowPlan;
// The same with other stages or routes than the model's own (justice_flow(), flow.hpp).
RunResult run_model(const Scenario& scenario, const RunOptions& options, Observer* observer,
                    const FlowPlan& plan);

// The seed of replication r: the same for every scenario point, so replication r of two points
// shares its random numbers (common random numbers) and differences between points are signal.
std::uint64_t replication_seed(std::uint64_t master_seed, int replication);

// Days of court calendar kept beyond the horizon (hearings are listed ahead).
inline constexpr int kListingMarginDays = 5 * 366;

}  // namespace cj

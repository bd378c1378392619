#include "models/model.hpp"

#include <chrono>
#include <cmath>
#include <optional>

#include "models/context.hpp"
#include "models/demand.hpp"
#include "models/flow.hpp"
#include "models/initial_stock.hpp"
#include "models/observers.hpp"
#include "models/probes/probe_set.hpp"
#include "models/sitting_days.hpp"
#include "models/workforce.hpp"

namespace cj {

std::uint64_t replication_seed(std::uint64_t master_seed, int replication) {
  return sim::derive_seed(sim::derive_seed(master_seed, sim::name_key("replication")),
                          static_cast<std::uint64_t>(replication));
}

RunResult run_model(const Scenario& scenario, const RunOptions& options, Observer* observer) {
  return run_model(scenario, options, observer, justice_flow());
}

RunResult run_model(const Scenario& scenario, const RunOptions& options, Observer* observer,
                    const FlowPlan& plan) {
  const auto started = std::chrono::steady_clock::now();
  const SittingCalendar calendar(
      scenario.calendar, to_day(scenario.start),
      static_cast<int>(std::ceil(scenario.horizon_days)) + kListingMarginDays);
  auto engine = sim::make_engine(options.engine, options.engine_options);
  ProbeSet probes(scenario);
  Observers observers;
  observers.add(probes);
  if (observer) observers.add(*observer);

  Context ctx(*engine, scenario, options.seed, observers, calendar);
  std::optional<Workforce> workforce;  // before the stages: see Workforce's daily reports
  if (!scenario.investigation.teams.empty() || !scenario.charging.teams.empty()) {
    ctx.workforce = &workforce.emplace(ctx);
  }
  Flow flow(ctx, plan);
  Demand demand(ctx);
  flow.wire({&demand});
  open_initial_stock(ctx, flow);
  demand.start();
  engine->run_until(scenario.horizon_days);

  // At the horizon: each stage's last look (custody time limits not yet seen), then the open
  // cases.
  flow.at_horizon();
  ctx.cases.for_each_open([&](Slot, Case& c) { observers.on_open_at_horizon(c.record); });

  RunResult result;
  result.metrics = probes.finish();
  result.events = engine->events();
  result.cases = ctx.cases.created();
  result.peak_open_cases = ctx.cases.capacity();
  result.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace cj

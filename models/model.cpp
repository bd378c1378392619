#include "models/model.hpp"

#include <chrono>
#include <cmath>

#include "models/charging.hpp"
#include "models/context.hpp"
#include "models/crown.hpp"
#include "models/demand.hpp"
#include "models/initial_stock.hpp"
#include "models/investigation.hpp"
#include "models/magistrates.hpp"
#include "models/observers.hpp"
#include "models/probes/probe_set.hpp"
#include "models/sitting_days.hpp"

namespace cj {

std::uint64_t replication_seed(std::uint64_t master_seed, int replication) {
  return sim::derive_seed(sim::derive_seed(master_seed, sim::name_key("replication")),
                          static_cast<std::uint64_t>(replication));
}

RunResult run_model(const Scenario& scenario, const RunOptions& options, Observer* observer) {
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
  InvestigationStage investigation(ctx);
  ChargingStage charging(ctx);
  MagistratesStage magistrates(ctx);
  CrownStage crown(ctx);
  ctx.investigation = &investigation;
  ctx.charging = &charging;
  ctx.magistrates = &magistrates;
  ctx.crown = &crown;

  auto demand = make_demand(ctx);
  open_initial_stock(ctx);
  for (auto& stream : demand) stream->start();
  engine->run_until(scenario.horizon_days);

  // At the horizon: breaches of the custody time limit not yet seen, then the open cases.
  ctx.cases.for_each_open([&](Slot slot, Case& c) {
    if (c.record.stage == Stage::crown) crown.check_custody_time_limit(slot);
  });
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

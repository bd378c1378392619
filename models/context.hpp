// What every stage shares: the clock, the parameters, the cases, the random streams and where
// reports go; and the few things every stage does to a case (move it, report it, close it).
// Stages do not know one another: where a case goes next is the route table's (flow.hpp).
#pragma once

#include <cmath>
#include <cstdint>

#include "models/case_store.hpp"
#include "models/parameters/scenario.hpp"
#include "models/records/observer.hpp"
#include "models/sitting_days.hpp"
#include "sim/engine.hpp"
#include "sim/random.hpp"

namespace cj {

class Workforce;

// Names of the per-case random streams: a case's draws for one purpose never depend on another
// purpose, nor on other cases (common random numbers between scenarios).
namespace purpose {
inline constexpr std::uint64_t mix = sim::name_key("case.mix");
inline constexpr std::uint64_t attrition_pre = sim::name_key("attrition.pre_charge");
inline constexpr std::uint64_t attrition_post = sim::name_key("attrition.post_charge");
inline constexpr std::uint64_t investigation = sim::name_key("investigation");
inline constexpr std::uint64_t charging_route = sim::name_key("charging.route");
inline constexpr std::uint64_t triage = sim::name_key("charging.triage");
inline constexpr std::uint64_t rework = sim::name_key("charging.rework");
inline constexpr std::uint64_t decision = sim::name_key("charging.decision");
inline constexpr std::uint64_t charge = sim::name_key("charge");
inline constexpr std::uint64_t hearing = sim::name_key("magistrates.hearing");
inline constexpr std::uint64_t mags_trial = sim::name_key("magistrates.trial");
inline constexpr std::uint64_t crown_ptph = sim::name_key("crown.ptph");
inline constexpr std::uint64_t crown_trial = sim::name_key("crown.trial");
inline constexpr std::uint64_t stock_residual = sim::name_key("stock.residual");
}  // namespace purpose

class Context {
 public:
  Context(sim::Engine& engine, const Scenario& scenario, std::uint64_t run_seed, Observer& observer,
          const SittingCalendar& calendar)
      : engine(engine),
        scenario(scenario),
        streams(run_seed),
        observer(observer),
        calendar(calendar) {}

  sim::Engine& engine;
  const Scenario& scenario;
  const sim::Streams streams;
  CaseStore cases;
  Observer& observer;
  const SittingCalendar& calendar;
  // The police and CPS teams whose hours bind; none without teams (every step a pure delay).
  Workforce* workforce = nullptr;

  double now() const noexcept { return engine.now(); }
  int today() const noexcept { return static_cast<int>(engine.now()); }
  // The day `days` from today, a part day counting as a whole one (notice, preparation, relisting).
  int day_after(double days) const noexcept { return today() + static_cast<int>(std::ceil(days)); }
  // The case's own stream for `purpose`; `k` tells repeated draws apart (the k-th submission).
  sim::Rng rng(std::uint64_t purpose_key, const Case& c, std::uint64_t k = 0) const noexcept {
    return streams.entity(purpose_key, c.random_key, k);
  }

  void report(Slot slot, CaseEvent event) { observer.on_event(cases[slot].record, event, now()); }
  // The case enters `to` (reported as a stage change).
  void move(Slot slot, Stage to);
  // The case ends now with `outcome`: reported, its pending event cancelled, its slot freed.
  void close(Slot slot, Outcome outcome);
  // A cost of capacity (a session sat, a sitting day), not of one case.
  void cost(double amount) {
    if (amount != 0) observer.on_cost(now(), amount);
  }
  // A cost incurred by one case (its investigation, a decision, a hearing): also added to the
  // case's own account, so that costs can be told by outcome.
  void case_cost(Slot slot, double amount) {
    if (amount == 0) return;
    cases[slot].record.direct_cost += static_cast<float>(amount);
    observer.on_cost(now(), amount);
  }
  // The unit costs, or none.
  const Costs* costs() const noexcept { return scenario.costs ? &*scenario.costs : nullptr; }
};

}  // namespace cj

#include "models/investigation.hpp"

#include <algorithm>
#include <cmath>

#include "models/charging.hpp"

namespace cj {

sim::Roster staff_roster(const DatedSteps& count, Day start) {
  std::vector<sim::Roster::Step> steps;
  for (const auto& [date, value] : count.steps) {
    const double t = std::max(0.0, static_cast<double>(to_day(date) - start));
    if (!steps.empty() && steps.back().from >= t) {
      steps.back().level = value;  // dates before the start collapse onto it
    } else {
      steps.push_back({t, value});
    }
  }
  return sim::Roster(std::move(steps));
}

InvestigationStage::InvestigationStage(Context& ctx) : ctx_(ctx) {
  if (const auto& staff = ctx.scenario.investigation.investigators) {
    sim::PoolSpec spec;
    spec.name = "investigators";
    spec.roster = staff_roster(staff->count, to_day(ctx.scenario.start));
    spec.servers = static_cast<std::uint32_t>(std::max(1.0, spec.roster->max_level()));
    investigators_ = std::make_unique<sim::ServerPool>(ctx.engine, std::move(spec), *this);
    ending_.resize(investigators_->spec().servers, kConcluded);
  }
}

double InvestigationStage::duration(const Case& c, double age) const {
  const auto& g = ctx_.scenario.investigation.groups[c.record.group];
  const double scale = c.record.eia ? ctx_.scenario.charging.eia.investigation_days_scale : 1.0;
  sim::Rng rng = ctx_.rng(purpose::investigation, c, 0);
  const Distribution law = scale == 1.0 ? g.duration_days : g.duration_days.scaled(scale);
  return law.sample_remaining(rng, age);
}

void InvestigationStage::open(Slot slot, double age) {
  ctx_.move(slot, Stage::investigation);
  Case& c = ctx_.cases[slot];
  if (investigators_) {
    if (ages_.size() <= slot) ages_.resize(slot + 1, 0.0);
    ages_[slot] = age;
    c.job = investigators_->submit(slot, 0, c.withdraw_pre_at).value;
    return;
  }
  const double end = ctx_.now() + duration(c, age);
  if (c.withdraw_pre_at < end) {
    c.pending = ctx_.engine.at(c.withdraw_pre_at, *this, kWithdrawn, slot);
  } else {
    c.pending = ctx_.engine.at(end, *this, kConcluded, slot);
  }
}

void InvestigationStage::on_event(std::uint32_t kind, std::uint64_t slot) {
  ctx_.cases[static_cast<Slot>(slot)].pending = {};
  if (kind == kWithdrawn) {
    withdraw(static_cast<Slot>(slot));
  } else {
    conclude(static_cast<Slot>(slot));
  }
}

void InvestigationStage::withdraw(Slot slot) {
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  ctx_.report(slot, CaseEvent::victim_withdrew);
  ctx_.close(slot, Outcome::victim_withdrawn_pre_charge);
}

void InvestigationStage::conclude(Slot slot) {
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  const Case& c = ctx_.cases[slot];
  const auto& o = ctx_.scenario.investigation.groups[c.record.group].outcomes;
  sim::Rng rng = ctx_.rng(purpose::investigation, c, 1);
  const double u = rng.uniform();
  if (u < o.file_for_charging) {
    ctx_.charging->receive_file(slot);
  } else if (u < o.file_for_charging + o.no_further_action) {
    ctx_.close(slot, Outcome::no_further_action);
  } else {
    ctx_.close(slot, Outcome::out_of_court);
  }
}

sim::Time InvestigationStage::on_start(std::uint64_t tag, std::uint32_t server) {
  const auto slot = static_cast<Slot>(tag);
  Case& c = ctx_.cases[slot];
  c.job = 0;
  const double end = ctx_.now() + duration(c, ages_[slot]);
  if (c.withdraw_pre_at < end) {
    ending_[server] = kWithdrawn;
    return c.withdraw_pre_at - ctx_.now();
  }
  ending_[server] = kConcluded;
  return end - ctx_.now();
}

void InvestigationStage::on_finish(std::uint64_t tag, std::uint32_t server) {
  if (ending_[server] == kWithdrawn) {
    withdraw(static_cast<Slot>(tag));
  } else {
    conclude(static_cast<Slot>(tag));
  }
}

}  // namespace cj

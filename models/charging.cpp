#include "models/charging.hpp"

#include <algorithm>
#include <cmath>

#include "models/investigation.hpp"
#include "models/magistrates.hpp"

namespace cj {

ChargingStage::ChargingStage(Context& ctx) : ctx_(ctx) {
  if (const auto& staff = ctx.scenario.charging.lawyers) {
    sim::PoolSpec spec;
    spec.name = "lawyers";
    spec.roster = staff_roster(staff->count, to_day(ctx.scenario.start));
    spec.servers = static_cast<std::uint32_t>(std::max(1.0, spec.roster->max_level()));
    lawyers_ = std::make_unique<sim::ServerPool>(ctx.engine, std::move(spec), *this);
    ending_.resize(lawyers_->spec().servers, kDecided);
  }
}

void ChargingStage::wait(Slot slot, double delay, Kind kind) {
  Case& c = ctx_.cases[slot];
  const double at = ctx_.now() + delay;
  c.pending = c.withdraw_pre_at < at ? ctx_.engine.at(c.withdraw_pre_at, *this, kWithdrawn, slot)
                                     : ctx_.engine.at(at, *this, kind, slot);
}

void ChargingStage::receive_file(Slot slot) {
  const Case& c = ctx_.cases[slot];
  const auto& g = ctx_.scenario.charging.groups[c.record.group];
  sim::Rng rng = ctx_.rng(purpose::charging_route, c);
  if (rng.uniform() < g.police_charge_share) {
    ctx_.magistrates->receive_charged(slot);
    return;
  }
  submit(slot);
}

void ChargingStage::submit(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  if (r.submissions < 255) ++r.submissions;
  if (std::isnan(r.file_submitted)) r.file_submitted = ctx_.now();
  ctx_.move(slot, Stage::awaiting_charge);
  ctx_.report(slot, CaseEvent::file_submitted);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->triage : 0);
  const auto& g = ctx_.scenario.charging.groups[r.group];
  sim::Rng rng = ctx_.rng(purpose::triage, c, r.submissions);
  wait(slot, g.triage_days.sample(rng), kTriaged);
}

void ChargingStage::triaged(Slot slot) {
  Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& g = ctx_.scenario.charging.groups[r.group];
  double accept = r.submissions <= 1 ? g.accept_first : g.accept_resubmission;
  if (r.submissions <= 1 && r.eia) accept += ctx_.scenario.charging.eia.accept_first_change;
  sim::Rng rng = ctx_.rng(purpose::triage, c, r.submissions);
  (void)g.triage_days.sample(rng);  // the triage time, drawn first from this stream
  if (rng.uniform() < std::clamp(accept, 0.0, 1.0)) {
    ctx_.report(slot, CaseEvent::file_accepted);
    start_decision(slot, 0);
    return;
  }
  ctx_.report(slot, CaseEvent::file_returned);
  sim::Rng rework = ctx_.rng(purpose::rework, c, r.submissions);
  wait(slot, g.rework_days.sample(rework), kReworked);
}

double ChargingStage::decision_time(const Case& c, double age) const {
  const auto& g = ctx_.scenario.charging.groups[c.record.group];
  const double scale = c.record.eia ? ctx_.scenario.charging.eia.decision_days_scale : 1.0;
  const Distribution law = scale == 1.0 ? g.decision_days : g.decision_days.scaled(scale);
  sim::Rng rng = ctx_.rng(purpose::decision, c, 0);
  return law.sample_remaining(rng, age);
}

void ChargingStage::start_decision(Slot slot, double age) {
  Case& c = ctx_.cases[slot];
  if (lawyers_) {
    if (ages_.size() <= slot) ages_.resize(slot + 1, 0.0);
    ages_[slot] = age;
    c.job = lawyers_->submit(slot, 0, c.withdraw_pre_at).value;
    return;
  }
  wait(slot, decision_time(c, age), kDecided);
}

void ChargingStage::open_from_stock(Slot slot, double age) {
  Case& c = ctx_.cases[slot];
  c.record.submissions = 1;
  c.record.file_submitted = ctx_.now() - age;
  ctx_.move(slot, Stage::awaiting_charge);
  start_decision(slot, age);
}

void ChargingStage::decide(Slot slot) {
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->charging_decision : 0);
  const Case& c = ctx_.cases[slot];
  const auto& d = ctx_.scenario.charging.groups[c.record.group].decision;
  double charge = d.charge;
  double nfa = d.no_further_action;
  if (c.record.eia) {
    // EIA moves decisions between no further action and charge.
    const double change = std::clamp(ctx_.scenario.charging.eia.charge_change, -charge, nfa);
    charge += change;
    nfa -= change;
  }
  sim::Rng rng = ctx_.rng(purpose::decision, c, 1);
  const double u = rng.uniform();
  if (u < charge) {
    ctx_.magistrates->receive_charged(slot);
  } else if (u < charge + nfa) {
    ctx_.close(slot, Outcome::no_further_action);
  } else {
    ctx_.close(slot, Outcome::out_of_court);
  }
}

void ChargingStage::withdraw(Slot slot) {
  ctx_.report(slot, CaseEvent::victim_withdrew);
  ctx_.close(slot, Outcome::victim_withdrawn_pre_charge);
}

void ChargingStage::on_event(std::uint32_t kind, std::uint64_t tag) {
  const auto slot = static_cast<Slot>(tag);
  ctx_.cases[slot].pending = {};
  switch (static_cast<Kind>(kind)) {
    case kTriaged:
      triaged(slot);
      break;
    case kReworked:
      submit(slot);
      break;
    case kDecided:
      decide(slot);
      break;
    case kWithdrawn:
      withdraw(slot);
      break;
  }
}

sim::Time ChargingStage::on_start(std::uint64_t tag, std::uint32_t server) {
  const auto slot = static_cast<Slot>(tag);
  Case& c = ctx_.cases[slot];
  c.job = 0;
  const double end = ctx_.now() + decision_time(c, ages_[slot]);
  ending_[server] = c.withdraw_pre_at < end ? kWithdrawn : kDecided;
  return std::min(end, c.withdraw_pre_at) - ctx_.now();
}

void ChargingStage::on_finish(std::uint64_t tag, std::uint32_t server) {
  if (ending_[server] == kWithdrawn) {
    withdraw(static_cast<Slot>(tag));
  } else {
    decide(static_cast<Slot>(tag));
  }
}

}  // namespace cj

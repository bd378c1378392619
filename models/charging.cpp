#include "models/charging.hpp"

#include <algorithm>
#include <cmath>

#include "models/attrition.hpp"

namespace cj {
namespace {

// The case's decision stream: the time to decide is its first draw set, the decision its second.
constexpr std::uint64_t kDecisionTimeDraw = 0;
constexpr std::uint64_t kDecisionDraw = 1;

}  // namespace

ChargingStage::ChargingStage(Context& ctx) : Node("charging"), ctx_(ctx) {}

bool ChargingStage::wait_for(Slot slot, Work work) {
  if (!ctx_.workforce || !ctx_.workforce->request(slot, work, *this)) return false;
  Case& c = ctx_.cases[slot];
  if (c.withdraw_pre_at < sim::kNever) {
    c.pending = schedule(ctx_.engine, std::max(c.withdraw_pre_at, ctx_.now()),
                         ChargingStep::victim_withdrew, slot);
  }
  return true;
}

void ChargingStage::work_done(Slot slot, Work work) {
  Case& c = ctx_.cases[slot];
  if (c.pending) ctx_.engine.cancel(c.pending);
  c.pending = {};
  const auto& g = ctx_.scenario.charging.groups[c.record.group];
  switch (work) {
    case Work::triage: {
      sim::Rng rng = ctx_.rng(purpose::triage, c, c.record.submissions);
      wait(slot, g.triage_days.sample(rng), ChargingStep::triage_done);
      break;
    }
    case Work::rework: {
      sim::Rng rework = ctx_.rng(purpose::rework, c, c.record.submissions);
      wait(slot, g.rework_days.sample(rework), ChargingStep::rework_done);
      break;
    }
    case Work::decision:
      wait(slot, decision_time(c, 0), ChargingStep::decision_made);
      break;
    default:
      break;  // the police's other work is asked for by the investigation
  }
}

void ChargingStage::wait(Slot slot, double delay, ChargingStep step) {
  Case& c = ctx_.cases[slot];
  const double at = ctx_.now() + delay;
  c.pending = c.withdraw_pre_at < at
                  ? schedule(ctx_.engine, c.withdraw_pre_at, ChargingStep::victim_withdrew, slot)
                  : schedule(ctx_.engine, at, step, slot);
}

void ChargingStage::receive_file(Slot slot) {
  const Case& c = ctx_.cases[slot];
  const auto& g = ctx_.scenario.charging.groups[c.record.group];
  sim::Rng rng = ctx_.rng(purpose::charging_route, c);
  if (rng.uniform() < g.police_charge_share) {
    charged_.send(slot);
    return;
  }
  submit(slot);
}

void ChargingStage::receive_later_entry(Slot slot) {
  draw_withdrawal_before_charge(ctx_, ctx_.cases[slot], ctx_.now());
  receive_file(slot);
}

void ChargingStage::submit(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  count_up(r.submissions);
  if (std::isnan(r.file_submitted)) r.file_submitted = ctx_.now();
  ctx_.move(slot, Stage::awaiting_charge);
  ctx_.report(slot, CaseEvent::file_submitted);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->triage : 0);
  if (wait_for(slot, Work::triage)) return;
  const auto& g = ctx_.scenario.charging.groups[r.group];
  sim::Rng rng = ctx_.rng(purpose::triage, c, r.submissions);
  wait(slot, g.triage_days.sample(rng), ChargingStep::triage_done);
}

void ChargingStage::triage(Slot slot) {
  Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& g = ctx_.scenario.charging.groups[r.group];
  const bool first = r.submissions <= 1;
  double accept = first ? g.accept_first : g.accept_resubmission;
  if (first && r.eia) accept += ctx_.scenario.charging.eia.accept_first_change;
  // The submission's triage stream: its time was drawn first (in submit), then the verdict.
  sim::Rng rng = ctx_.rng(purpose::triage, c, r.submissions);
  (void)g.triage_days.sample(rng);
  if (rng.uniform() < std::clamp(accept, 0.0, 1.0)) {
    ctx_.report(slot, CaseEvent::file_accepted);
    start_decision(slot, 0);
    return;
  }
  ctx_.report(slot, CaseEvent::file_returned);
  if (wait_for(slot, Work::rework)) return;
  sim::Rng rework = ctx_.rng(purpose::rework, c, r.submissions);
  wait(slot, g.rework_days.sample(rework), ChargingStep::rework_done);
}

double ChargingStage::decision_time(const Case& c, double age) const {
  const auto& g = ctx_.scenario.charging.groups[c.record.group];
  const double scale = c.record.eia ? ctx_.scenario.charging.eia.decision_days_scale : 1.0;
  const Distribution law = scale == 1.0 ? g.decision_days : g.decision_days.scaled(scale);
  sim::Rng rng = ctx_.rng(purpose::decision, c, kDecisionTimeDraw);
  return law.sample_remaining(rng, age);
}

void ChargingStage::start_decision(Slot slot, double age) {
  Case& c = ctx_.cases[slot];
  // Files with the CPS at the start have had their review begun; a new one waits for a lawyer.
  if (age == 0 && wait_for(slot, Work::decision)) return;
  wait(slot, decision_time(c, age), ChargingStep::decision_made);
}

void ChargingStage::open_from_stock(Slot slot, const StockCase& stock) {
  Case& c = ctx_.cases[slot];
  // The report date is unknown: the victim's clock is taken to start at submission.
  draw_withdrawal_before_charge(ctx_, c, -stock.age, stock.age);
  c.record.submissions = 1;
  c.record.file_submitted = ctx_.now() - stock.age;
  ctx_.move(slot, Stage::awaiting_charge);
  start_decision(slot, stock.age);
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
  sim::Rng rng = ctx_.rng(purpose::decision, c, kDecisionDraw);
  const double u = rng.uniform();
  if (u < charge) {
    charged_.send(slot);
  } else if (u < charge + nfa) {
    ctx_.close(slot, Outcome::no_further_action);
  } else {
    ctx_.close(slot, Outcome::out_of_court);
  }
}

void ChargingStage::withdraw(Slot slot) {
  if (ctx_.workforce) ctx_.workforce->cancel(slot);
  ctx_.report(slot, CaseEvent::victim_withdrew);
  ctx_.close(slot, Outcome::victim_withdrawn_pre_charge);
}

void ChargingStage::on(ChargingStep step, Slot slot) {
  ctx_.cases[slot].pending = {};
  switch (step) {
    case ChargingStep::triage_done:
      triage(slot);
      break;
    case ChargingStep::rework_done:
      submit(slot);  // the reworked file goes back to triage
      break;
    case ChargingStep::decision_made:
      decide(slot);
      break;
    case ChargingStep::victim_withdrew:
      withdraw(slot);
      break;
  }
}

}  // namespace cj

#include "models/investigation.hpp"

#include <algorithm>
#include <cmath>

#include "models/attrition.hpp"

namespace cj {
namespace {

// The case's investigation stream: the duration is its first draw set, the outcome its second.
constexpr std::uint64_t kDurationDraw = 0;
constexpr std::uint64_t kOutcomeDraw = 1;

}  // namespace

InvestigationStage::InvestigationStage(Context& ctx) : Node("investigation"), ctx_(ctx) {}

void InvestigationStage::receive_report(Slot slot) {
  Case& c = ctx_.cases[slot];
  c.record.report = ctx_.now();
  draw_withdrawal_before_charge(ctx_, c, ctx_.now());
  open(slot, 0);
  ctx_.report(slot, CaseEvent::reported);
}

void InvestigationStage::open_from_stock(Slot slot, const StockCase& stock) {
  Case& c = ctx_.cases[slot];
  c.record.report = -stock.age;
  draw_withdrawal_before_charge(ctx_, c, -stock.age, stock.age);
  open(slot, stock.age);
}

double InvestigationStage::duration(const Case& c, double age) const {
  const auto& g = ctx_.scenario.investigation.groups[c.record.group];
  const double scale = c.record.eia ? ctx_.scenario.charging.eia.investigation_days_scale : 1.0;
  sim::Rng rng = ctx_.rng(purpose::investigation, c, kDurationDraw);
  const Distribution law = scale == 1.0 ? g.duration_days : g.duration_days.scaled(scale);
  return law.sample_remaining(rng, age);
}

InvestigationStage::Ending InvestigationStage::ending(const Case& c, double age) const {
  const double end = ctx_.now() + duration(c, age);
  if (c.withdraw_pre_at < end) return {c.withdraw_pre_at, InvestigationEnd::victim_withdrew};
  return {end, InvestigationEnd::concluded};
}

void InvestigationStage::open(Slot slot, double age) {
  ctx_.move(slot, Stage::investigation);
  Case& c = ctx_.cases[slot];
  if (ctx_.workforce) {
    // Cases open at the start have had their work begun; a new report waits for its team.
    if (age > 0 || !wait_for(slot, Work::investigation)) run(slot, age);
    return;
  }
  const Ending e = ending(c, age);
  c.pending = schedule(ctx_.engine, e.at, e.how, slot);
}

void InvestigationStage::run(Slot slot, double age) {
  const Case& c = ctx_.cases[slot];
  const double days = duration(c, age);
  const Workforce& teams = *ctx_.workforce;
  const bool advice = c.record.eia && age == 0 &&
                      (teams.does(c, Work::eia_consultation) || teams.does(c, Work::eia_action));
  if (!advice) {
    after(slot, days, InvestigationEnd::concluded);
    return;
  }
  const double first = ctx_.scenario.charging.eia.consultation_at * days;
  if (rest_.size() <= slot) rest_.resize(slot + 1, 0.0);
  rest_[slot] = days - first;
  after(slot, first, InvestigationEnd::advice_due);
}

void InvestigationStage::after(Slot slot, double days, InvestigationEnd step) {
  Case& c = ctx_.cases[slot];
  const double at = ctx_.now() + days;
  c.pending = c.withdraw_pre_at < at ? schedule(ctx_.engine, c.withdraw_pre_at,
                                                InvestigationEnd::victim_withdrew, slot)
                                     : schedule(ctx_.engine, at, step, slot);
}

bool InvestigationStage::wait_for(Slot slot, Work work) {
  if (!ctx_.workforce->request(slot, work, *this)) return false;
  Case& c = ctx_.cases[slot];
  if (c.withdraw_pre_at < sim::kNever) {
    c.pending = schedule(ctx_.engine, std::max(c.withdraw_pre_at, ctx_.now()),
                         InvestigationEnd::victim_withdrew, slot);
  }
  return true;
}

void InvestigationStage::work_done(Slot slot, Work work) {
  Case& c = ctx_.cases[slot];
  if (c.pending) ctx_.engine.cancel(c.pending);
  c.pending = {};
  switch (work) {
    case Work::investigation:
      run(slot, 0);
      break;
    case Work::eia_consultation:
      // The advice is in: the investigator acts on it, then the investigation goes on.
      if (!wait_for(slot, Work::eia_action)) work_done(slot, Work::eia_action);
      break;
    case Work::eia_action:
      after(slot, rest_[slot], InvestigationEnd::concluded);
      break;
    case Work::file_build:
      file_.send(slot);
      break;
    default:
      break;  // the CPS's work is asked for by the charging stage
  }
}

void InvestigationStage::on(InvestigationEnd how, Slot slot) {
  ctx_.cases[slot].pending = {};
  if (how == InvestigationEnd::advice_due) {
    if (!wait_for(slot, Work::eia_consultation)) work_done(slot, Work::eia_consultation);
    return;
  }
  end(slot, how);
}

void InvestigationStage::end(Slot slot, InvestigationEnd how) {
  if (how == InvestigationEnd::victim_withdrew) {
    withdraw(slot);
  } else {
    conclude(slot);
  }
}

void InvestigationStage::withdraw(Slot slot) {
  if (ctx_.workforce) ctx_.workforce->cancel(slot);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  ctx_.report(slot, CaseEvent::victim_withdrew);
  ctx_.close(slot, Outcome::victim_withdrawn_pre_charge);
}

void InvestigationStage::conclude(Slot slot) {
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  const Case& c = ctx_.cases[slot];
  const auto& o = ctx_.scenario.investigation.groups[c.record.group].outcomes;
  double file = o.file_for_charging;
  double nfa = o.no_further_action;
  const double change = ctx_.scenario.charging.eia.file_for_charging_change;
  if (c.record.eia && change != 0) {
    // EIA moves investigations between no further action and a file for charging.
    const double moved = std::clamp(change, -file, nfa);
    file += moved;
    nfa -= moved;
  }
  sim::Rng rng = ctx_.rng(purpose::investigation, c, kOutcomeDraw);
  const double u = rng.uniform();
  if (u < file) {
    if (ctx_.workforce && wait_for(slot, Work::file_build)) return;
    file_.send(slot);
  } else if (u < file + nfa) {
    ctx_.close(slot, Outcome::no_further_action);
  } else {
    ctx_.close(slot, Outcome::out_of_court);
  }
}

}  // namespace cj

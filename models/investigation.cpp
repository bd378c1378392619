#include "models/investigation.hpp"

#include <algorithm>
#include <cmath>

#include "models/attrition.hpp"
#include "models/staff_pool.hpp"

namespace cj {
namespace {

// The case's investigation stream: the duration is its first draw set, the outcome its second.
constexpr std::uint64_t kDurationDraw = 0;
constexpr std::uint64_t kOutcomeDraw = 1;

}  // namespace

InvestigationStage::InvestigationStage(Context& ctx) : Node("investigation"), ctx_(ctx) {
  if (const auto& staff = ctx.scenario.investigation.investigators) {
    investigators_ = staff_pool(ctx, *staff, "investigators", *this);
    ending_.resize(investigators_->spec().servers, InvestigationEnd::concluded);
  }
}

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
  if (investigators_) {
    if (ages_.size() <= slot) ages_.resize(slot + 1, 0.0);
    ages_[slot] = age;
    c.job = investigators_->submit(slot, 0, c.withdraw_pre_at).value;
    return;
  }
  const Ending e = ending(c, age);
  c.pending = schedule(ctx_.engine, e.at, e.how, slot);
}

void InvestigationStage::on(InvestigationEnd how, Slot slot) {
  ctx_.cases[slot].pending = {};
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
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  ctx_.report(slot, CaseEvent::victim_withdrew);
  ctx_.close(slot, Outcome::victim_withdrawn_pre_charge);
}

void InvestigationStage::conclude(Slot slot) {
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->investigation : 0);
  const Case& c = ctx_.cases[slot];
  const auto& o = ctx_.scenario.investigation.groups[c.record.group].outcomes;
  sim::Rng rng = ctx_.rng(purpose::investigation, c, kOutcomeDraw);
  const double u = rng.uniform();
  if (u < o.file_for_charging) {
    file_.send(slot);
  } else if (u < o.file_for_charging + o.no_further_action) {
    ctx_.close(slot, Outcome::no_further_action);
  } else {
    ctx_.close(slot, Outcome::out_of_court);
  }
}

sim::Time InvestigationStage::start_case(Slot slot, std::uint32_t investigator) {
  Case& c = ctx_.cases[slot];
  c.job = 0;
  const Ending e = ending(c, ages_[slot]);
  ending_[investigator] = e.how;
  return e.at - ctx_.now();
}

void InvestigationStage::finish_case(Slot slot, std::uint32_t investigator) {
  end(slot, ending_[investigator]);
}

}  // namespace cj

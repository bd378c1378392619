#include "models/charged.hpp"

#include "models/attrition.hpp"

namespace cj {
namespace {

// The court of a uniform draw `u` by the courts' shares of charged cases (the last court takes
// what rounding leaves).
std::uint8_t draw_court(const std::vector<MagistratesCourt>& courts, double u) {
  std::uint8_t court = 0;
  double running = 0;
  for (std::size_t i = 0; i < courts.size(); ++i) {
    running += courts[i].share;
    court = static_cast<std::uint8_t>(i);
    if (u < running) break;
  }
  return court;
}

bool pleads_guilty_at_first_hearing(Mode mode, const MagistratesGroup& g, double u) {
  switch (mode) {
    case Mode::summary:
      return u < g.guilty_plea_summary;
    case Mode::either_way:
      return u < g.guilty_plea_either_way;
    case Mode::indictable:
      return false;  // indictable-only cases plead at the Crown Court
  }
  return false;
}

}  // namespace

void settle_at_charge(Context& ctx, Slot slot, double age) {
  Case& c = ctx.cases[slot];
  CaseRecord& r = c.record;
  r.charge = ctx.now() - age;
  // Drawn in this order from the case's charge stream: custody, court, plea.
  sim::Rng rng = ctx.rng(purpose::charge, c);
  r.custody = rng.uniform() < ctx.scenario.offences[r.group].custody_share;
  const double court_draw = rng.uniform();
  const double plea_draw = rng.uniform();
  r.magistrates_court = draw_court(ctx.scenario.magistrates.courts, court_draw);
  c.pleads_guilty =
      pleads_guilty_at_first_hearing(r.mode, ctx.scenario.magistrates.groups[r.group], plea_draw);
  draw_withdrawal_after_charge(ctx, c, r.charge, age);
}

}  // namespace cj

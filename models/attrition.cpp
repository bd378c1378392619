#include "models/attrition.hpp"

namespace cj {
namespace {

double draw(const Context& ctx, const Case& c, std::uint64_t purpose_key,
            const std::optional<Distribution>& law, double from, double age,
            double hazard_ratio = 1.0) {
  if (!c.record.has_victim || !law) return sim::kNever;
  const double ratio =
      (c.record.victim_supported ? ctx.scenario.attrition.support_hazard_ratio : 1.0) *
      hazard_ratio;
  sim::Rng rng = ctx.rng(purpose_key, c);
  return from + law->sample_with_hazard_ratio(rng, ratio, age);
}

}  // namespace

void draw_withdrawal_before_charge(const Context& ctx, Case& c, double reported, double age) {
  const auto& law = ctx.scenario.attrition.groups[c.record.group].pre_charge_days;
  // Early investigative advice may keep victims engaged (charging.eia.withdrawal_hazard_ratio).
  const double eia = c.record.eia ? ctx.scenario.charging.eia.withdrawal_hazard_ratio : 1.0;
  c.withdraw_pre_at = draw(ctx, c, purpose::attrition_pre, law, reported, age, eia);
}

void draw_withdrawal_after_charge(const Context& ctx, Case& c, double charged, double age) {
  const auto& law = ctx.scenario.attrition.groups[c.record.group].post_charge_days;
  c.withdraw_post_at = draw(ctx, c, purpose::attrition_post, law, charged, age);
}

}  // namespace cj

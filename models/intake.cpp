#include "models/intake.hpp"

#include <algorithm>

namespace cj {

Slot admit(Context& ctx, int group, std::uint64_t random_key, bool from_stock) {
  const Slot slot = ctx.cases.create();
  Case& c = ctx.cases[slot];
  c.random_key = random_key;
  CaseRecord& r = c.record;
  r.group = static_cast<std::uint16_t>(group);
  r.from_stock = from_stock;
  r.stage = Stage::closed;  // not yet in a stage: the first move reports its receipt
  const OffenceGroup& g = ctx.scenario.offences[static_cast<std::size_t>(group)];
  sim::Rng rng = ctx.rng(purpose::mix, c);
  r.domestic_abuse = rng.uniform() < g.domestic_abuse_share;
  r.has_victim = rng.uniform() < g.victim_share;
  const double support =
      ctx.scenario.attrition.groups[static_cast<std::size_t>(group)].support_share;
  const double supported_draw = rng.uniform();
  r.victim_supported = r.has_victim && supported_draw < support;
  const double m = rng.uniform();
  r.mode = m < g.mode.summary                       ? Mode::summary
           : m < g.mode.summary + g.mode.either_way ? Mode::either_way
                                                    : Mode::indictable;
  const auto& eia = ctx.scenario.charging.eia;
  const double eia_draw = rng.uniform();
  r.eia = std::find(eia.applies_to.begin(), eia.applies_to.end(), group) != eia.applies_to.end() &&
          eia_draw < eia.uptake;
  return slot;
}

}  // namespace cj

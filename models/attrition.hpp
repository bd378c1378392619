// Victim attrition: when a victim would withdraw support, drawn once before charge (from report)
// and once after charge (from charge), for cases with a victim. Supported victims (IDVA/ISVA)
// have their withdrawal hazard scaled by the support hazard ratio.
//
// The stages make the withdrawal compete with progress: whichever comes first happens. Each draw
// comes from the case's own stream, so it is the same whatever the courts do (the delay decides
// whether it bites, not the draw).
#pragma once

#include "models/context.hpp"

namespace cj {

// Sets c.withdraw_pre_at (absolute time) for a case reported at `reported`; `age` > 0 for a case
// already open that long whose victim has not withdrawn yet.
void draw_withdrawal_before_charge(const Context& ctx, Case& c, double reported, double age = 0);
// Sets c.withdraw_post_at for a case charged at `charged`.
void draw_withdrawal_after_charge(const Context& ctx, Case& c, double charged, double age = 0);

// True if the victim has withdrawn by now (after charge): the prosecution offers no evidence.
inline bool withdrawn_after_charge(const Context& ctx, const Case& c) {
  return c.withdraw_post_at <= ctx.now();
}

}  // namespace cj

#include "models/trial_day.hpp"

namespace cj {

void crack_trial(Context& ctx, Slot slot, double guilty_plea_share, double u) {
  ctx.report(slot, CaseEvent::trial_cracked);
  if (u < guilty_plea_share) {
    ctx.report(slot, CaseEvent::guilty_plea);
    ctx.close(slot, Outcome::convicted_plea);
  } else {
    ctx.close(slot, Outcome::discontinued);
  }
}

void stop_for_withdrawal(Context& ctx, Slot slot, bool at_trial) {
  if (at_trial) ctx.report(slot, CaseEvent::trial_cracked);
  ctx.report(slot, CaseEvent::victim_withdrew);
  ctx.close(slot, Outcome::victim_withdrawn_post_charge);
}

}  // namespace cj

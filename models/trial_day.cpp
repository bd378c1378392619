#include "models/trial_day.hpp"

namespace cj {

IneffectiveCause draw_ineffective_cause(const IneffectiveCauses& shares, double u) {
  if (u < shares.witness_absent) return IneffectiveCause::witness_absent;
  u -= shares.witness_absent;
  if (u < shares.defence_not_ready) return IneffectiveCause::defence_not_ready;
  u -= shares.defence_not_ready;
  if (u < shares.prosecution_not_ready) return IneffectiveCause::prosecution_not_ready;
  return IneffectiveCause::other;
}

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

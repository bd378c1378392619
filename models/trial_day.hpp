// What happens on a trial's day, in either court: the trial is effective, cracks (a late guilty
// plea, or no evidence offered) or is ineffective; a victim who has withdrawn makes it crack.
#pragma once

#include "models/context.hpp"

namespace cj {

enum class TrialDay { effective, cracked, ineffective };

// The day's outcome for a uniform draw u, given the shares of effective and cracked trials.
inline TrialDay trial_day(double u, double effective, double cracked) {
  if (u < effective) return TrialDay::effective;
  if (u < effective + cracked) return TrialDay::cracked;
  return TrialDay::ineffective;
}

// The cause of an ineffective listing other than lack of court time, for a uniform draw u.
IneffectiveCause draw_ineffective_cause(const IneffectiveCauses& shares, double u);

// The trial cracks: a late guilty plea when `u` < `guilty_plea_share`, else no evidence offered.
void crack_trial(Context& ctx, Slot slot, double guilty_plea_share, double u);

// The victim has withdrawn since charge: the prosecution is stopped at this hearing.
// `at_trial`: the hearing was a trial listing, which therefore cracks.
void stop_for_withdrawal(Context& ctx, Slot slot, bool at_trial);

}  // namespace cj

// What is settled about a case when it is charged, wherever it is first seen after charge
// (charged now, or arriving from data or from the initial stock at a court): whether the
// defendant is remanded in custody, which magistrates' court hears the case, whether they will
// plead guilty at the first hearing, and when the victim would withdraw after charge. Each from
// the case's own streams, so the same case is charged the same way in every scenario.
#pragma once

#include "models/context.hpp"

namespace cj {

// Settles the case as charged `age` days ago (its charge date is now - age).
void settle_at_charge(Context& ctx, Slot slot, double age);

}  // namespace cj

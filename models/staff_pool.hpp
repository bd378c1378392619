// An optional pool of staff (investigators, lawyers) that makes a pre-court stage's capacity
// bind: as many servers as the most staff on duty, their number on duty stepping by date.
#pragma once

#include <memory>
#include <string>

#include "models/context.hpp"
#include "sim/roster.hpp"
#include "sim/server_pool.hpp"

namespace cj {

// A staff roster from dated counts: steps at those dates, every day.
sim::Roster staff_roster(const DatedSteps& count, Day start);

// The pool of `staff`, named `name`, serving `client`'s cases.
std::unique_ptr<sim::ServerPool> staff_pool(Context& ctx, const StaffPool& staff, std::string name,
                                            sim::PoolClient& client);

}  // namespace cj

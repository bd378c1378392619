// The open cases at the start date, at every stage, with their ages: planners forecast from
// today's backlog, not from an empty system. Oldest cases are created first, so they are listed
// first where listing is first come, first served.
#pragma once

#include <vector>

#include "models/context.hpp"
#include "models/flow.hpp"

namespace cj {

// Opens each stage's stock in the node the flow routes it to.
void open_initial_stock(Context& ctx, const Flow& flow);

// The offence mix of a stage's stock when the scenario gives none: by Little's law, stock is
// proportional to the rate cases reach the stage times the time they spend there (taken equal
// across groups in the courts, where waiting dominates and cannot be known in advance).
std::vector<double> derived_stock_mix(const Scenario& scenario, Stage stage);

}  // namespace cj

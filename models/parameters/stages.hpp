// Parameters of each stage of a case (scenario keys `investigation`, `charging`, `magistrates`,
// `crown`, `attrition`), one header a stage. Values that may differ by offence group are vectors
// indexed by group; the scenario reader fills them from a stage default and its `by_offence`
// overrides.
#pragma once

#include "models/parameters/attrition.hpp"
#include "models/parameters/charging.hpp"
#include "models/parameters/crown.hpp"
#include "models/parameters/investigation.hpp"
#include "models/parameters/magistrates.hpp"
#include "models/parameters/staff.hpp"
#include "models/parameters/trials.hpp"

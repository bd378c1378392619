// An optional staff pool (investigators, lawyers) that makes a stage's capacity bind.
#pragma once

#include "models/parameters/common.hpp"

namespace cj {

struct StaffPool {
  DatedSteps count;  // staff on duty by date
};

}  // namespace cj

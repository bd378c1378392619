// Building blocks of the scenario parameters: values that step by date, shares of the modes of
// trial, and how a struct declares its keys (keys.hpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "models/parameters/dated.hpp"
#include "models/parameters/keys.hpp"
#include "models/records/case.hpp"
#include "models/records/dates.hpp"
#include "sim/distribution.hpp"

namespace cj {

using sim::Distribution;

// Shares of summary, either-way and indictable-only cases (a share set: they sum to 1).
struct ModeShares {
  double summary = 0;
  double either_way = 0;
  double indictable = 0;

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&ModeShares::summary, "summary", unit::share, limit::probability, "Summary-only cases.")
        .in_share_set("mode");
    k.bind(&ModeShares::either_way, "either_way", unit::share, limit::probability,
           "Either-way cases.")
        .in_share_set("mode");
    k.bind(&ModeShares::indictable, "indictable", unit::share, limit::probability,
           "Indictable-only cases.")
        .in_share_set("mode");
  }
};

}  // namespace cj

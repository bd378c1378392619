// A new case: its offence group, its flags drawn from the group's case mix, and its random key.
#pragma once

#include <cstdint>

#include "models/context.hpp"

namespace cj {

// Creates an open case of `group` in no stage yet (the caller moves it into one). `random_key`
// names the case's random streams: the same key gives the same case in every scenario.
Slot admit(Context& ctx, int group, std::uint64_t random_key, bool from_stock);

// A stable key for the n-th case from one source (an arrival stream, a stock stage).
inline std::uint64_t case_key(std::uint64_t source_key, std::uint64_t n) {
  return sim::derive_seed(source_key, n);
}

}  // namespace cj

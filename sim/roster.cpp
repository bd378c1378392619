#include "sim/roster.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "sim/check.hpp"

namespace sim {

Roster::Roster(std::vector<Step> steps) : steps_(std::move(steps)) {
  for (std::size_t i = 0; i < steps_.size(); ++i) {
    require(std::isfinite(steps_[i].from), "roster step time", steps_[i].from, "a finite time");
    require_finite_non_negative("roster level", steps_[i].level);
    if (i > 0) {
      require(steps_[i].from > steps_[i - 1].from, "roster step time", steps_[i].from,
              "a time after the previous step (" + format_number(steps_[i - 1].from) + ")");
    }
    max_level_ = std::max(max_level_, steps_[i].level);
  }
}

std::size_t Roster::step_at(Time t) const noexcept {
  const auto it = std::upper_bound(steps_.begin(), steps_.end(), t,
                                   [](Time x, const Step& s) { return x < s.from; });
  return it == steps_.begin() ? steps_.size() : static_cast<std::size_t>(it - steps_.begin()) - 1;
}

double Roster::level_at(Time t) const noexcept {
  const std::size_t i = step_at(t);
  return i == steps_.size() ? 0 : steps_[i].level;
}

Time Roster::next_change_after(Time t) const noexcept {
  const auto it = std::upper_bound(steps_.begin(), steps_.end(), t,
                                   [](Time x, const Step& s) { return x < s.from; });
  return it == steps_.end() ? kNever : it->from;
}

}  // namespace sim

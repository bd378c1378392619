// Capacity that changes by date: a step function of time (servers on duty, rooms sitting, minutes
// of court time). Zero is allowed: a closed day. Building one from a weekly pattern and a list of
// closed dates is the model's business; the roster only stores the steps.
#pragma once

#include <cstddef>
#include <vector>

#include "sim/time.hpp"

namespace sim {

class Roster {
 public:
  struct Step {
    Time from;     // the level holds from this time until the next step
    double level;  // >= 0
  };

  Roster() = default;  // zero for ever
  // `steps` must start at strictly increasing times; before the first step the level is 0.
  explicit Roster(std::vector<Step> steps);
  static Roster constant(double level) { return Roster({{0, level}}); }

  double level_at(Time t) const noexcept;
  // The first step strictly after t, or kNever.
  Time next_change_after(Time t) const noexcept;
  double max_level() const noexcept { return max_level_; }
  const std::vector<Step>& steps() const noexcept { return steps_; }
  // Index of the step in force at t (steps().size() when before the first).
  std::size_t step_at(Time t) const noexcept;

 private:
  std::vector<Step> steps_;
  double max_level_ = 0;
};

}  // namespace sim

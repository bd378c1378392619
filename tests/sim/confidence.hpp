// Confidence intervals over independent replications: the tolerance of every statistical test.
// Each replication gives one value (its mean); the interval is
// mean ± t(level two-sided, n - 1) × standard error, with a 99.9% level by default.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace simtest {

struct Interval {
  double mean = 0;
  double half_width = 0;
  std::size_t replications = 0;
  double low() const { return mean - half_width; }
  double high() const { return mean + half_width; }
};

// Student's t quantile for a two-sided `level` with `dof` degrees of freedom.
double t_two_sided(double level, std::size_t dof);

// Needs at least two values.
Interval confidence_interval(const std::vector<double>& values, double level = 0.999);

// Passes if `expected` lies in the interval; the message shows both.
::testing::AssertionResult covers(const Interval& interval, double expected);

}  // namespace simtest

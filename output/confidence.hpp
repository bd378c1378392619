// Confidence intervals for summaries and comparisons across replications.
#pragma once

#include <cstddef>
#include <span>

namespace out {

struct Interval {
  double mean = 0;
  double low = 0;
  double high = 0;
  std::size_t n = 0;  // values used (NaN values are skipped)
};

// Mean and 95% confidence interval of the mean: mean ± t(0.975, n-1) · s / sqrt(n), with s the
// sample standard deviation. NaN values are left out. With one value the interval collapses to
// the mean (low = high = mean: no spread can be estimated); with none, all three are NaN.
Interval mean_ci95(std::span<const double> values);

// The same for the differences a[i] - b[i], pairing replication i of two scenarios (common random
// numbers make the pairs correlated, so this interval is much narrower than comparing two
// means). Pairs with a NaN on either side are left out; a and b must have the same length
// (std::invalid_argument otherwise).
Interval paired_difference_ci95(std::span<const double> a, std::span<const double> b);

// The 97.5% quantile of Student's t with `df` degrees of freedom (df >= 1).
double student_t_975(std::size_t df);

}  // namespace out

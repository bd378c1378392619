#include "output/confidence.hpp"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace out {

double student_t_975(std::size_t df) {
  const boost::math::students_t t(static_cast<double>(df));
  return boost::math::quantile(t, 0.975);
}

Interval mean_ci95(std::span<const double> values) {
  Interval r;
  double mean = 0, m2 = 0;  // Welford: stable for values far from zero
  for (const double x : values) {
    if (std::isnan(x)) continue;
    ++r.n;
    const double delta = x - mean;
    mean += delta / static_cast<double>(r.n);
    m2 += delta * (x - mean);
  }
  if (r.n == 0) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan, nan, 0};
  }
  r.mean = r.low = r.high = mean;
  if (r.n > 1) {
    const double n = static_cast<double>(r.n);
    const double half = student_t_975(r.n - 1) * std::sqrt(m2 / (n - 1) / n);
    r.low = mean - half;
    r.high = mean + half;
  }
  return r;
}

Interval paired_difference_ci95(std::span<const double> a, std::span<const double> b) {
  if (a.size() != b.size()) {
    throw std::invalid_argument("paired differences need as many values on each side (" +
                                std::to_string(a.size()) + " and " + std::to_string(b.size()) +
                                ")");
  }
  std::vector<double> differences(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) differences[i] = a[i] - b[i];  // NaN propagates
  return mean_ci95(differences);
}

}  // namespace out

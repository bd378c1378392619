#include "tests/sim/confidence.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "sim/statistics.hpp"

namespace simtest {

double t_two_sided(double level, std::size_t dof) {
  const boost::math::students_t t(static_cast<double>(dof));
  return boost::math::quantile(boost::math::complement(t, (1 - level) / 2));
}

Interval confidence_interval(const std::vector<double>& values, double level) {
  if (values.size() < 2) throw std::invalid_argument("confidence_interval: fewer than 2 values");
  sim::Tally tally;
  for (double v : values) tally.add(v);
  const double n = static_cast<double>(values.size());
  Interval interval;
  interval.mean = tally.mean();
  interval.half_width = t_two_sided(level, values.size() - 1) * std::sqrt(tally.variance() / n);
  interval.replications = values.size();
  return interval;
}

::testing::AssertionResult covers(const Interval& interval, double expected) {
  std::ostringstream text;
  text.precision(6);
  text << "expected " << expected << "; replications give " << interval.mean << " ± "
       << interval.half_width << " [" << interval.low() << ", " << interval.high() << "] over "
       << interval.replications << " replications";
  if (std::abs(interval.mean - expected) <= interval.half_width) {
    return ::testing::AssertionSuccess() << text.str();
  }
  return ::testing::AssertionFailure() << text.str();
}

}  // namespace simtest

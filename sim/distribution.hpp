// Probability distributions of durations and other non-negative quantities, as small values that
// are cheap to copy into parameter structs. Every constructor checks its parameters and throws
// InvalidParameter naming the one that is wrong.
//
// Sampling uses inversion where it is cheap (one uniform per draw), so two scenarios that share a
// stream draw "the same" value in the same quantile: the strongest common random numbers.
//
// To add a distribution: a Kind, a factory that checks its parameters, and a case in each of
// sample(), cdf(), quantile(), mean() and describe().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/random.hpp"

namespace sim {

class Distribution {
 public:
  enum class Kind : std::uint8_t {
    fixed,
    exponential,
    lognormal,
    gamma,
    weibull,
    uniform,
    empirical
  };

  Distribution() = default;  // fixed at 0
  static Distribution fixed(double value);
  static Distribution exponential(double mean);
  static Distribution lognormal(double mu, double sigma);
  // The lognormal with this median and 90th percentile (p90 > median > 0).
  static Distribution lognormal_median_p90(double median, double p90);
  static Distribution gamma(double shape, double scale);
  static Distribution weibull(double shape, double scale);
  static Distribution uniform(double low, double high);
  // Discrete: `values[i]` with probability proportional to `weights[i]`.
  static Distribution empirical(std::vector<double> values, std::vector<double> weights);

  Kind kind() const noexcept { return kind_; }
  // The parameters as stored, so that a distribution can be written back out: see a_ and b_
  // below; an empirical distribution's values ascending and their cumulative weights.
  double first_parameter() const noexcept { return a_; }
  double second_parameter() const noexcept { return b_; }
  const std::vector<double>& values() const noexcept { return values_; }
  const std::vector<double>& cumulative_weights() const noexcept { return cumulative_; }
  double sample(Rng& rng) const;
  double mean() const;
  double cdf(double x) const;
  double quantile(double p) const;
  // X - age given X > age: what remains of a duration already `age` long.
  double sample_remaining(Rng& rng, double age) const;
  // A draw whose survival function is S(t)^ratio (proportional hazards): ratio < 1 means the
  // event comes later, ratio > 1 sooner; ratio 1 is the distribution itself. With `older_than`
  // > 0, the draw is conditional on exceeding it (an event that has not happened by that age).
  double sample_with_hazard_ratio(Rng& rng, double ratio, double older_than = 0) const;
  // The law of factor * X (factor > 0).
  Distribution scaled(double factor) const;
  std::string describe() const;

  friend bool operator==(const Distribution&, const Distribution&) = default;

 private:
  Kind kind_ = Kind::fixed;
  double a_ =
      0;  // fixed: value; exponential: mean; lognormal: mu; gamma, weibull: shape; uniform: low
  double b_ = 0;                    // lognormal: sigma; gamma, weibull: scale; uniform: high
  std::vector<double> values_;      // empirical, sorted ascending
  std::vector<double> cumulative_;  // empirical, normalised, last = 1
};

// Standard normal cumulative distribution and its inverse (relative error below 1e-14).
double normal_cdf(double x);
double normal_quantile(double p);
// Regularised lower incomplete gamma function P(a, x).
double gamma_p(double a, double x);

}  // namespace sim

#include "sim/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "sim/check.hpp"

namespace sim {
namespace {

// z such that P(Z < z) = 0.9.
constexpr double kZ90 = 1.2815515655446004;

// Uniform on the open interval (0, 1): both ends excluded, safe for quantile functions.
double open_uniform(Rng& rng) {
  return (static_cast<double>(rng.next() >> 11) + 0.5) * 0x1.0p-53;
}

double gamma_quantile(double shape, double p) {
  if (p <= 0) return 0;
  if (p >= 1) return std::numeric_limits<double>::infinity();
  // Wilson-Hilferty start, then safeguarded Newton steps on P(shape, x) = p.
  const double z = normal_quantile(p);
  const double c = 1.0 / (9.0 * shape);
  double x = shape * std::pow(std::max(1 - c + z * std::sqrt(c), 1e-3), 3);
  double low = 0;
  double high = std::numeric_limits<double>::infinity();
  const double log_gamma = std::lgamma(shape);
  for (int i = 0; i < 200; ++i) {
    const double f = gamma_p(shape, x) - p;
    if (f == 0) break;
    if (f < 0) {
      low = x;
    } else {
      high = x;
    }
    const double density = std::exp((shape - 1) * std::log(x) - x - log_gamma);
    double next = density > 0 ? x - f / density : (low + high) / 2;
    if (!(next > low && next < high)) {
      next = std::isfinite(high) ? (low + high) / 2 : std::max(2 * x, low + 1);
    }
    if (std::abs(next - x) <= 1e-14 * std::max(1.0, x)) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}

}  // namespace

double normal_cdf(double x) {
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normal_quantile(double p) {
  require(p > 0 && p < 1, "normal quantile probability", p, "a number in (0, 1)");
  // Acklam's rational approximation, refined by one Halley step.
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                 -2.759285104469687e+02, 1.383577518672690e+02,
                                 -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                 -1.556989798598866e+02, 6.680131188771972e+01,
                                 -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                 -2.400758277161838e+00, -2.549732539343734e+00,
                                 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                 2.445134137142996e+00, 3.754408661907416e+00};
  constexpr double p_low = 0.02425;
  double x;
  if (p < p_low) {
    const double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - p_low) {
    const double q = p - 0.5;
    const double r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const double q = std::sqrt(-2 * std::log1p(-p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const double e = normal_cdf(x) - p;
  const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

double gamma_p(double a, double x) {
  if (x <= 0) return 0;
  const double log_front = a * std::log(x) - x - std::lgamma(a);
  if (x < a + 1) {
    // Series.
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 1000; ++n) {
      term *= x / (a + n);
      sum += term;
      if (std::abs(term) < std::abs(sum) * 1e-16) break;
    }
    return std::min(1.0, sum * std::exp(log_front));
  }
  // Continued fraction for Q(a, x) (modified Lentz).
  constexpr double tiny = 1e-300;
  double b = x + 1 - a;
  double c = 1 / tiny;
  double d = 1 / b;
  double h = d;
  for (int i = 1; i < 1000; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1) < 1e-16) break;
  }
  return std::max(0.0, 1 - std::exp(log_front) * h);
}

Distribution Distribution::fixed(double value) {
  require_finite_non_negative("fixed value", value);
  Distribution d;
  d.kind_ = Kind::fixed;
  d.a_ = value;
  return d;
}

Distribution Distribution::exponential(double mean) {
  require_positive("exponential mean", mean);
  Distribution d;
  d.kind_ = Kind::exponential;
  d.a_ = mean;
  return d;
}

Distribution Distribution::lognormal(double mu, double sigma) {
  require(std::isfinite(mu), "lognormal mu", mu, "a finite number");
  require_positive("lognormal sigma", sigma);
  Distribution d;
  d.kind_ = Kind::lognormal;
  d.a_ = mu;
  d.b_ = sigma;
  return d;
}

Distribution Distribution::lognormal_median_p90(double median, double p90) {
  require_positive("lognormal median", median);
  require(std::isfinite(p90) && p90 > median, "lognormal p90", p90,
          "a number greater than the median (" + format_number(median) + ")");
  return lognormal(std::log(median), std::log(p90 / median) / kZ90);
}

Distribution Distribution::gamma(double shape, double scale) {
  require_positive("gamma shape", shape);
  require_positive("gamma scale", scale);
  Distribution d;
  d.kind_ = Kind::gamma;
  d.a_ = shape;
  d.b_ = scale;
  return d;
}

Distribution Distribution::weibull(double shape, double scale) {
  require_positive("weibull shape", shape);
  require_positive("weibull scale", scale);
  Distribution d;
  d.kind_ = Kind::weibull;
  d.a_ = shape;
  d.b_ = scale;
  return d;
}

Distribution Distribution::uniform(double low, double high) {
  require_finite_non_negative("uniform low", low);
  require(std::isfinite(high) && high >= low, "uniform high", high,
          "a finite number >= low (" + format_number(low) + ")");
  Distribution d;
  d.kind_ = Kind::uniform;
  d.a_ = low;
  d.b_ = high;
  return d;
}

Distribution Distribution::empirical(std::vector<double> values, std::vector<double> weights) {
  require(!values.empty(), "empirical values count", 0, "at least one value");
  require(values.size() == weights.size(), "empirical weights count",
          static_cast<double>(weights.size()),
          "as many weights as values (" + std::to_string(values.size()) + ")");
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t i, std::size_t j) { return values[i] < values[j]; });
  double total = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    require_finite_non_negative("empirical value", values[i]);
    require_finite_non_negative("empirical weight", weights[i]);
    total += weights[i];
  }
  require(total > 0, "empirical weights sum", total, "a positive sum");
  Distribution d;
  d.kind_ = Kind::empirical;
  double running = 0;
  for (std::size_t i : order) {
    running += weights[i];
    d.values_.push_back(values[i]);
    d.cumulative_.push_back(running / total);
  }
  d.cumulative_.back() = 1.0;
  return d;
}

double Distribution::sample(Rng& rng) const {
  switch (kind_) {
    case Kind::fixed:
      return a_;
    case Kind::exponential:
      return -a_ * std::log(rng.uniform_positive());
    case Kind::lognormal:
      return std::exp(a_ + b_ * normal_quantile(open_uniform(rng)));
    case Kind::gamma: {
      // Marsaglia and Tsang; shape < 1 through the boost X * U^(1/shape).
      const double shape = a_ < 1 ? a_ + 1 : a_;
      const double d = shape - 1.0 / 3.0;
      const double c = 1.0 / std::sqrt(9 * d);
      double x;
      for (;;) {
        const double z = normal_quantile(open_uniform(rng));
        const double v0 = 1 + c * z;
        if (v0 <= 0) continue;
        const double v = v0 * v0 * v0;
        const double u = open_uniform(rng);
        if (std::log(u) < 0.5 * z * z + d - d * v + d * std::log(v)) {
          x = d * v;
          break;
        }
      }
      if (a_ < 1) x *= std::pow(open_uniform(rng), 1 / a_);
      return x * b_;
    }
    case Kind::weibull:
      return b_ * std::pow(-std::log(rng.uniform_positive()), 1 / a_);
    case Kind::uniform:
      return a_ + (b_ - a_) * rng.uniform();
    case Kind::empirical: {
      const double u = rng.uniform();
      const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
      return values_[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                           values_.size() - 1)];
    }
  }
  return 0;
}

double Distribution::mean() const {
  switch (kind_) {
    case Kind::fixed:
    case Kind::exponential:
      return a_;
    case Kind::lognormal:
      return std::exp(a_ + b_ * b_ / 2);
    case Kind::gamma:
      return a_ * b_;
    case Kind::weibull:
      return b_ * std::tgamma(1 + 1 / a_);
    case Kind::uniform:
      return (a_ + b_) / 2;
    case Kind::empirical: {
      double m = 0;
      double previous = 0;
      for (std::size_t i = 0; i < values_.size(); ++i) {
        m += values_[i] * (cumulative_[i] - previous);
        previous = cumulative_[i];
      }
      return m;
    }
  }
  return 0;
}

double Distribution::cdf(double x) const {
  if (x < 0) return 0;
  switch (kind_) {
    case Kind::fixed:
      return x >= a_ ? 1 : 0;
    case Kind::exponential:
      return -std::expm1(-x / a_);
    case Kind::lognormal:
      return x <= 0 ? 0 : normal_cdf((std::log(x) - a_) / b_);
    case Kind::gamma:
      return gamma_p(a_, x / b_);
    case Kind::weibull:
      return -std::expm1(-std::pow(x / b_, a_));
    case Kind::uniform:
      if (b_ == a_) return x >= a_ ? 1 : 0;
      return std::clamp((x - a_) / (b_ - a_), 0.0, 1.0);
    case Kind::empirical: {
      const auto it = std::upper_bound(values_.begin(), values_.end(), x);
      return it == values_.begin()
                 ? 0
                 : cumulative_[static_cast<std::size_t>(it - values_.begin()) - 1];
    }
  }
  return 0;
}

double Distribution::quantile(double p) const {
  require_probability("quantile probability", p);
  switch (kind_) {
    case Kind::fixed:
      return a_;
    case Kind::exponential:
      return -a_ * std::log1p(-p);
    case Kind::lognormal:
      if (p <= 0) return 0;
      if (p >= 1) return std::numeric_limits<double>::infinity();
      return std::exp(a_ + b_ * normal_quantile(p));
    case Kind::gamma:
      return b_ * gamma_quantile(a_, p);
    case Kind::weibull:
      return b_ * std::pow(-std::log1p(-p), 1 / a_);
    case Kind::uniform:
      return a_ + (b_ - a_) * p;
    case Kind::empirical: {
      const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), p);
      return values_[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                           values_.size() - 1)];
    }
  }
  return 0;
}

double Distribution::sample_remaining(Rng& rng, double age) const {
  if (age <= 0) return sample(rng);
  switch (kind_) {
    case Kind::exponential:
      return sample(rng);  // memoryless
    case Kind::weibull: {
      const double h = std::pow(age / b_, a_) - std::log(rng.uniform_positive());
      return std::max(0.0, b_ * std::pow(h, 1 / a_) - age);
    }
    case Kind::fixed:
      return std::max(0.0, a_ - age);
    default: {
      // Inversion of the conditional law; ages far in the tail are held just inside it.
      const double below = std::min(cdf(age), 1 - 1e-12);
      const double p = below + open_uniform(rng) * (1 - below);
      return std::max(0.0, quantile(std::min(p, 1 - 1e-15)) - age);
    }
  }
}

double Distribution::sample_with_hazard_ratio(Rng& rng, double ratio, double older_than) const {
  require_positive("hazard ratio", ratio);
  // S(W)^ratio = U * S(age)^ratio  <=>  S(W) = U^(1/ratio) * S(age).
  const double survived = older_than > 0 ? std::max(1 - cdf(older_than), 1e-12) : 1.0;
  const double survival = std::pow(open_uniform(rng), 1 / ratio) * survived;
  const double p = std::min(1 - survival, 1 - 1e-15);
  return quantile(std::max(p, 0.0));
}

Distribution Distribution::scaled(double factor) const {
  require_positive("scale factor", factor);
  Distribution d = *this;
  switch (kind_) {
    case Kind::fixed:
    case Kind::exponential:
      d.a_ *= factor;
      break;
    case Kind::lognormal:
      d.a_ += std::log(factor);
      break;
    case Kind::gamma:
    case Kind::weibull:
      d.b_ *= factor;
      break;
    case Kind::uniform:
      d.a_ *= factor;
      d.b_ *= factor;
      break;
    case Kind::empirical:
      for (auto& v : d.values_) v *= factor;
      break;
  }
  return d;
}

std::string Distribution::describe() const {
  const auto n = [](double v) { return format_number(v); };
  switch (kind_) {
    case Kind::fixed:
      return "fixed(" + n(a_) + ")";
    case Kind::exponential:
      return "exponential(mean=" + n(a_) + ")";
    case Kind::lognormal:
      return "lognormal(median=" + n(std::exp(a_)) + ", p90=" + n(std::exp(a_ + b_ * kZ90)) + ")";
    case Kind::gamma:
      return "gamma(shape=" + n(a_) + ", scale=" + n(b_) + ")";
    case Kind::weibull:
      return "weibull(shape=" + n(a_) + ", scale=" + n(b_) + ")";
    case Kind::uniform:
      return "uniform(" + n(a_) + ", " + n(b_) + ")";
    case Kind::empirical:
      return "empirical(" + std::to_string(values_.size()) + " values)";
  }
  return "?";
}

}  // namespace sim

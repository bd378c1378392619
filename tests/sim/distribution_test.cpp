// Distributions: each kind's samples against its moments and its own cdf (within about 4 standard
// errors, or the Kolmogorov-Smirnov bound at 0.1%), quantile and cdf as inverses, the derived laws
// (hazard ratio, remaining time, scaling), and parameter checks that name the bad parameter.
#include "sim/distribution.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "sim/check.hpp"
#include "sim/statistics.hpp"

namespace {

using sim::Distribution;

struct Kind {
  std::string name;
  Distribution law;
  std::function<double(int)> raw_moment;  // E[X^k]
  bool continuous = true;
};

std::vector<Kind> kinds() {
  const auto lognormal_moment = [](double mu, double sigma) {
    return [=](int k) { return std::exp(k * mu + k * k * sigma * sigma / 2); };
  };
  const auto gamma_moment = [](double shape, double scale) {
    return [=](int k) { return std::pow(scale, k) * std::tgamma(shape + k) / std::tgamma(shape); };
  };
  const auto weibull_moment = [](double shape, double scale) {
    return [=](int k) { return std::pow(scale, k) * std::tgamma(1 + k / shape); };
  };
  const double sigma90 = std::log(3.0) / 1.2815515655446004;  // median 10, p90 30
  return {
      {"fixed", Distribution::fixed(2.5), [](int k) { return std::pow(2.5, k); }, false},
      {"exponential", Distribution::exponential(2.0),
       [](int k) { return std::tgamma(k + 1) * std::pow(2.0, k); }},
      {"lognormal", Distribution::lognormal(0.3, 0.5), lognormal_moment(0.3, 0.5)},
      {"lognormal_median_p90", Distribution::lognormal_median_p90(10, 30),
       lognormal_moment(std::log(10.0), sigma90)},
      {"gamma", Distribution::gamma(2.5, 1.5), gamma_moment(2.5, 1.5)},
      {"gamma_small_shape", Distribution::gamma(0.5, 2.0), gamma_moment(0.5, 2.0)},
      {"weibull", Distribution::weibull(2.0, 3.0), weibull_moment(2.0, 3.0)},
      {"weibull_small_shape", Distribution::weibull(0.8, 1.5), weibull_moment(0.8, 1.5)},
      {"uniform", Distribution::uniform(1, 4),
       [](int k) { return (std::pow(4.0, k + 1) - 1) / ((k + 1) * 3.0); }},
      // Given unsorted, with a zero weight: 1 w.p. 1/2, 3 and 5 w.p. 1/4 each.
      {"empirical", Distribution::empirical({3, 1, 2, 5}, {1, 2, 0, 1}),
       [](int k) { return (std::pow(1.0, k) * 2 + std::pow(3.0, k) + std::pow(5.0, k)) / 4; },
       false},
  };
}

// Largest distance between the empirical cdf of `xs` and `cdf`.
double ks_distance(std::vector<double> xs, const std::function<double(double)>& cdf) {
  std::sort(xs.begin(), xs.end());
  const double n = static_cast<double>(xs.size());
  double d = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double f = cdf(xs[i]);
    d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
  }
  return d;
}

// The Kolmogorov-Smirnov critical distance at the 0.1% level.
double ks_bound(std::size_t n) {
  return 1.949 / std::sqrt(static_cast<double>(n));
}

std::vector<double> sample(const std::function<double(sim::Rng&)>& draw, std::size_t n,
                           std::uint64_t seed) {
  sim::Rng rng(seed);
  std::vector<double> xs(n);
  for (auto& x : xs) x = draw(rng);
  return xs;
}

constexpr std::size_t kDraws = 100000;

TEST(Distribution, MeanMatchesTheory) {
  for (const auto& k : kinds()) {
    EXPECT_NEAR(k.law.mean(), k.raw_moment(1), 1e-12 * k.raw_moment(1)) << k.name;
  }
  EXPECT_EQ(Distribution().mean(), 0);  // the default: fixed at 0
}

TEST(Distribution, SampleMeanAndVarianceWithinFourStandardErrors) {
  for (const auto& k : kinds()) {
    const auto xs = sample([&](sim::Rng& r) { return k.law.sample(r); }, kDraws, 11);
    sim::Tally tally;
    for (double x : xs) tally.add(x);
    const double m1 = k.raw_moment(1);
    const double var = k.raw_moment(2) - m1 * m1;
    const double mu4 = k.raw_moment(4) - 4 * m1 * k.raw_moment(3) + 6 * m1 * m1 * k.raw_moment(2) -
                       3 * m1 * m1 * m1 * m1;
    const double n = static_cast<double>(kDraws);
    EXPECT_NEAR(tally.mean(), m1, 4 * std::sqrt(var / n) + 1e-12) << k.name;
    EXPECT_NEAR(tally.variance(), var, 4 * std::sqrt((mu4 - var * var) / n) + 1e-12) << k.name;
    EXPECT_GE(tally.min(), 0) << k.name;
  }
}

TEST(Distribution, SamplesFollowTheCdf) {
  for (const auto& k : kinds()) {
    if (!k.continuous) continue;
    const auto xs = sample([&](sim::Rng& r) { return k.law.sample(r); }, kDraws, 12);
    EXPECT_LT(ks_distance(xs, [&](double x) { return k.law.cdf(x); }), ks_bound(kDraws)) << k.name;
  }
}

TEST(Distribution, CdfOfQuantileIsP) {
  for (const auto& k : kinds()) {
    for (double p : {1e-6, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1 - 1e-6}) {
      const double x = k.law.quantile(p);
      if (k.continuous) {
        EXPECT_NEAR(k.law.cdf(x), p, 1e-10 * std::max(p, 1e-3)) << k.name << " p=" << p;
      } else {
        // A step cdf: the quantile is the first value whose cdf reaches p.
        EXPECT_GE(k.law.cdf(x), p) << k.name << " p=" << p;
        EXPECT_LT(k.law.cdf(std::nextafter(x, 0.0)), p) << k.name << " p=" << p;
      }
    }
    EXPECT_EQ(k.law.cdf(-1), 0) << k.name;
  }
}

TEST(Distribution, EmpiricalIsTheGivenTable) {
  const auto d = Distribution::empirical({3, 1, 2, 5}, {1, 2, 0, 1});
  EXPECT_EQ(d.cdf(0.5), 0);
  EXPECT_EQ(d.cdf(1), 0.5);
  EXPECT_EQ(d.cdf(2.5), 0.5);  // 2 has weight 0
  EXPECT_EQ(d.cdf(3), 0.75);
  EXPECT_EQ(d.cdf(5), 1);
  EXPECT_EQ(d.quantile(0.5), 1);
  EXPECT_EQ(d.quantile(0.6), 3);
  EXPECT_EQ(d.quantile(1), 5);
  sim::Rng rng(5);
  for (int i = 0; i < 1000; ++i) EXPECT_NE(d.sample(rng), 2);
}

TEST(Distribution, LognormalFromMedianAndP90) {
  const auto d = Distribution::lognormal_median_p90(120, 400);
  EXPECT_NEAR(d.quantile(0.5), 120, 1e-10);
  EXPECT_NEAR(d.quantile(0.9), 400, 1e-10);
  EXPECT_NEAR(d.cdf(400), 0.9, 1e-12);
  EXPECT_EQ(d.describe().rfind("lognormal(median=", 0), 0u);
}

TEST(Distribution, HazardRatioScalesTheExponentialRateExactly) {
  const auto d = Distribution::exponential(3.0);
  for (double ratio : {0.5, 2.5}) {
    // The law: exponential with the rate times the ratio.
    const auto expected = Distribution::exponential(3.0 / ratio);
    const auto xs =
        sample([&](sim::Rng& r) { return d.sample_with_hazard_ratio(r, ratio); }, kDraws, 20);
    EXPECT_LT(ks_distance(xs, [&](double x) { return expected.cdf(x); }), ks_bound(kDraws));
    sim::Tally tally;
    for (double x : xs) tally.add(x);
    EXPECT_NEAR(tally.mean(), expected.mean(), 4 * expected.mean() / std::sqrt(1.0 * kDraws));
    // Draw by draw: the same uniform gives the ratio-1 draw divided by the ratio, up to the
    // rounding of p = 1 - S, which costs about mean * 1e-16 / S absolute: compared where both
    // survivals S exceed e^-10 (the far tail loses digits there, not in law).
    sim::Rng a(21);
    sim::Rng b(21);
    int compared = 0;
    for (int i = 0; i < 100000; ++i) {
      const double x_r = d.sample_with_hazard_ratio(a, ratio);
      const double x_1 = d.sample_with_hazard_ratio(b, 1.0);
      if (std::max(x_r, x_1) > 10 * 3.0) continue;
      ASSERT_NEAR(x_r * ratio, x_1, 1e-12 * x_1 + 1e-11 * 3.0) << "ratio " << ratio;
      ++compared;
    }
    EXPECT_GT(compared, 90000) << "ratio " << ratio;
  }
}

TEST(Distribution, HazardRatioOneLeavesTheLawUnchanged) {
  for (const auto& k : kinds()) {
    if (!k.continuous) continue;
    const auto xs =
        sample([&](sim::Rng& r) { return k.law.sample_with_hazard_ratio(r, 1.0); }, kDraws, 13);
    EXPECT_LT(ks_distance(xs, [&](double x) { return k.law.cdf(x); }), ks_bound(kDraws)) << k.name;
  }
  // A discrete law too: the same probabilities.
  const auto d = Distribution::empirical({1, 3, 5}, {2, 1, 1});
  const auto xs =
      sample([&](sim::Rng& r) { return d.sample_with_hazard_ratio(r, 1.0); }, kDraws, 14);
  const auto ones = static_cast<double>(std::count(xs.begin(), xs.end(), 1.0));
  EXPECT_NEAR(ones / kDraws, 0.5, 4 * std::sqrt(0.25 / kDraws));
}

TEST(Distribution, HazardRatioGivesSurvivalToThePowerRatio) {
  for (const auto& k : kinds()) {
    if (!k.continuous) continue;
    const double ratio = 2.5;
    const auto xs =
        sample([&](sim::Rng& r) { return k.law.sample_with_hazard_ratio(r, ratio); }, kDraws, 15);
    const auto cdf = [&](double x) { return 1 - std::pow(1 - k.law.cdf(x), ratio); };
    EXPECT_LT(ks_distance(xs, cdf), ks_bound(kDraws)) << k.name;
  }
}

TEST(Distribution, RemainingTimeFollowsTheConditionalLaw) {
  for (const auto& k : kinds()) {
    if (!k.continuous) continue;
    const double age = k.law.quantile(0.6);
    const double survived = 1 - k.law.cdf(age);
    const auto xs = sample([&](sim::Rng& r) { return k.law.sample_remaining(r, age); }, kDraws, 16);
    const auto cdf = [&](double t) { return (k.law.cdf(age + t) - k.law.cdf(age)) / survived; };
    EXPECT_LT(ks_distance(xs, cdf), ks_bound(kDraws)) << k.name;
    EXPECT_GE(*std::min_element(xs.begin(), xs.end()), 0) << k.name;
  }
}

TEST(Distribution, RemainingTimeSpecialCases) {
  sim::Rng rng(17);
  EXPECT_EQ(Distribution::fixed(5).sample_remaining(rng, 2), 3);
  EXPECT_EQ(Distribution::fixed(5).sample_remaining(rng, 7), 0);
  // Age 0 (or less) is a plain draw.
  const auto d = Distribution::gamma(2, 1);
  sim::Rng a(18);
  sim::Rng b(18);
  EXPECT_EQ(d.sample_remaining(a, 0), d.sample(b));
  // Far in the tail: still a finite, non-negative time.
  const double tail = Distribution::lognormal(0, 0.5).sample_remaining(rng, 1e6);
  EXPECT_TRUE(std::isfinite(tail));
  EXPECT_GE(tail, 0);
}

TEST(Distribution, ScaledIsTheLawOfFactorTimesX) {
  const double f = 3.0;
  for (const auto& k : kinds()) {
    const auto s = k.law.scaled(f);
    EXPECT_EQ(s.kind(), k.law.kind()) << k.name;
    EXPECT_NEAR(s.mean(), f * k.law.mean(), 1e-12 * f * k.law.mean()) << k.name;
    for (double p : {0.1, 0.5, 0.9}) {
      EXPECT_NEAR(s.quantile(p), f * k.law.quantile(p), 1e-12 * f * k.law.quantile(p)) << k.name;
    }
    for (double x : {0.3, 1.0, 2.0, 7.0}) {
      EXPECT_NEAR(s.cdf(f * x), k.law.cdf(x), 1e-12) << k.name << " x=" << x;
    }
    // The same uniforms give f times the draw.
    sim::Rng a(19);
    sim::Rng b(19);
    for (int i = 0; i < 1000; ++i) {
      const double x = k.law.sample(b);
      ASSERT_NEAR(s.sample(a), f * x, 1e-12 * f * x) << k.name;
    }
  }
}

// `make` must throw InvalidParameter with a message that contains `parameter` and the value.
void expect_rejected(const std::function<void()>& make, const std::string& parameter,
                     const std::string& value) {
  try {
    make();
    ADD_FAILURE() << parameter << ": no exception";
  } catch (const sim::InvalidParameter& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind(parameter + ": got " + value + ", expected ", 0), 0u) << message;
  }
}

TEST(Distribution, BadParametersAreNamed) {
  const double nan = std::nan("");
  const double inf = sim::kNever;
  expect_rejected([] { Distribution::fixed(-1); }, "fixed value", "-1");
  expect_rejected([] { Distribution::exponential(0); }, "exponential mean", "0");
  expect_rejected([&] { Distribution::exponential(nan); }, "exponential mean", "nan");
  expect_rejected([&] { Distribution::lognormal(inf, 1); }, "lognormal mu", "inf");
  expect_rejected([] { Distribution::lognormal(0, -0.5); }, "lognormal sigma", "-0.5");
  expect_rejected([] { Distribution::lognormal_median_p90(0, 1); }, "lognormal median", "0");
  expect_rejected([] { Distribution::lognormal_median_p90(10, 5); }, "lognormal p90", "5");
  expect_rejected([] { Distribution::gamma(0, 1); }, "gamma shape", "0");
  expect_rejected([] { Distribution::gamma(1, -2); }, "gamma scale", "-2");
  expect_rejected([] { Distribution::weibull(-1, 1); }, "weibull shape", "-1");
  expect_rejected([&] { Distribution::weibull(1, inf); }, "weibull scale", "inf");
  expect_rejected([] { Distribution::uniform(-1, 1); }, "uniform low", "-1");
  expect_rejected([] { Distribution::uniform(2, 1); }, "uniform high", "1");
  expect_rejected([] { Distribution::empirical({}, {}); }, "empirical values count", "0");
  expect_rejected([] { Distribution::empirical({1, 2}, {1}); }, "empirical weights count", "1");
  expect_rejected([] { Distribution::empirical({1, -2}, {1, 1}); }, "empirical value", "-2");
  expect_rejected([] { Distribution::empirical({1, 2}, {1, -1}); }, "empirical weight", "-1");
  expect_rejected([] { Distribution::empirical({1, 2}, {0, 0}); }, "empirical weights sum", "0");
  const auto d = Distribution::exponential(1);
  sim::Rng rng(1);
  expect_rejected([&] { d.sample_with_hazard_ratio(rng, 0); }, "hazard ratio", "0");
  expect_rejected([&] { d.scaled(-2); }, "scale factor", "-2");
  expect_rejected([&] { d.quantile(1.5); }, "quantile probability", "1.5");
}

TEST(Distribution, NormalAndGammaFunctions) {
  EXPECT_NEAR(sim::normal_quantile(0.975), 1.959963984540054, 1e-14);
  EXPECT_NEAR(sim::normal_cdf(1.959963984540054), 0.975, 1e-15);
  EXPECT_NEAR(sim::normal_quantile(1e-10), -6.361340902404056, 1e-12);
  for (double p = 0.001; p < 1; p += 0.0123) {
    EXPECT_NEAR(sim::normal_cdf(sim::normal_quantile(p)), p, 1e-14 * std::max(p, 0.1));
  }
  EXPECT_THROW(sim::normal_quantile(0), sim::InvalidParameter);
  EXPECT_THROW(sim::normal_quantile(1), sim::InvalidParameter);
  for (double x : {0.01, 0.5, 1.0, 3.0, 10.0, 40.0}) {
    EXPECT_NEAR(sim::gamma_p(1, x), -std::expm1(-x), 1e-14) << x;           // exponential
    EXPECT_NEAR(sim::gamma_p(0.5, x), std::erf(std::sqrt(x)), 1e-14) << x;  // half-normal
  }
  EXPECT_EQ(sim::gamma_p(2, 0), 0);
}

TEST(Distribution, DescribeNamesTheKind) {
  EXPECT_EQ(Distribution::fixed(2).describe(), "fixed(2)");
  EXPECT_EQ(Distribution::exponential(1.5).describe(), "exponential(mean=1.5)");
  EXPECT_EQ(Distribution::gamma(2, 3).describe(), "gamma(shape=2, scale=3)");
  EXPECT_EQ(Distribution::weibull(2, 3).describe(), "weibull(shape=2, scale=3)");
  EXPECT_EQ(Distribution::uniform(1, 2).describe(), "uniform(1, 2)");
  EXPECT_EQ(Distribution::empirical({1, 2}, {1, 1}).describe(), "empirical(2 values)");
}

}  // namespace

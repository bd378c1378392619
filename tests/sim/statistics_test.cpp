// Run statistics: Tally against a two-pass computation, TimeWeighted against hand-computed areas,
// and Quantiles within its stated 0.4% of the exact nearest-rank quantile, merged or not.
#include "sim/statistics.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/check.hpp"
#include "sim/distribution.hpp"
#include "sim/random.hpp"

namespace {

TEST(Tally, MatchesTwoPassMoments) {
  // A large offset: a naive sum of squares would lose every digit of the variance.
  std::vector<double> xs;
  sim::Rng rng(1);
  for (int i = 0; i < 10000; ++i) xs.push_back(1e9 + rng.uniform());
  sim::Tally tally;
  for (double x : xs) tally.add(x);
  double mean = 0;
  for (double x : xs) mean += x;
  mean /= static_cast<double>(xs.size());
  double ss = 0;
  for (double x : xs) ss += (x - mean) * (x - mean);
  EXPECT_EQ(tally.count(), xs.size());
  EXPECT_NEAR(tally.mean(), mean, 1e-6);
  EXPECT_NEAR(tally.variance(), ss / static_cast<double>(xs.size() - 1), 1e-9);
  EXPECT_NEAR(tally.variance(), 1.0 / 12, 0.01);
  EXPECT_EQ(tally.min(), *std::min_element(xs.begin(), xs.end()));
  EXPECT_EQ(tally.max(), *std::max_element(xs.begin(), xs.end()));
  EXPECT_NEAR(tally.sum(), mean * static_cast<double>(xs.size()), 1e-12 * tally.sum());
}

TEST(Tally, EmptyAndSingle) {
  sim::Tally tally;
  EXPECT_EQ(tally.count(), 0u);
  EXPECT_EQ(tally.mean(), 0);
  EXPECT_EQ(tally.variance(), 0);
  EXPECT_EQ(tally.sum(), 0);
  tally.add(-2.5);
  EXPECT_EQ(tally.mean(), -2.5);
  EXPECT_EQ(tally.variance(), 0);
  EXPECT_EQ(tally.min(), -2.5);
  EXPECT_EQ(tally.max(), -2.5);
  tally.add(3.5);
  EXPECT_EQ(tally.mean(), 0.5);
  EXPECT_EQ(tally.variance(), 18);
}

TEST(TimeWeighted, AreaAndMeanOfAStepFunction) {
  sim::TimeWeighted level(10, 2);  // from time 10 at level 2
  level.set(12, 5);                // 2 for 2
  level.add(13, -1);               // 5 for 1, then 4
  EXPECT_EQ(level.level(), 4);
  EXPECT_EQ(level.area(13), 9);
  EXPECT_EQ(level.area(15), 17);  // 4 for 2 more, without a change
  EXPECT_EQ(level.mean(15), 17.0 / 5);
  level.set(13, 0);  // a second change at the same time adds nothing
  EXPECT_EQ(level.area(20), 9);
  EXPECT_EQ(level.mean(10), 0);  // no time has passed: the level
}

TEST(TimeWeighted, ResetForgetsThePastAndKeepsTheLevel) {
  sim::TimeWeighted level;
  level.set(5, 3);
  level.reset(8);
  EXPECT_EQ(level.level(), 3);
  EXPECT_EQ(level.area(10), 6);
  EXPECT_EQ(level.mean(10), 3);
  level.set(9, 1);
  EXPECT_EQ(level.mean(10), 2);
}

// The exact nearest-rank quantile of sorted data.
double nearest_rank(const std::vector<double>& sorted, double p) {
  const auto n = static_cast<double>(sorted.size());
  const auto rank = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(p * n)));
  return sorted[rank - 1];
}

std::vector<double> lognormal_data(std::uint64_t seed, int n) {
  const auto law = sim::Distribution::lognormal(1, 2);  // spans many octaves
  sim::Rng rng(seed);
  std::vector<double> xs;
  for (int i = 0; i < n; ++i) xs.push_back(law.sample(rng));
  return xs;
}

void expect_within_bound(const sim::Quantiles& q, std::vector<double> xs, double resolution) {
  std::sort(xs.begin(), xs.end());
  ASSERT_EQ(q.count(), xs.size());
  for (double p : {0.0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0}) {
    const double exact = nearest_rank(xs, p);
    const double bound = exact >= resolution ? 0.004 * exact : resolution / 2;
    EXPECT_NEAR(q.quantile(p), exact, bound) << "p=" << p;
  }
}

TEST(Quantiles, WithinTheStatedRelativeError) {
  const auto xs = lognormal_data(1, 100000);
  sim::Quantiles q;
  for (double x : xs) q.add(x);
  expect_within_bound(q, xs, 1e-3);
}

TEST(Quantiles, SmallValuesShareTheFirstBucket) {
  sim::Quantiles q(0.5);
  for (double x : {0.0, 0.1, 0.49, 10.0}) q.add(x);
  EXPECT_EQ(q.quantile(0.5), 0.25);
  EXPECT_NEAR(q.quantile(1.0), 10.0, 0.04);
}

TEST(Quantiles, MergeEqualsAddingEverything) {
  const auto a = lognormal_data(2, 30000);
  const auto b = lognormal_data(3, 50000);
  sim::Quantiles qa;
  sim::Quantiles qb;
  sim::Quantiles all;
  for (double x : a) {
    qa.add(x);
    all.add(x);
  }
  for (double x : b) {
    qb.add(x);
    all.add(x);
  }
  qa.merge(qb);
  std::vector<double> both = a;
  both.insert(both.end(), b.begin(), b.end());
  expect_within_bound(qa, both, 1e-3);
  for (double p = 0; p <= 1; p += 0.01) EXPECT_EQ(qa.quantile(p), all.quantile(p)) << p;
  // Merging into an empty one, and merging an empty one.
  sim::Quantiles empty;
  empty.merge(qb);
  EXPECT_EQ(empty.quantile(0.5), qb.quantile(0.5));
  qb.merge(sim::Quantiles());
  EXPECT_EQ(qb.count(), b.size());
}

TEST(Quantiles, RefusesBadInput) {
  sim::Quantiles q;
  EXPECT_EQ(q.quantile(0.5), 0);  // empty
  EXPECT_THROW(q.add(-1), sim::InvalidParameter);
  EXPECT_THROW(q.add(std::nan("")), sim::InvalidParameter);
  EXPECT_THROW(q.add(sim::kNever), sim::InvalidParameter);
  EXPECT_THROW(q.quantile(1.5), sim::InvalidParameter);
  EXPECT_THROW(q.merge(sim::Quantiles(0.1)), sim::InvalidParameter);
  EXPECT_EQ(q.count(), 0u);
}

}  // namespace

#include "output/confidence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace out {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(Confidence, StudentTQuantilesMatchTables) {
  // t(0.975, df) from standard tables (R: qt(0.975, df)).
  EXPECT_NEAR(student_t_975(1), 12.706204736, 1e-8);
  EXPECT_NEAR(student_t_975(2), 4.302652730, 1e-8);
  EXPECT_NEAR(student_t_975(4), 2.776445105, 1e-8);
  EXPECT_NEAR(student_t_975(9), 2.262157163, 1e-8);
  EXPECT_NEAR(student_t_975(19), 2.093024054, 1e-8);
  EXPECT_NEAR(student_t_975(29), 2.045229642, 1e-8);
  EXPECT_NEAR(student_t_975(100000), 1.959986, 1e-5);
}

TEST(Confidence, MeanAndIntervalByHand) {
  // mean 3, s = sqrt(2.5), half-width = t(4) * s / sqrt(5).
  const std::vector<double> v{1, 2, 3, 4, 5};
  const Interval i = mean_ci95(v);
  const double half = 2.776445105 * std::sqrt(2.5) / std::sqrt(5.0);
  EXPECT_DOUBLE_EQ(i.mean, 3);
  EXPECT_NEAR(i.low, 3 - half, 1e-9);
  EXPECT_NEAR(i.high, 3 + half, 1e-9);
  EXPECT_NEAR(i.high - i.mean, 1.963243, 1e-6);
  EXPECT_EQ(i.n, 5u);
}

TEST(Confidence, OneValueCollapsesToTheMean) {
  const std::vector<double> v{7.5};
  const Interval i = mean_ci95(v);
  EXPECT_EQ(i.mean, 7.5);
  EXPECT_EQ(i.low, 7.5);
  EXPECT_EQ(i.high, 7.5);
  EXPECT_EQ(i.n, 1u);
}

TEST(Confidence, NoValuesGiveNaN) {
  const std::vector<double> empty, nans{kNaN, kNaN};
  for (const auto& v : {empty, nans}) {
    const Interval i = mean_ci95(v);
    EXPECT_TRUE(std::isnan(i.mean));
    EXPECT_TRUE(std::isnan(i.low));
    EXPECT_TRUE(std::isnan(i.high));
    EXPECT_EQ(i.n, 0u);
  }
}

TEST(Confidence, NaNValuesAreLeftOut) {
  // {1, 3}: mean 2, s = sqrt(2), se = 1, half-width = t(1).
  const std::vector<double> v{1, kNaN, 3};
  const Interval i = mean_ci95(v);
  EXPECT_DOUBLE_EQ(i.mean, 2);
  EXPECT_NEAR(i.high - i.mean, 12.706204736, 1e-8);
  EXPECT_EQ(i.n, 2u);
}

TEST(Confidence, StableFarFromZero) {
  const std::vector<double> v{1e9 + 1, 1e9 + 2, 1e9 + 3};
  const Interval i = mean_ci95(v);
  EXPECT_DOUBLE_EQ(i.mean, 1e9 + 2);
  EXPECT_NEAR(i.high - i.mean, 4.302652730 / std::sqrt(3.0), 1e-6);
}

TEST(Confidence, PairedDifferencesByReplication) {
  // d = {1, 2, 1}: mean 4/3, s = sqrt(1/3), se = 1/3, half-width = t(2) / 3.
  const std::vector<double> a{10, 12, 14}, b{9, 10, 13};
  const Interval i = paired_difference_ci95(a, b);
  EXPECT_NEAR(i.mean, 4.0 / 3, 1e-12);
  EXPECT_NEAR(i.high - i.mean, 4.302652730 / 3, 1e-9);
  EXPECT_NEAR(i.mean - i.low, 4.302652730 / 3, 1e-9);
  EXPECT_EQ(i.n, 3u);
  // Pairing removes the shared noise that comparing the two means would keep.
  EXPECT_LT(i.high - i.low, mean_ci95(a).high - mean_ci95(a).low);
}

TEST(Confidence, PairedDifferencesSkipIncompletePairs) {
  const std::vector<double> a{10, kNaN, 14, 20}, b{9, 10, kNaN, 18};
  const Interval i = paired_difference_ci95(a, b);  // pairs 0 and 3: d = {1, 2}
  EXPECT_DOUBLE_EQ(i.mean, 1.5);
  EXPECT_EQ(i.n, 2u);
}

TEST(Confidence, PairedDifferencesNeedEqualLengths) {
  const std::vector<double> a{1, 2}, b{1};
  EXPECT_THROW(paired_difference_ci95(a, b), std::invalid_argument);
}

}  // namespace
}  // namespace out

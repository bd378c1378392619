// The first-fit tree against a plain scan: first position in a range at or above a value, range
// maxima, and updates that raise and lower values.
#include "sim/first_fit_tree.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "sim/random.hpp"

namespace {

using sim::FirstFitTree;

TEST(FirstFitTree, FindsTheFirstPositionWithAValueAtLeastX) {
  FirstFitTree tree(5, 0);
  tree.set(1, 3);
  tree.set(3, 7);
  EXPECT_EQ(tree.first_at_least(0, 4, 3), 1u);
  EXPECT_EQ(tree.first_at_least(2, 4, 3), 3u);
  EXPECT_EQ(tree.first_at_least(0, 2, 4), std::nullopt);
  EXPECT_EQ(tree.first_at_least(0, 99, 7), 3u);  // hi past the end is the end
  EXPECT_EQ(tree.first_at_least(4, 2, 0), std::nullopt);
  EXPECT_EQ(tree.first_at_least(5, 9, 0), std::nullopt);
  EXPECT_EQ(tree.last_at_least(0, 4, 3), 3u);
  EXPECT_EQ(tree.last_at_least(0, 2, 3), 1u);
  EXPECT_EQ(tree.last_at_least(0, 99, 8), std::nullopt);
  EXPECT_EQ(tree.max(0, 4), 7);
  EXPECT_EQ(tree.max(0, 2), 3);
  EXPECT_EQ(tree.max(2, 1), FirstFitTree::kNothing);
  tree.set(3, 1);  // lowering a value lowers the maxima above it
  EXPECT_EQ(tree.max(0, 4), 3);
  EXPECT_EQ(tree.first_at_least(2, 4, 3), std::nullopt);
  EXPECT_EQ(FirstFitTree().first_at_least(0, 0, 0), std::nullopt);
}

TEST(FirstFitTree, AgreesWithAScan) {
  sim::Rng rng(5);
  for (std::uint32_t n : {1u, 2u, 7u, 64u, 100u}) {
    FirstFitTree tree(n);
    std::vector<double> values(n, FirstFitTree::kNothing);
    const auto below = [&](std::uint32_t m) {
      return static_cast<std::uint32_t>(rng.uniform() * m);
    };
    for (int i = 0; i < 3000; ++i) {
      const std::uint32_t p = below(n);
      values[p] = static_cast<double>(below(10));
      tree.set(p, values[p]);
      const std::uint32_t lo = below(n);
      const std::uint32_t hi = lo + below(n - lo);
      const double x = static_cast<double>(below(11));
      std::optional<std::uint32_t> first;
      std::optional<std::uint32_t> last;
      double max = FirstFitTree::kNothing;
      for (std::uint32_t q = lo; q <= hi; ++q) {
        if (!first && values[q] >= x) first = q;
        if (values[q] >= x) last = q;
        max = std::max(max, values[q]);
      }
      ASSERT_EQ(tree.first_at_least(lo, hi, x), first) << n << " " << i;
      ASSERT_EQ(tree.last_at_least(lo, hi, x), last) << n << " " << i;
      ASSERT_EQ(tree.max(lo, hi), max) << n << " " << i;
      ASSERT_EQ(tree.value(p), values[p]);
    }
  }
}

}  // namespace

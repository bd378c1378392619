// Random streams: reproducible from the seed, and each stream (or entity) a function of its own key
// only, so that drawing more in one place never shifts the draws of another.
#include "sim/random.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

std::vector<std::uint64_t> draws(sim::Rng rng, int n) {
  std::vector<std::uint64_t> out;
  for (int i = 0; i < n; ++i) out.push_back(rng.next());
  return out;
}

TEST(Random, Mix64IsTheSplitMix64Finaliser) {
  // SplitMix64's first output from state 0 (Vigna's reference implementation).
  EXPECT_EQ(sim::mix64(0x9e3779b97f4a7c15ULL), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(sim::mix64(0), 0u);
}

TEST(Random, NameKeyIsStableAndDistinguishesNames) {
  // FNV-1a of "a" is 0xaf63dc4c8601ec8c; the key is that, mixed.
  EXPECT_EQ(sim::name_key("a"), sim::mix64(0xaf63dc4c8601ec8cULL));
  EXPECT_NE(sim::name_key("a"), sim::name_key("b"));
  EXPECT_NE(sim::name_key("ab"), sim::name_key("ba"));
  static_assert(sim::name_key("arrivals") == sim::name_key("arrivals"));
}

TEST(Random, SameSeedSameSequenceOtherSeedOtherSequence) {
  EXPECT_EQ(draws(sim::Rng(7), 1000), draws(sim::Rng(7), 1000));
  EXPECT_NE(draws(sim::Rng(7), 10), draws(sim::Rng(8), 10));
}

TEST(Random, StreamsDependOnlyOnTheirOwnName) {
  const sim::Streams streams(2024);
  const auto a_first = draws(streams.stream("a"), 100);
  // Draw a lot from another stream, then start "a" again: the same draws.
  sim::Rng b = streams.stream("b");
  const auto b_draws = draws(b, 10000);
  EXPECT_EQ(draws(streams.stream("a"), 100), a_first);
  EXPECT_NE(std::vector<std::uint64_t>(b_draws.begin(), b_draws.begin() + 100), a_first);
  EXPECT_NE(draws(sim::Streams(2025).stream("a"), 100), a_first);
  EXPECT_EQ(sim::Streams(2024).seed(), 2024u);
}

TEST(Random, EntityDrawsDoNotDependOnOtherEntities) {
  const sim::Streams streams(99);
  const std::uint64_t key = sim::name_key("case");
  const auto alone = draws(streams.entity(key, 5, 0), 20);
  // Many other entities drawn first, in any order: entity 5 is unchanged.
  for (std::uint64_t id = 0; id < 100; ++id) draws(streams.entity(key, 99 - id, 0), 7);
  EXPECT_EQ(draws(streams.entity(key, 5, 0), 20), alone);
  EXPECT_NE(draws(streams.entity(key, 6, 0), 20), alone);                     // another entity
  EXPECT_NE(draws(streams.entity(key, 5, 1), 20), alone);                     // its next draw set
  EXPECT_NE(draws(streams.entity(sim::name_key("other"), 5, 0), 20), alone);  // another purpose
  EXPECT_EQ(draws(streams.entity(key, 5), 20), alone);                        // k defaults to 0
}

TEST(Random, UniformsAreInRangeWithTheRightMoments) {
  sim::Rng rng(3);
  const int n = 200000;
  double sum = 0;
  double sum_sq = 0;
  int hits = 0;
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    const double v = rng.uniform_positive();
    ASSERT_GT(v, 0.0);
    ASSERT_LE(v, 1.0);
    sum += u;
    sum_sq += u * u;
    if (rng.bernoulli(0.3)) ++hits;
  }
  // Within 4 standard errors: sd of U is sqrt(1/12), of U^2 is sqrt(4/45).
  EXPECT_NEAR(sum / n, 0.5, 4 * std::sqrt(1.0 / 12 / n));
  EXPECT_NEAR(sum_sq / n, 1.0 / 3, 4 * std::sqrt(4.0 / 45 / n));
  EXPECT_NEAR(static_cast<double>(hits) / n, 0.3, 4 * std::sqrt(0.3 * 0.7 / n));
  EXPECT_FALSE(rng.bernoulli(0.0));
  EXPECT_TRUE(rng.bernoulli(1.0));
}

}  // namespace

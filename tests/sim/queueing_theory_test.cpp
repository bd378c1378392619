// The closed forms the simulation is checked against: the published reference numbers for the cj3
// workload, and independent derivations (direct sums, limits, conservation laws).
#include "tools/bench/queueing_theory.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

// Erlang C from its textbook sum (fine for small c).
double erlang_c_direct(unsigned c, double a) {
  double term = 1;  // a^k / k!
  double below = 0;
  for (unsigned k = 0; k < c; ++k) {
    below += term;
    term *= a / (k + 1);
  }
  const double top = term / (1 - a / c);
  return top / (below + top);
}

TEST(QueueingTheory, Cj3ReferenceNumbers) {
  // Stage 1: M/M/20, lambda 1, mean service 17.
  EXPECT_NEAR(theory::mmc_mean_wait(20, 1.0, 1 / 17.0), 2.1820, 5e-5);
  // Stage 2: M/M/10 with 10% priority, mean service 8.5.
  const auto cobham = theory::cobham_mean_waits(10, {0.1, 0.9}, 1 / 8.5);
  ASSERT_EQ(cobham.size(), 2u);
  EXPECT_NEAR(cobham[0], 0.4922, 5e-5);
  EXPECT_NEAR(cobham[1], 3.2815, 5e-5);
  // Stage 3: M/M/5+M, mean service 4.25, mean patience 10.
  const auto a = theory::erlang_a(5, 1.0, 1 / 4.25, 0.1);
  EXPECT_NEAR(a.p_abandon, 0.0873, 5e-5);
  EXPECT_NEAR(a.mean_wait, 0.8729, 5e-5);
}

TEST(QueueingTheory, ErlangCMatchesTheDirectSum) {
  for (unsigned c : {1u, 2u, 5u, 20u}) {
    for (double rho : {0.1, 0.5, 0.85, 0.99}) {
      const double lambda = rho * c * 0.5;
      EXPECT_NEAR(theory::erlang_c(c, lambda, 0.5), erlang_c_direct(c, lambda / 0.5), 1e-12)
          << "c=" << c << " rho=" << rho;
    }
  }
  // M/M/1: P(wait) = rho and W_q = rho / (mu - lambda).
  EXPECT_NEAR(theory::erlang_c(1, 0.7, 1.0), 0.7, 1e-15);
  EXPECT_NEAR(theory::mmc_mean_wait(1, 0.7, 1.0), 0.7 / 0.3, 1e-12);
}

TEST(QueueingTheory, ErlangCRefusesAnUnstableQueue) {
  EXPECT_THROW(theory::erlang_c(2, 2.0, 1.0), std::invalid_argument);
  EXPECT_THROW(theory::mmc_mean_wait(2, 3.0, 1.0), std::invalid_argument);
}

TEST(QueueingTheory, CobhamWithOneClassIsErlangC) {
  const auto w = theory::cobham_mean_waits(4, {3.0}, 1.0);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NEAR(w[0], theory::mmc_mean_wait(4, 3.0, 1.0), 1e-12);
}

TEST(QueueingTheory, CobhamConservesTheFifoMeanWait) {
  // With one service law for all, the order of service does not change the mean wait overall.
  const std::vector<double> lambdas{0.5, 1.0, 1.5};
  const auto w = theory::cobham_mean_waits(4, lambdas, 1.0);
  double weighted = 0;
  for (std::size_t k = 0; k < 3; ++k) weighted += lambdas[k] * w[k];
  EXPECT_NEAR(weighted / 3.0, theory::mmc_mean_wait(4, 3.0, 1.0), 1e-12);
  EXPECT_LT(w[0], w[1]);
  EXPECT_LT(w[1], w[2]);
}

TEST(QueueingTheory, ErlangAWithPatienceEqualToServiceIsPoisson) {
  // With theta = mu every customer leaves at rate mu, served or not: the number present is
  // Poisson(lambda / mu), and the queue is what exceeds c.
  const unsigned c = 5;
  const double a = 4.25;
  double p = std::exp(-a);
  double queue = 0;
  for (unsigned n = 1; n < 200; ++n) {
    p *= a / n;
    if (n > c) queue += (n - c) * p;
  }
  const auto r = theory::erlang_a(c, 1.0, 1 / a, 1 / a);
  EXPECT_NEAR(r.mean_queue, queue, 1e-12);
  EXPECT_NEAR(r.mean_wait, queue / 1.0, 1e-12);
  EXPECT_NEAR(r.p_abandon, queue / a, 1e-12);
}

TEST(QueueingTheory, ErlangAWithoutAbandonmentIsErlangC) {
  const auto r = theory::erlang_a(20, 1.0, 1 / 17.0, 1e-12);
  EXPECT_NEAR(r.mean_wait, theory::mmc_mean_wait(20, 1.0, 1 / 17.0), 1e-8);
  EXPECT_LT(r.p_abandon, 1e-10);
}

}  // namespace

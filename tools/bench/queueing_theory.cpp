#include "tools/bench/queueing_theory.hpp"

#include <cmath>
#include <stdexcept>

namespace theory {

double erlang_c(unsigned c, double lambda, double mu) {
  const double a = lambda / mu;
  const double rho = a / c;
  if (!(rho < 1)) throw std::invalid_argument("erlang_c: the queue is unstable (rho >= 1)");
  // Erlang B by its stable recursion, then C from B.
  double b = 1;
  for (unsigned k = 1; k <= c; ++k) b = a * b / (k + a * b);
  return b / (1 - rho * (1 - b));
}

double mmc_mean_wait(unsigned c, double lambda, double mu) {
  return erlang_c(c, lambda, mu) / (c * mu - lambda);
}

std::vector<double> cobham_mean_waits(unsigned c, const std::vector<double>& lambdas, double mu) {
  double total = 0;
  for (double l : lambdas) total += l;
  const double w0 = erlang_c(c, total, mu) / (c * mu);
  std::vector<double> waits;
  double sigma_before = 0;
  for (double l : lambdas) {
    const double sigma = sigma_before + l / (c * mu);
    waits.push_back(w0 / ((1 - sigma_before) * (1 - sigma)));
    sigma_before = sigma;
  }
  return waits;
}

ErlangA erlang_a(unsigned c, double lambda, double mu, double theta) {
  // Birth-death chain: death rate n mu up to c, then c mu + (n - c) theta. Unnormalised
  // probabilities p(n), summed until they no longer matter.
  double p = 1;
  double total = 1;
  double queue = 0;
  for (unsigned n = 1; n < 1000000; ++n) {
    const double death = n <= c ? n * mu : c * mu + (n - c) * theta;
    p *= lambda / death;
    total += p;
    if (n > c) queue += (n - c) * p;
    if (n > c && p < 1e-18 * total) break;
  }
  const double mean_queue = queue / total;
  return ErlangA{theta * mean_queue / lambda, mean_queue / lambda, mean_queue};
}

}  // namespace theory

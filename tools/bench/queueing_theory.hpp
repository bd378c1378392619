// Closed forms of queueing theory that the kernel is checked against (tests) and printed beside
// measured values (cjsim-bench). Rates per unit time; c servers; mu = 1 / mean service time.
#pragma once

#include <vector>

namespace theory {

// Erlang C: probability that an arrival waits in M/M/c (requires lambda < c mu).
double erlang_c(unsigned c, double lambda, double mu);
// Mean wait in queue of M/M/c FIFO.
double mmc_mean_wait(unsigned c, double lambda, double mu);
// Mean waits of each class in M/M/c with non-preemptive priority and one service rate (Cobham):
// class 0 first. `lambdas` per class.
std::vector<double> cobham_mean_waits(unsigned c, const std::vector<double>& lambdas, double mu);

// M/M/c+M (Erlang A) with abandonment rate theta (mean patience 1/theta).
struct ErlangA {
  double p_abandon;   // probability that an arrival abandons
  double mean_wait;   // mean time in queue of all arrivals, abandoners until they leave
  double mean_queue;  // time-average number waiting
};
ErlangA erlang_a(unsigned c, double lambda, double mu, double theta);

}  // namespace theory

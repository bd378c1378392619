// Simulated queues against queueing theory. Every tolerance is a 99.9% confidence interval over
// independent replications (fixed seeds), each replication long enough and warmed up enough that
// its start-up bias is far below the interval's width.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <memory>

#include "sim/delay.hpp"
#include "sim/distribution.hpp"
#include "sim/engine.hpp"
#include "sim/random.hpp"
#include "tests/sim/confidence.hpp"
#include "tests/sim/queue_model.hpp"
#include "tools/bench/cj3.hpp"
#include "tools/bench/queueing_theory.hpp"

namespace {

using simtest::confidence_interval;
using simtest::covers;
using simtest::QueueRun;
using simtest::QueueSpec;
using simtest::run_queue;

constexpr int kReplications = 30;

// One run of `spec` per replication, with seeds 1, 2, ...
std::vector<QueueRun> replicate(QueueSpec spec) {
  std::vector<QueueRun> runs;
  for (int r = 1; r <= kReplications; ++r) {
    spec.seed = static_cast<std::uint64_t>(r);
    runs.push_back(run_queue(spec));
  }
  return runs;
}

// The confidence interval of one number measured on each run.
simtest::Interval interval_of(const std::vector<QueueRun>& runs,
                              const std::function<double(const QueueRun&)>& measure) {
  std::vector<double> values;
  for (const auto& run : runs) values.push_back(measure(run));
  return confidence_interval(values);
}

// M/M/3 at 80% load: the relaxation time is a few dozen service times, and the warm-up of
// 10,000 arrivals (over 4,000 service times) leaves no visible start-up bias.
QueueSpec mm3() {
  QueueSpec spec;
  spec.servers = 3;
  spec.arrival_rates = {2.4};
  spec.service_mean = 1.0;
  spec.customers = 160000;
  spec.warmup = 10000;
  return spec;
}

TEST(QueueingSimulation, MmcMatchesErlangC) {
  const auto runs = replicate(mm3());
  const double wait = theory::mmc_mean_wait(3, 2.4, 1.0);
  EXPECT_TRUE(covers(interval_of(runs, [](const QueueRun& r) { return r.wait[0].mean(); }), wait));
  // L_q = lambda W_q, measured as the pool's own time-weighted queue length over the window.
  const auto queue_length = [](const QueueRun& r) {
    return r.window_queue_area / (r.window_end - r.window_start);
  };
  EXPECT_TRUE(covers(interval_of(runs, queue_length), 2.4 * wait));
}

// Little's law on one run: from an empty start until the pool has drained, the area under the
// queue length is exactly the sum of the waits (and the area under the busy servers the sum of the
// service times), so L = lambda W holds up to rounding.
void expect_littles_law(const QueueRun& r) {
  const double lambda = static_cast<double>(r.customers) / r.end_time;
  const double queue_length = r.queue_area / r.end_time;
  const double mean_wait = r.waits_sum / static_cast<double>(r.customers);
  EXPECT_NEAR(queue_length, lambda * mean_wait, 1e-9 * queue_length);
  const auto served = static_cast<double>(r.customers - r.abandoned[0]);
  const double busy = r.busy_area / r.end_time;
  EXPECT_NEAR(busy,
              lambda * (served / static_cast<double>(r.customers)) * (r.services_sum / served),
              1e-9 * busy);
  EXPECT_GT(queue_length, 0.5);  // a run with hardly any queue would prove little
}

TEST(QueueingSimulation, LittlesLawHoldsOnEachRun) {
  QueueSpec spec = mm3();
  spec.customers = 40000;
  spec.warmup = 0;  // every customer counted, so the abandonments cover the whole run
  for (std::uint64_t seed : {1, 2, 3}) {
    spec.seed = seed;
    expect_littles_law(run_queue(spec));
  }
}

TEST(QueueingSimulation, LittlesLawHoldsWithReneging) {
  QueueSpec spec = mm3();
  spec.customers = 40000;
  spec.arrival_rates = {3.2};  // overloaded: only reneging keeps it stable
  spec.patience_mean = 1.0;
  spec.warmup = 0;
  const QueueRun r = run_queue(spec);
  EXPECT_GT(r.abandoned[0], 1000u);
  expect_littles_law(r);
}

TEST(QueueingSimulation, PriorityWaitsMatchCobham) {
  QueueSpec spec = mm3();
  spec.arrival_rates = {0.6, 1.8};  // 25% priority, 80% load in all
  const auto runs = replicate(spec);
  const auto expected = theory::cobham_mean_waits(3, {0.6, 1.8}, 1.0);
  for (std::size_t k = 0; k < 2; ++k) {
    const auto wait = [k](const QueueRun& r) { return r.wait[k].mean(); };
    EXPECT_TRUE(covers(interval_of(runs, wait), expected[k])) << "class " << k;
  }
}

TEST(QueueingSimulation, RenegingMatchesErlangA) {
  // M/M/4+M at 100% load, mean patience equal to the mean service time.
  QueueSpec spec;
  spec.servers = 4;
  spec.arrival_rates = {4.0};
  spec.service_mean = 1.0;
  spec.patience_mean = 1.0;
  spec.customers = 160000;
  spec.warmup = 10000;
  const auto runs = replicate(spec);
  const auto expected = theory::erlang_a(4, 4.0, 1.0, 1.0);
  const auto abandoned = [](const QueueRun& r) {
    return static_cast<double>(r.abandoned[0]) / static_cast<double>(r.wait[0].count());
  };
  EXPECT_TRUE(covers(interval_of(runs, abandoned), expected.p_abandon));
  // The mean wait of all arrivals, abandoners counted until they leave.
  const auto wait = [](const QueueRun& r) { return r.wait[0].mean(); };
  EXPECT_TRUE(covers(interval_of(runs, wait), expected.mean_wait));
}

// M/M/infinity on sim::Delay: Poisson arrivals at rate 5, exponential stays of mean 2.
class InfiniteServer final : public sim::Handler, public sim::DelayClient {
 public:
  explicit InfiniteServer(std::uint64_t seed)
      : streams_(seed),
        arrivals_(streams_.stream("arrivals")),
        stays_(streams_.stream("stays")),
        delay_(*engine_, *this) {}

  // Time-average number inside over [warmup, horizon].
  double run(double warmup, double horizon) {
    engine_->after(interarrival_.sample(arrivals_), *this);
    engine_->run_until(warmup);
    const double area_at_warmup = delay_.inside().area(warmup);
    engine_->run_until(horizon);
    EXPECT_EQ(engine_->now(), horizon);
    return (delay_.inside().area(horizon) - area_at_warmup) / (horizon - warmup);
  }

  void on_event(std::uint32_t, std::uint64_t) override {
    delay_.start(0, stay_.sample(stays_));
    engine_->after(interarrival_.sample(arrivals_), *this);
  }
  void on_delay_end(std::uint64_t) override {}

 private:
  std::unique_ptr<sim::Engine> engine_ = sim::make_engine(sim::EngineKind::native);
  sim::Streams streams_;
  sim::Rng arrivals_, stays_;
  sim::Distribution interarrival_ = sim::Distribution::exponential(0.2);
  sim::Distribution stay_ = sim::Distribution::exponential(2.0);
  sim::Delay delay_;
};

TEST(QueueingSimulation, InfiniteServerMeanNumberIsLambdaOverMu) {
  std::vector<double> means;
  for (int r = 1; r <= kReplications; ++r) {
    InfiniteServer model(static_cast<std::uint64_t>(r));
    // The warm-up is 25 mean stays: the start from empty is forgotten as exp(-25).
    means.push_back(model.run(50.0, 4000.0));
  }
  EXPECT_TRUE(covers(confidence_interval(means), 5.0 * 2.0));
}

// The benchmark workload itself: each of its three stages is a queue theory solves (stage 1's
// Poisson output feeds stage 2, and so on), so what cjsim-bench prints beside the theory agrees.
TEST(QueueingSimulation, Cj3StagesMatchTheory) {
  std::vector<double> w1, w2p, w2n, p_renege, w3;
  for (int r = 1; r <= 20; ++r) {
    bench::Cj3Options o;
    o.cases = 200000;  // the 10% warm-up is 20,000 days, over 100 relaxation times of stage 1
    o.seed = static_cast<std::uint64_t>(r);
    const bench::Cj3Result result = bench::run_cj3(o);
    w1.push_back(result.w1);
    w2p.push_back(result.w2_priority);
    w2n.push_back(result.w2_normal);
    p_renege.push_back(result.p_renege);
    w3.push_back(result.w3);
  }
  const auto cobham = theory::cobham_mean_waits(10, {0.1, 0.9}, 1 / 8.5);
  const auto erlang_a = theory::erlang_a(5, 1.0, 1 / 4.25, 0.1);
  EXPECT_TRUE(covers(confidence_interval(w1), theory::mmc_mean_wait(20, 1.0, 1 / 17.0)));
  EXPECT_TRUE(covers(confidence_interval(w2p), cobham[0]));
  EXPECT_TRUE(covers(confidence_interval(w2n), cobham[1]));
  EXPECT_TRUE(covers(confidence_interval(p_renege), erlang_a.p_abandon));
  EXPECT_TRUE(covers(confidence_interval(w3), erlang_a.mean_wait));
}

}  // namespace

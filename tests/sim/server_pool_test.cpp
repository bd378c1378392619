// ServerPool: queue discipline (priority classes, FIFO within a class, non-preemptive), reneging at
// the exact patience deadline, withdrawal, and parameter checks.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <vector>

#include "sim/check.hpp"
#include "sim/distribution.hpp"
#include "sim/random.hpp"
#include "sim/server_pool.hpp"
#include "tests/sim/logging_client.hpp"

namespace {

using simtest::LoggingClient;
using simtest::Record;

TEST(ServerPool, PriorityFirstFifoWithinAClass) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::ServerPool pool(*engine, simtest::pool_spec(1, 2), client);
  pool.submit(1, 1);  // starts at once
  pool.submit(2, 1);
  pool.submit(3, 0);
  pool.submit(4, 1);
  pool.submit(5, 0);
  EXPECT_EQ(pool.queued(), 4u);
  EXPECT_EQ(pool.queued(0), 2u);
  EXPECT_EQ(pool.queued(1), 2u);
  EXPECT_EQ(pool.busy(), 1u);
  engine->run_until(sim::kNever);
  EXPECT_EQ(client.tags('S'), (std::vector<std::uint64_t>{1, 3, 5, 2, 4}));
  EXPECT_EQ(pool.started(), 5u);
  EXPECT_EQ(engine->now(), 5);
}

TEST(ServerPool, PriorityDoesNotPreempt) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  client.service = [](std::uint64_t tag) { return tag == 1 ? 10.0 : 1.0; };
  sim::ServerPool pool(*engine, simtest::pool_spec(1, 2), client);
  pool.submit(1, 1);
  engine->run_until(3);
  pool.submit(2, 0);  // the urgent job waits for the one in service
  engine->run_until(sim::kNever);
  const std::vector<Record> expected{{'S', 0, 1}, {'F', 10, 1}, {'S', 10, 2}, {'F', 11, 2}};
  EXPECT_EQ(client.log, expected);
}

TEST(ServerPool, RenegesAtTheExactDeadline) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  client.service = [](std::uint64_t tag) { return tag == 0 ? 100.0 : 1.0; };
  sim::ServerPool pool(*engine, simtest::pool_spec(1), client);
  pool.submit(0);  // keeps the server busy until 100
  engine->run_until(0.7);
  // Deadlines that are not representable sums of anything the pool computes.
  std::map<std::uint64_t, double> deadline;
  for (std::uint64_t tag = 1; tag <= 20; ++tag) {
    deadline[tag] = 0.7 + std::sqrt(static_cast<double>(tag)) * M_PI;
    pool.submit(tag, 0, deadline[tag]);
  }
  engine->run_until(sim::kNever);
  ASSERT_EQ(pool.reneged(), 20u);
  for (const auto& r : client.log) {
    if (r.what != 'R') continue;
    EXPECT_EQ(r.time, deadline[r.tag]) << "tag " << r.tag;  // bit for bit
  }
  // The queue shrank at each deadline: the area under it is the sum of the patiences.
  double patience_sum = 0;
  for (const auto& [tag, d] : deadline) patience_sum += d - 0.7;
  EXPECT_NEAR(pool.queue_length().area(engine->now()), patience_sum, 1e-9 * patience_sum);
  EXPECT_EQ(pool.queued(), 0u);
}

TEST(ServerPool, RenegingUnderLoadIsExactAndOnlyForWaitingJobs) {
  // M/M/2 overloaded, with exponential patience: thousands of races between deadlines and starts.
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::Rng rng(5);
  const auto service = sim::Distribution::exponential(1.0);
  client.service = [&](std::uint64_t) { return service.sample(rng); };
  sim::ServerPool pool(*engine, simtest::pool_spec(2), client);
  const auto patience = sim::Distribution::exponential(0.5);
  std::vector<double> arrival;
  std::vector<double> deadline;
  double t = 0;
  for (std::uint64_t tag = 0; tag < 20000; ++tag) {
    t += rng.uniform_positive() / 3.0;  // not Poisson; any arrival times do
    engine->run_until(t);
    arrival.push_back(t);
    deadline.push_back(t + patience.sample(rng));
    pool.submit(tag, 0, deadline.back());
  }
  engine->run_until(sim::kNever);
  std::size_t reneged = 0;
  std::size_t started = 0;
  for (const auto& r : client.log) {
    if (r.what == 'R') {
      ++reneged;
      ASSERT_EQ(r.time, deadline[r.tag]);
    } else if (r.what == 'S') {
      ++started;
      ASSERT_LE(r.time, deadline[r.tag]);
      ASSERT_GE(r.time, arrival[r.tag]);
    }
  }
  EXPECT_EQ(reneged + started, 20000u);
  EXPECT_EQ(pool.reneged(), reneged);
  EXPECT_GT(reneged, 2000u);
  EXPECT_GT(started, 2000u);
}

TEST(ServerPool, DeadlineAlreadyPastLeavesAtOnceIfItMustWait) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::ServerPool pool(*engine, simtest::pool_spec(1), client);
  engine->run_until(5);
  pool.submit(1, 0, 2.0);  // a free server: starts, whatever the deadline
  pool.submit(2, 0, 3.0);  // must wait: reneges now
  engine->run_until(sim::kNever);
  const std::vector<Record> expected{{'S', 5, 1}, {'R', 5, 2}, {'F', 6, 1}};
  EXPECT_EQ(client.log, expected);
}

TEST(ServerPool, WithdrawTakesAQueuedJobOutWithoutReneging) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::ServerPool pool(*engine, simtest::pool_spec(1), client);
  const sim::JobId running = pool.submit(1, 0, 50);
  const sim::JobId queued = pool.submit(2, 0, 0.5);
  const sim::JobId kept = pool.submit(3);
  EXPECT_FALSE(pool.withdraw(running));  // in service, not queued
  EXPECT_TRUE(pool.withdraw(queued));
  EXPECT_FALSE(pool.withdraw(queued));  // twice
  EXPECT_EQ(pool.queued(), 1u);
  engine->run_until(sim::kNever);
  const std::vector<Record> expected{{'S', 0, 1}, {'F', 1, 1}, {'S', 1, 3}, {'F', 2, 3}};
  EXPECT_EQ(client.log, expected);  // no renege at 0.5
  EXPECT_FALSE(pool.withdraw(kept));
  EXPECT_EQ(pool.reneged(), 0u);
  // A reused job slot: the old id cannot take out the new job.
  const sim::JobId blocker = pool.submit(4);
  const sim::JobId fresh = pool.submit(5);
  EXPECT_FALSE(pool.withdraw(queued));
  EXPECT_EQ(pool.queued(), 1u);
  EXPECT_TRUE(pool.withdraw(fresh));
  EXPECT_TRUE(static_cast<bool>(blocker));
}

TEST(ServerPool, ChecksItsParameters) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  const auto rejected = [&](sim::PoolSpec s, const std::string& start) {
    try {
      sim::ServerPool pool(*engine, s, client);
      ADD_FAILURE() << start << ": no exception";
    } catch (const sim::InvalidParameter& e) {
      EXPECT_EQ(std::string(e.what()).rfind(start, 0), 0u) << e.what();
    }
  };
  rejected(simtest::pool_spec(0), "test: servers: got 0, expected at least 1");
  rejected(simtest::pool_spec(1, 0), "test: priority classes: got 0");
  sim::PoolSpec fence = simtest::pool_spec(2, 2);
  fence.ring_fence = sim::RingFence{2, 0.5};
  rejected(fence, "test: ring-fenced class: got 2");
  fence.ring_fence = sim::RingFence{1, 1.5};
  rejected(fence, "test: ring-fenced share: got 1.5");
  sim::PoolSpec roster = simtest::pool_spec(2);
  roster.roster = sim::Roster({{0, 1.5}});
  rejected(roster, "test: roster capacity: got 1.5");
  roster.roster = sim::Roster({{0, 3}});
  rejected(roster, "test: roster capacity: got 3");

  sim::ServerPool pool(*engine, simtest::pool_spec(1, 2), client);
  EXPECT_THROW(pool.submit(1, 2), sim::InvalidParameter);
  EXPECT_THROW(pool.submit(1, 0, std::nan("")), sim::InvalidParameter);
  EXPECT_EQ(pool.queued(), 0u);
  client.service = [](std::uint64_t) { return -1.0; };
  EXPECT_THROW(pool.submit(1), sim::InvalidParameter);
}

}  // namespace

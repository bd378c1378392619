// ServerPool capacity: a roster's closed days start nothing and interrupt nothing, and a ring fence
// keeps its share of the servers for its class, which may also use the rest.
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

// A daily roster repeating weekly: 3 servers Monday, 3, 2, 3, 1, then closed at the weekend.
sim::Roster weekly_roster(int days) {
  const double week[7] = {3, 3, 2, 3, 1, 0, 0};
  std::vector<sim::Roster::Step> steps;
  for (int d = 0; d < days; ++d) steps.push_back({static_cast<double>(d), week[d % 7]});
  return sim::Roster(steps);
}

// Checks a run against its roster: no start while the roster says fewer servers than are busy
// (none at all on a closed day), and every job finishes exactly its service time after its start.
void check_against_roster(const LoggingClient& client, const std::vector<double>& service_of,
                          const sim::Roster& roster, std::size_t jobs) {
  std::map<std::uint64_t, double> started_at;
  int busy = 0;
  int spanning_a_closure = 0;  // in service when the roster dropped to zero
  int started_at_opening = 0;
  for (const auto& r : client.log) {
    if (r.what == 'S') {
      ++busy;
      const double level = roster.level_at(r.time);
      ASSERT_GT(level, 0) << "job " << r.tag << " started on a closed day at " << r.time;
      ASSERT_LE(busy, level) << "job " << r.tag << " started over capacity at " << r.time;
      if (r.time == std::floor(r.time) && roster.level_at(r.time - 1) == 0) ++started_at_opening;
      started_at[r.tag] = r.time;
    } else if (r.what == 'F') {
      --busy;
      const double start = started_at.at(r.tag);
      ASSERT_EQ(r.time, start + service_of[r.tag]) << "job " << r.tag << " was interrupted";
      for (double d = std::floor(start) + 1; d <= r.time; ++d) {
        if (roster.level_at(d) == 0 && roster.level_at(d - 1) > 0) {
          ++spanning_a_closure;
          break;
        }
      }
    }
  }
  EXPECT_EQ(started_at.size(), jobs);
  EXPECT_EQ(busy, 0);
  EXPECT_GT(spanning_a_closure, 5);  // else the test proves nothing about work in progress
  EXPECT_GT(started_at_opening, 5);  // queued over the weekend, started when it reopened
}

TEST(ServerPool, RosterClosedDaysStartNothingAndInterruptNothing) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::Rng rng(8);
  const auto service = sim::Distribution::exponential(1.5);
  std::vector<double> service_of;
  client.service = [&](std::uint64_t tag) { return service_of.at(tag); };
  const sim::Roster roster = weekly_roster(400);
  sim::PoolSpec s = simtest::pool_spec(3);
  s.roster = roster;
  sim::ServerPool pool(*engine, s, client);
  double t = 0;
  for (std::uint64_t tag = 0; tag < 500; ++tag) {
    t += rng.uniform_positive() * 1.0;  // about 1.3 jobs a day for ~1.7 servers on average
    engine->run_until(t);
    service_of.push_back(service.sample(rng));
    pool.submit(tag);
  }
  engine->run_until(sim::kNever);
  check_against_roster(client, service_of, roster, 500);
}

TEST(ServerPool, RosterClosedDaysWithJobsEndingExactlyAtTheClosure) {
  // Whole-day services and arrivals on whole days: finishes, arrivals and roster changes tie.
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::Rng rng(9);
  const auto service = sim::Distribution::empirical({1, 2, 3, 4}, {4, 3, 2, 1});
  std::vector<double> service_of;
  client.service = [&](std::uint64_t tag) { return service_of.at(tag); };
  const sim::Roster roster = weekly_roster(400);
  sim::PoolSpec s = simtest::pool_spec(3);
  s.roster = roster;
  sim::ServerPool pool(*engine, s, client);
  std::uint64_t tag = 0;
  for (int day = 0; day < 300; ++day) {
    engine->run_until(day);
    const int arrivals = static_cast<int>(rng.next() % 3);
    for (int k = 0; k < arrivals; ++k) {
      service_of.push_back(service.sample(rng));
      pool.submit(tag++);
    }
  }
  engine->run_until(sim::kNever);
  check_against_roster(client, service_of, roster, tag);
}

TEST(ServerPool, NothingStartsAtTheInstantTheRosterCloses) {
  // The job ending at 5 was scheduled (at 0) before the roster's step at 5 (scheduled at 3, when
  // the step before it ran), so its finish runs first at 5: the queued job must still wait for
  // the reopening at 7.
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  client.service = [](std::uint64_t tag) { return tag == 1 ? 5.0 : 1.0; };
  sim::PoolSpec s = simtest::pool_spec(1);
  s.roster = sim::Roster({{0, 1}, {3, 1}, {5, 0}, {7, 1}});
  sim::ServerPool pool(*engine, s, client);
  pool.submit(1);
  pool.submit(2);
  engine->run_until(sim::kNever);
  const std::vector<Record> expected{{'S', 0, 1}, {'F', 5, 1}, {'S', 7, 2}, {'F', 8, 2}};
  EXPECT_EQ(client.log, expected);
}

TEST(ServerPool, ClosedAtTheStartThenOpened) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  LoggingClient client(*engine);
  sim::PoolSpec s = simtest::pool_spec(2);
  s.roster = sim::Roster({{0, 0}, {2.5, 1}, {4, 2}});
  sim::ServerPool pool(*engine, s, client);
  EXPECT_EQ(pool.capacity(), 0u);
  for (std::uint64_t tag = 1; tag <= 3; ++tag) pool.submit(tag);
  engine->run_until(sim::kNever);
  const std::vector<Record> expected{{'S', 2.5, 1}, {'F', 3.5, 1}, {'S', 3.5, 2},
                                     {'S', 4, 3},   {'F', 4.5, 2}, {'F', 5, 3}};
  EXPECT_EQ(client.log, expected);
  EXPECT_EQ(pool.capacity(), 2u);
}

// Per-class counts of busy servers, kept by the client.
struct FenceClient final : LoggingClient {
  explicit FenceClient(sim::Engine& e) : LoggingClient(e) {}
  sim::Time on_start(std::uint64_t tag, std::uint32_t server) override {
    ++busy[tag % 2];
    starts.push_back({engine.now(), tag % 2, busy[0], busy[1]});
    return LoggingClient::on_start(tag, server);
  }
  void on_finish(std::uint64_t tag, std::uint32_t server) override {
    --busy[tag % 2];
    LoggingClient::on_finish(tag, server);
  }
  struct Start {
    double time;
    std::uint64_t cls;
    int busy0, busy1;
  };
  int busy[2] = {0, 0};
  std::vector<Start> starts;
};

TEST(ServerPool, RingFenceKeepsReservedServersForItsClass) {
  // 10 servers, 30% (3) reserved for class 1; the class is the tag's parity. Capacity drops to
  // 6 (reserving lround(1.8) = 2) for a while.
  auto engine = sim::make_engine(sim::EngineKind::native);
  FenceClient client(*engine);
  sim::Rng rng(10);
  const auto service = sim::Distribution::exponential(1.0);
  client.service = [&](std::uint64_t) { return service.sample(rng); };
  sim::PoolSpec s = simtest::pool_spec(10, 2);
  s.ring_fence = sim::RingFence{1, 0.3};
  s.roster = sim::Roster({{0, 10}, {300, 6}, {500, 10}});
  sim::ServerPool pool(*engine, s, client);
  std::uint64_t class0 = 0;
  std::uint64_t class1 = 1;
  double t = 0;
  int reserved_idle_while_class0_waits = 0;
  for (int i = 0; i < 12000; ++i) {
    t += rng.uniform_positive() / 10.0;
    engine->run_until(t);
    // Class 1 arrives only in bursts (t mod 100 < 20): in between, class 0 floods the pool.
    const bool burst = std::fmod(t, 100.0) < 20.0;
    if (burst || rng.bernoulli(0.8)) {
      const bool fenced = burst && rng.bernoulli(0.9);
      pool.submit(fenced ? class1 : class0, fenced ? 1 : 0);
      (fenced ? class1 : class0) += 2;
    }
    if (pool.queued(0) > 0 && pool.busy() < pool.capacity()) ++reserved_idle_while_class0_waits;
  }
  engine->run_until(sim::kNever);
  int max_busy0 = 0;
  int max_busy1 = 0;
  for (const auto& st : client.starts) {
    const double capacity = st.time >= 300 && st.time < 500 ? 6 : 10;
    const int reserved = static_cast<int>(std::lround(0.3 * capacity));
    if (st.cls == 0) {
      ASSERT_LE(st.busy0, capacity - reserved) << "class 0 took a reserved server at " << st.time;
    }
    ASSERT_LE(st.busy0 + st.busy1, capacity);
    max_busy0 = std::max(max_busy0, st.busy0);
    max_busy1 = std::max(max_busy1, st.busy1);
  }
  EXPECT_EQ(max_busy0, 7);   // class 0 uses all that is not reserved...
  EXPECT_EQ(max_busy1, 10);  // ...and the fenced class may use every server
  EXPECT_GT(reserved_idle_while_class0_waits, 100);
}

TEST(Roster, StepFunction) {
  const sim::Roster r({{1, 2}, {3, 0}, {4, 5}});
  EXPECT_EQ(r.level_at(0), 0);  // before the first step
  EXPECT_EQ(r.level_at(1), 2);
  EXPECT_EQ(r.level_at(2.9), 2);
  EXPECT_EQ(r.level_at(3), 0);
  EXPECT_EQ(r.level_at(100), 5);
  EXPECT_EQ(r.next_change_after(0), 1);
  EXPECT_EQ(r.next_change_after(1), 3);  // strictly after
  EXPECT_EQ(r.next_change_after(4), sim::kNever);
  EXPECT_EQ(r.max_level(), 5);
  EXPECT_EQ(r.step_at(0.5), 3u);
  EXPECT_EQ(r.step_at(3.5), 1u);
  EXPECT_EQ(sim::Roster().level_at(7), 0);
  EXPECT_EQ(sim::Roster::constant(4).level_at(1e9), 4);
  EXPECT_THROW(sim::Roster({{1, 2}, {1, 3}}), sim::InvalidParameter);
  EXPECT_THROW(sim::Roster({{0, -1}}), sim::InvalidParameter);
  EXPECT_THROW(sim::Roster({{sim::kNever, 1}}), sim::InvalidParameter);
}

}  // namespace

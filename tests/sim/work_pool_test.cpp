// WorkPool: a team's hours worked through jobs in priority order, exact hours accounting, zero
// capacity that stops work until the roster restores it, withdrawal, and an M/M/1 check (jobs in
// work against queueing theory, and Little's law on the pool's own accounting).
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <vector>

#include "sim/check.hpp"
#include "sim/random.hpp"
#include "sim/work_pool.hpp"

namespace {

// Logs when each job is done; may submit more work from the callback.
struct DoneLog : sim::WorkClient {
  explicit DoneLog(sim::Engine& e) : engine(e) {}
  void on_done(std::uint64_t tag) override { done[tag] = engine.now(); }
  sim::Engine& engine;
  std::map<std::uint64_t, double> done;
};

sim::WorkPoolSpec spec(sim::Roster hours_per_day, std::uint32_t classes = 1) {
  sim::WorkPoolSpec s;
  s.name = "team";
  s.hours_per_day = std::move(hours_per_day);
  s.classes = classes;
  return s;
}

TEST(WorkPool, WorksJobsInTurnAtTheTeamsRate) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  DoneLog log(*engine);
  sim::WorkPool pool(*engine, spec(sim::Roster::constant(8)), log);
  pool.submit(1, 4);
  pool.submit(2, 8);
  EXPECT_EQ(pool.in_work(), 2u);
  engine->run_until(10);
  EXPECT_DOUBLE_EQ(log.done.at(1), 0.5);  // 4 hours of 8 a day
  EXPECT_DOUBLE_EQ(log.done.at(2), 1.5);
  pool.update();
  EXPECT_DOUBLE_EQ(pool.hours_offered(), 80);
  EXPECT_DOUBLE_EQ(pool.hours_worked(), 12);
  EXPECT_EQ(pool.in_work(), 0u);
}

TEST(WorkPool, ZeroCapacityStopsWorkAndItResumesAfter) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  DoneLog log(*engine);
  // 8 hours a day, none on days 1 to 3, 8 again from day 3.
  sim::WorkPool pool(*engine, spec(sim::Roster({{0, 8}, {1, 0}, {3, 8}})), log);
  pool.submit(1, 16);
  engine->run_until(2);
  pool.submit(2, 4);  // queued while nobody works
  engine->run_until(2.9);
  EXPECT_TRUE(log.done.empty());
  pool.update();
  EXPECT_DOUBLE_EQ(pool.hours_worked(), 8);  // only day 0's hours
  engine->run_until(10);
  EXPECT_DOUBLE_EQ(log.done.at(1), 4);  // the other 8 hours on day 3
  EXPECT_DOUBLE_EQ(log.done.at(2), 4.5);
  pool.update();
  EXPECT_DOUBLE_EQ(pool.hours_offered(), 8 + 7 * 8);
  EXPECT_DOUBLE_EQ(pool.hours_worked(), 20);
}

TEST(WorkPool, UrgentWorkTakesTheHoursAndTheRestResumes) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  DoneLog log(*engine);
  sim::WorkPool pool(*engine, spec(sim::Roster::constant(8), 2), log);
  pool.submit(1, 16, 1);
  pool.submit(2, 8, 1);
  engine->run_until(1);
  pool.submit(3, 4, 0);  // 8 of job 1's hours done; job 3 goes first
  engine->run_until(10);
  EXPECT_DOUBLE_EQ(log.done.at(3), 1.5);
  EXPECT_DOUBLE_EQ(log.done.at(1), 2.5);  // its remaining 8 hours
  EXPECT_DOUBLE_EQ(log.done.at(2), 3.5);
}

TEST(WorkPool, WithdrawnWorkLeavesAndItsIdThenNamesNothing) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  DoneLog log(*engine);
  sim::WorkPool pool(*engine, spec(sim::Roster::constant(8)), log);
  const sim::WorkId first = pool.submit(1, 8);
  const sim::WorkId second = pool.submit(2, 8);
  engine->run_until(0.5);
  EXPECT_TRUE(pool.withdraw(first));  // in progress: its half day of work is lost
  EXPECT_FALSE(pool.withdraw(first));
  pool.submit(3, 8);  // reuses the freed job: the old id must not name it
  EXPECT_FALSE(pool.withdraw(first));
  engine->run_until(10);
  EXPECT_FALSE(log.done.count(1));
  EXPECT_DOUBLE_EQ(log.done.at(2), 1.5);
  EXPECT_DOUBLE_EQ(log.done.at(3), 2.5);
  EXPECT_FALSE(pool.withdraw(second));
  EXPECT_EQ(pool.in_work(), 0u);
}

TEST(WorkPool, RejectsJobsWithoutHoursAndClassesItDoesNotHave) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  DoneLog log(*engine);
  sim::WorkPool pool(*engine, spec(sim::Roster::constant(8), 2), log);
  EXPECT_THROW(pool.submit(1, 0), sim::InvalidParameter);
  EXPECT_THROW(pool.submit(1, NAN), sim::InvalidParameter);
  EXPECT_THROW(pool.submit(1, 1, 2), sim::InvalidParameter);
  EXPECT_THROW(sim::WorkPool(*engine, spec(sim::Roster::constant(-1)), log), sim::InvalidParameter);
}

// Poisson arrivals of 1 job a day, exponential work of mean 0.8 hours, 1 hour a day: an M/M/1
// queue with utilisation 0.8, whose mean number in system is rho / (1 - rho) = 4.
struct Arrivals final : sim::Handler, sim::WorkClient {
  Arrivals(sim::Engine& e) : engine(e), rng(20260401) {}
  void on_event(std::uint32_t, std::uint64_t) override {
    arrived.push_back(engine.now());
    pool->submit(arrived.size() - 1, -0.8 * std::log(rng.uniform_positive()));
    engine.after(-std::log(rng.uniform_positive()), *this);
  }
  void on_done(std::uint64_t tag) override {
    days_in_work += engine.now() - arrived[tag];
    ++done;
  }
  sim::Engine& engine;
  sim::Rng rng;
  sim::WorkPool* pool = nullptr;
  std::vector<double> arrived;
  double days_in_work = 0;
  double done = 0;
};

TEST(WorkPool, MatchesTheMM1QueueAndLittlesLaw) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  Arrivals arrivals(*engine);
  sim::WorkPool pool(*engine, spec(sim::Roster::constant(1)), arrivals);
  arrivals.pool = &pool;
  engine->at(0, arrivals);
  const double horizon = 200000;
  engine->run_until(horizon);
  pool.update();
  const double mean_in_work = pool.in_work_level().mean(horizon);
  // The time-average number in an M/M/1 system has asymptotic variance
  // 2 rho (1 + 4 rho - 4 rho^2 + rho^3) / (mu (1 - rho)^4) per unit time (Whitt 1989): with
  // mu = 1.25 jobs a day that is 1,722, so over 200,000 days one standard error is 0.093.
  const double rho = 0.8, mu = 1.25;
  const double variance =
      2 * rho * (1 + 4 * rho - 4 * rho * rho + rho * rho * rho) / (mu * std::pow(1 - rho, 4));
  EXPECT_NEAR(mean_in_work, rho / (1 - rho), 4 * std::sqrt(variance / horizon));
  // Little's law on the pool's own accounting, exactly: the area under jobs in work is the time
  // every job spent in work, those still in work counted to the horizon.
  double open = 0;
  for (std::size_t i = arrivals.done; i < arrivals.arrived.size(); ++i) {
    open += horizon - arrivals.arrived[i];  // FIFO in one class: the last ones are still in work
  }
  EXPECT_NEAR(pool.in_work_level().area(horizon), arrivals.days_in_work + open,
              1e-9 * horizon * mean_in_work);
  EXPECT_NEAR(pool.hours_worked() / pool.hours_offered(), rho, 0.01);
}

}  // namespace

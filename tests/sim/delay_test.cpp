// The infinite-server delay: every job leaves after its own duration, a cancelled job leaves at
// once without telling the client, and the count inside follows both.
#include "sim/delay.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "sim/check.hpp"

namespace {

struct Client final : sim::DelayClient {
  explicit Client(sim::Engine& e) : engine(e) {}
  void on_delay_end(std::uint64_t tag) override { ended.emplace_back(engine.now(), tag); }
  sim::Engine& engine;
  std::vector<std::pair<double, std::uint64_t>> ended;
};

TEST(Delay, JobsLeaveAfterTheirDurations) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  Client client(*engine);
  sim::Delay delay(*engine, client);
  delay.start(1, 5);
  delay.start(2, 2);
  delay.start(3, 0);  // leaves now, as an event
  EXPECT_EQ(delay.inside().level(), 3);
  engine->run_until(sim::kNever);
  const std::vector<std::pair<double, std::uint64_t>> expected{{0, 3}, {2, 2}, {5, 1}};
  EXPECT_EQ(client.ended, expected);
  EXPECT_EQ(delay.inside().level(), 0);
  EXPECT_EQ(delay.inside().area(5), 7);  // 2 + 5: each job's time inside
}

TEST(Delay, CancelEndsAJobWithoutTellingTheClient) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  Client client(*engine);
  sim::Delay delay(*engine, client);
  const sim::EventId long_job = delay.start(1, 10);
  const sim::EventId short_job = delay.start(2, 1);
  engine->run_until(4);
  EXPECT_EQ(delay.inside().level(), 1);
  EXPECT_TRUE(delay.cancel(long_job));
  EXPECT_EQ(delay.inside().level(), 0);
  EXPECT_FALSE(delay.cancel(long_job));   // twice
  EXPECT_FALSE(delay.cancel(short_job));  // already ended
  EXPECT_EQ(delay.inside().level(), 0);   // neither changed the count
  engine->run_until(sim::kNever);
  const std::vector<std::pair<double, std::uint64_t>> expected{{1, 2}};
  EXPECT_EQ(client.ended, expected);
  EXPECT_EQ(delay.inside().area(20), 1 + 4);  // the long job counted until its cancellation at 4
}

TEST(Delay, RefusesABadDuration) {
  auto engine = sim::make_engine(sim::EngineKind::native);
  Client client(*engine);
  sim::Delay delay(*engine, client);
  EXPECT_THROW(delay.start(1, -1), sim::InvalidParameter);
  EXPECT_THROW(delay.start(1, sim::kNever), sim::InvalidParameter);
  EXPECT_EQ(delay.inside().level(), 0);
  EXPECT_EQ(engine->pending(), 0u);
}

}  // namespace

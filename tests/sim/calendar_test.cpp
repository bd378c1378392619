// The event calendar: (time, scheduling order) order, cancellation anywhere, and event ids that
// stay safe to use after their event has run, been cancelled, or had its slot reused.
#include "sim/calendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

#include "sim/random.hpp"

namespace {

struct Null final : sim::Handler {
  void on_event(std::uint32_t, std::uint64_t) override {}
};

std::vector<std::uint64_t> pop_all_args(sim::Calendar& calendar) {
  std::vector<std::uint64_t> args;
  while (!calendar.empty()) args.push_back(calendar.pop().arg);
  return args;
}

TEST(Calendar, PopsInTimeOrder) {
  Null h;
  sim::Calendar calendar;
  const std::vector<double> times{5, 1, 4, 2.5, 0, 3, 10, 0.5};
  for (std::size_t i = 0; i < times.size(); ++i) calendar.push(times[i], h, 7, i);
  EXPECT_EQ(calendar.size(), times.size());
  EXPECT_EQ(calendar.next_time(), 0);
  std::vector<double> popped;
  while (!calendar.empty()) {
    const auto due = calendar.pop();
    EXPECT_EQ(due.handler, &h);
    EXPECT_EQ(due.kind, 7u);
    EXPECT_EQ(due.time, times[due.arg]);
    popped.push_back(due.time);
  }
  EXPECT_EQ(popped, (std::vector<double>{0, 0.5, 1, 2.5, 3, 4, 5, 10}));
  EXPECT_EQ(calendar.next_time(), sim::kNever);
}

TEST(Calendar, EqualTimesPopInSchedulingOrder) {
  Null h;
  sim::Calendar calendar;
  // Interleaved with other times, so the heap has to move the ties about.
  for (std::uint64_t i = 0; i < 200; ++i) calendar.push(i % 3 == 0 ? 1.0 : 2.0 + (i % 7), h, 0, i);
  std::vector<std::uint64_t> at_one;
  while (!calendar.empty() && calendar.next_time() == 1.0) at_one.push_back(calendar.pop().arg);
  ASSERT_EQ(at_one.size(), 67u);
  for (std::size_t k = 0; k < at_one.size(); ++k) EXPECT_EQ(at_one[k], 3 * k);
  EXPECT_EQ(calendar.scheduled(), 200u);
}

TEST(Calendar, CancelInTheMiddle) {
  Null h;
  sim::Calendar calendar;
  std::vector<sim::EventId> ids;
  for (std::uint64_t i = 0; i < 10; ++i)
    ids.push_back(calendar.push(static_cast<double>(i), h, 0, i));
  EXPECT_TRUE(calendar.cancel(ids[4]));
  EXPECT_TRUE(calendar.cancel(ids[7]));
  EXPECT_TRUE(calendar.cancel(ids[0]));  // the head
  EXPECT_FALSE(calendar.pending(ids[4]));
  EXPECT_TRUE(calendar.pending(ids[5]));
  EXPECT_EQ(calendar.size(), 7u);
  EXPECT_EQ(calendar.next_time(), 1.0);
  EXPECT_EQ(pop_all_args(calendar), (std::vector<std::uint64_t>{1, 2, 3, 5, 6, 8, 9}));
}

TEST(Calendar, StaleIdsCancelNothing) {
  Null h;
  sim::Calendar calendar;
  const sim::EventId ran = calendar.push(1, h, 0, 1);
  const sim::EventId cancelled = calendar.push(2, h, 0, 2);
  EXPECT_TRUE(calendar.cancel(cancelled));
  EXPECT_FALSE(calendar.cancel(cancelled));  // twice
  EXPECT_EQ(calendar.pop().arg, 1u);
  EXPECT_FALSE(calendar.pending(ran));
  EXPECT_FALSE(calendar.cancel(ran));  // already ran
  EXPECT_FALSE(calendar.cancel(sim::EventId{}));
  EXPECT_FALSE(calendar.pending(sim::EventId{}));
  EXPECT_FALSE(calendar.cancel(sim::EventId{12345}));  // a slot that never existed
  EXPECT_TRUE(calendar.empty());
}

TEST(Calendar, ReusedSlotIsNotCancelledThroughAnOldId) {
  Null h;
  sim::Calendar calendar;
  const sim::EventId old_id = calendar.push(1, h, 0, 1);
  calendar.pop();
  const sim::EventId new_id = calendar.push(2, h, 0, 2);
  // The freed slot is reused (same low 32 bits), under a new generation.
  EXPECT_EQ(new_id.value & 0xffffffffU, old_id.value & 0xffffffffU);
  EXPECT_NE(new_id, old_id);
  EXPECT_FALSE(calendar.pending(old_id));
  EXPECT_FALSE(calendar.cancel(old_id));
  EXPECT_TRUE(calendar.pending(new_id));
  EXPECT_EQ(calendar.size(), 1u);
  EXPECT_TRUE(calendar.cancel(new_id));
  EXPECT_TRUE(calendar.empty());
}

TEST(Calendar, ManyCancellationsKeepOrderAndIds) {
  // Far more cancelled than live events, so that the calendar has to clear them out.
  Null h;
  sim::Calendar calendar;
  sim::Rng rng(7);
  std::vector<sim::EventId> ids;
  std::vector<double> times;
  for (std::uint64_t i = 0; i < 20000; ++i) {
    times.push_back(static_cast<double>(rng.next() % 1000));  // many ties
    ids.push_back(calendar.push(times.back(), h, 0, i));
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i % 10 != 0) {
      ASSERT_TRUE(calendar.cancel(ids[i])) << i;
    }
  }
  EXPECT_EQ(calendar.size(), 2000u);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_EQ(calendar.pending(ids[i]), i % 10 == 0) << i;
    if (i % 10 != 0) {
      ASSERT_FALSE(calendar.cancel(ids[i])) << i;
    }
  }
  // New events reuse the freed slots; the old ids must not reach them.
  std::vector<sim::EventId> fresh;
  for (std::uint64_t i = 0; i < 5000; ++i) fresh.push_back(calendar.push(500.5, h, 1, 100000 + i));
  for (std::size_t i = 0; i < ids.size(); i += 10) {
    if (i % 20 == 10) {
      ASSERT_TRUE(calendar.cancel(ids[i]));
    }
  }
  for (std::size_t i = 1; i < ids.size(); i += 10) ASSERT_FALSE(calendar.cancel(ids[i]));
  for (const auto id : fresh) ASSERT_TRUE(calendar.pending(id));
  EXPECT_EQ(calendar.size(), 6000u);
  // What is left pops in (time, scheduling order).
  double last_time = -1;
  std::uint64_t last_arg = 0;
  std::size_t popped = 0;
  while (!calendar.empty()) {
    const auto due = calendar.pop();
    const bool old = due.arg < 100000;
    if (old) {
      EXPECT_EQ(due.arg % 20, 0u);
      EXPECT_EQ(due.time, times[due.arg]);
    } else {
      EXPECT_EQ(due.time, 500.5);
    }
    ASSERT_TRUE(due.time > last_time || (due.time == last_time && due.arg > last_arg))
        << "out of order at " << popped;
    last_time = due.time;
    last_arg = due.arg;
    ++popped;
  }
  EXPECT_EQ(popped, 6000u);
}

// Random pushes (with many ties), cancels (live and stale) and pops against a plain ordered map,
// in phases that pile up cancelled events and phases that drain the calendar.
TEST(Calendar, AgreesWithAReferenceUnderRandomOperations) {
  Null h;
  sim::Calendar calendar;
  sim::Rng rng(42);
  std::map<std::pair<double, std::uint64_t>, sim::EventId> reference;  // (time, sequence) -> id
  std::vector<std::pair<sim::EventId, std::pair<double, std::uint64_t>>> issued;
  std::uint64_t sequence = 0;
  double now = 0;
  for (int step = 0; step < 300000; ++step) {
    const bool piling_up = (step / 30000) % 2 == 0;
    const double u = rng.uniform();
    if (u < (piling_up ? 0.6 : 0.3)) {
      const double time = now + static_cast<double>(rng.next() % 20) * 0.25;
      const auto key = std::make_pair(time, sequence);
      const sim::EventId id = calendar.push(time, h, 0, sequence++);
      reference.emplace(key, id);
      issued.emplace_back(id, key);
    } else if (u < 0.95 && !issued.empty()) {
      const auto& [id, key] = issued[rng.next() % issued.size()];
      const bool live = reference.count(key) > 0;
      ASSERT_EQ(calendar.pending(id), live);
      ASSERT_EQ(calendar.cancel(id), live);
      reference.erase(key);
    } else if (!reference.empty()) {
      ASSERT_FALSE(calendar.empty());
      ASSERT_EQ(calendar.next_time(), reference.begin()->first.first);
      const auto due = calendar.pop();
      const auto expected = reference.begin();
      ASSERT_EQ(due.time, expected->first.first);
      ASSERT_EQ(due.arg, expected->first.second);
      ASSERT_FALSE(calendar.pending(expected->second));
      now = due.time;
      reference.erase(expected);
    }
    ASSERT_EQ(calendar.size(), reference.size());
    ASSERT_EQ(calendar.empty(), reference.empty());
    if (issued.size() > 40000) issued.erase(issued.begin(), issued.begin() + 20000);
  }
}

}  // namespace

// The same against the reference, with times from a fraction of a day to hundreds of years
// ahead (past the day buckets' ring), many at whole days, some before the last event popped, and
// a few past the last day the calendar counts exactly, which come out at the end. Thousands stay
// pending, so that the clock moves on by days while far events wait.
TEST(Calendar, AgreesWithAReferenceFromHoursToMillennia) {
  Null h;
  sim::Calendar calendar;
  sim::Rng rng(2026);
  std::map<std::pair<double, std::uint64_t>, sim::EventId> reference;
  std::vector<std::pair<sim::EventId, std::pair<double, std::uint64_t>>> issued;
  std::uint64_t sequence = 0;
  double now = 0;
  const auto time_ahead = [&]() -> double {
    const double u = rng.uniform();
    if (u < 0.02) return 1e15 * (1 + static_cast<double>(rng.next() % 100));  // past 2^52
    if (u < 0.03) return 1e300;
    if (u < 0.05) return static_cast<double>(rng.next() % 5000);       // maybe before now
    const double ahead = std::exp(rng.uniform() * std::log(3e5)) - 1;  // up to 800 years
    return u < 0.5 ? std::floor(now + ahead) : now + ahead;
  };
  double far_ones = 0;
  for (int step = 0; step < 200000; ++step) {
    const double u = reference.size() < 3000 ? 0 : rng.uniform();
    if (u < 0.45) {
      const double time = time_ahead();
      const auto key = std::make_pair(time, sequence);
      const sim::EventId id = calendar.push(time, h, 0, sequence++);
      reference.emplace(key, id);
      issued.emplace_back(id, key);
    } else if (u < 0.6 && !issued.empty()) {
      const auto& [id, key] = issued[rng.next() % issued.size()];
      const bool live = reference.count(key) > 0;
      ASSERT_EQ(calendar.cancel(id), live);
      reference.erase(key);
    } else if (!reference.empty()) {
      ASSERT_EQ(calendar.next_time(), reference.begin()->first.first);
      const auto due = calendar.pop();
      ASSERT_EQ(due.time, reference.begin()->first.first) << "step " << step;
      ASSERT_EQ(due.arg, reference.begin()->first.second) << "step " << step;
      now = std::max(now, due.time);
      reference.erase(reference.begin());
    }
    ASSERT_EQ(calendar.size(), reference.size());
    if (issued.size() > 40000) issued.erase(issued.begin(), issued.begin() + 20000);
  }
  EXPECT_GT(now, 3 * 1024.0);   // the ring went round several times
  EXPECT_LT(now, 1e6);          // and the far ones still wait
  while (!reference.empty()) {  // the far end too: 1e15 and beyond, in order
    far_ones += reference.begin()->first.first >= 1e15 ? 1 : 0;
    const auto due = calendar.pop();
    ASSERT_EQ(due.time, reference.begin()->first.first);
    ASSERT_EQ(due.arg, reference.begin()->first.second);
    reference.erase(reference.begin());
  }
  EXPECT_TRUE(calendar.empty());
  EXPECT_GT(far_ones, 10);
}

// An event far beyond the others (past the day buckets' reach) still comes in order, after a
// long quiet spell, and one pushed later for an earlier day comes before it.
TEST(Calendar, LongQuietSpells) {
  Null h;
  sim::Calendar calendar;
  calendar.push(100000.5, h, 0, 1);
  calendar.push(3.25, h, 0, 2);
  calendar.push(100000.5, h, 0, 3);  // a tie, scheduled later
  EXPECT_EQ(calendar.pop().arg, 2u);
  calendar.push(99999, h, 0, 4);
  calendar.push(7e20, h, 0, 5);
  calendar.push(2000, h, 0, 6);
  EXPECT_EQ(pop_all_args(calendar), (std::vector<std::uint64_t>{6, 4, 1, 3, 5}));
}

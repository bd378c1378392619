// The diary against two slower diaries on thousands of random bookings: the diary as it was
// before its trees (bench::LinearDiary), for the calls the courts make today (one reserve at
// most, from the earliest day to the end), and a plain reference of the whole contract (several
// reserves, windows, spans, cancelling). Every day, session and split must agree bit for bit.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sim/diary.hpp"
#include "sim/random.hpp"
#include "tests/sim/diary_reference.hpp"
#include "tools/bench/linear_diary.hpp"

namespace {

using sim::Diary;

std::uint32_t below(sim::Rng& rng, std::uint32_t n) {
  return static_cast<std::uint32_t>(rng.uniform() * n);
}

// Court-like sessions: none at weekends, `weekday` sessions (some days one more) otherwise.
std::vector<std::uint32_t> sessions_of(std::uint32_t days, std::uint32_t weekday, sim::Rng& rng) {
  std::vector<std::uint32_t> sessions;
  for (std::uint32_t d = 0; d < days; ++d) {
    sessions.push_back(d % 7 >= 5 ? 0 : weekday + (rng.bernoulli(0.3) ? 1 : 0));
  }
  return sessions;
}

struct OldCase {
  std::string name;
  double session_capacity;
  std::vector<double> amounts;  // drawn uniformly
  double overbooking;
  std::optional<bench::LinearDiary::Reserve> reserve;
  bool one_session_a_day;  // the capacity-per-day constructor
};

void expect_same(const std::optional<bench::LinearDiary::Booking>& old,
                 const std::optional<Diary::Booking>& now, int i) {
  ASSERT_EQ(old.has_value(), now.has_value()) << "booking " << i;
  if (!old) return;
  ASSERT_EQ(old->day, now->day) << "booking " << i;
  ASSERT_EQ(old->session, now->session) << "booking " << i;
  ASSERT_EQ(old->general, now->general) << "booking " << i;
  ASSERT_EQ(old->reserved, now->reserved) << "booking " << i;
}

void compare_with_old(const OldCase& c, std::uint64_t seed) {
  SCOPED_TRACE(c.name + ", seed " + std::to_string(seed));
  sim::Rng rng(seed);
  const std::uint32_t days = 400;
  const auto sessions = sessions_of(days, 3, rng);
  double smallest = c.amounts.front();
  for (double a : c.amounts) smallest = std::min(smallest, a);
  std::optional<Diary::Reserve> reserve;
  if (c.reserve)
    reserve = Diary::Reserve{c.reserve->booking_class, c.reserve->share, c.reserve->release_days};
  std::vector<double> capacity;
  for (std::uint32_t n : sessions) capacity.push_back(n * c.session_capacity);
  auto old = c.one_session_a_day
                 ? bench::LinearDiary(capacity, c.overbooking, c.reserve, smallest)
                 : bench::LinearDiary::of_sessions(sessions, c.session_capacity, c.overbooking,
                                                   c.reserve, smallest);
  auto now = c.one_session_a_day ? Diary(capacity, c.overbooking, reserve, smallest)
                                 : Diary::of_sessions(sessions, c.session_capacity, c.overbooking,
                                                      reserve, smallest);
  // Demand a little above capacity, so that the diary fills and bookings land further ahead.
  std::uint32_t today = 0;
  for (int i = 0; i < 6000; ++i) {
    if (rng.bernoulli(0.08)) today += 1 + below(rng, 3);
    const std::uint32_t earliest = today + below(rng, 45);
    const double amount = c.amounts[below(rng, static_cast<std::uint32_t>(c.amounts.size()))];
    const std::uint32_t booking_class = rng.bernoulli(0.3) ? 1 : 0;
    const auto a = old.book(earliest, amount, booking_class, today);
    const auto b = now.book(earliest, amount, booking_class, today);
    expect_same(a, b, i);
    if (::testing::Test::HasFatalFailure()) return;
    if (a) {
      ASSERT_EQ(old.booked(a->day), now.booked(b->day)) << "booking " << i;
    }
  }
  for (std::uint32_t d = 0; d < days; ++d) {
    ASSERT_EQ(old.booked(d), now.booked(d)) << "day " << d;
    ASSERT_EQ(old.capacity(d), now.capacity(d)) << "day " << d;
  }
}

TEST(DiaryEquivalence, BooksWhereTheOldDiaryBooked) {
  const std::vector<double> minutes = {20, 30, 100, 120, 150, 180};
  const std::vector<double> shares = {0.05, 0.25, 0.4, 0.5, 1};  // of a sitting day
  const std::vector<OldCase> cases = {
      {"sessions, no reserve", 180, minutes, 1.0, std::nullopt, false},
      {"sessions, over-listed", 180, minutes, 1.15, std::nullopt, false},
      {"sessions, reserve never released", 180, minutes, 1.0, {{1, 0.3, 0}}, false},
      {"sessions, over-listed, reserve released", 180, minutes, 1.15, {{1, 0.3, 7}}, false},
      {"sitting days, reserve released", 1, shares, 1.2, {{1, 0.25, 3}}, false},
      {"one session a day, reserve released", 180, minutes, 1.15, {{1, 0.3, 7}}, true},
      {"one session a day, reserve for class 0", 180, minutes, 1.0, {{0, 0.2, 14}}, true},
  };
  for (const auto& c : cases) {
    for (std::uint64_t seed : {1, 2, 3}) {
      compare_with_old(c, seed);
      if (HasFatalFailure()) return;
    }
  }
}

struct Live {
  Diary::Booking booking;
  Diary::Request request;
};

// Random requests of every kind, each made of both diaries; live bookings are cancelled at random
// (a case ends, a trial cracks), some straight after they are made and then booked again.
void compare_with_reference(std::uint64_t seed, const Diary::Rules& rules,
                            const std::vector<double>& amounts, double session_capacity) {
  SCOPED_TRACE("seed " + std::to_string(seed) + ", " + std::to_string(rules.reserves.size()) +
               " reserves");
  sim::Rng rng(seed);
  const std::uint32_t days = 300;
  const auto sessions = sessions_of(days, 2, rng);
  test::ReferenceDiary reference(sessions, session_capacity, rules);
  Diary diary = Diary::of_sessions(sessions, session_capacity, rules);
  std::vector<Live> live;
  std::uint32_t today = 0;
  const auto same = [&](const Diary::Booking& a, const Diary::Booking& b, int i) {
    ASSERT_EQ(a.day, b.day) << "request " << i;
    ASSERT_EQ(a.session, b.session) << "request " << i;
    ASSERT_EQ(a.general, b.general) << "request " << i;
    ASSERT_EQ(a.reserved, b.reserved) << "request " << i;
    ASSERT_EQ(a.reference, b.reference) << "request " << i;
    ASSERT_EQ(diary.booked(a.day), reference.booked(a.day)) << "request " << i;
    ASSERT_EQ(diary.session_booked(a.day, a.session), reference.session_booked(a.day, a.session))
        << "request " << i;
    for (std::uint32_t r = 0; r < rules.reserves.size(); ++r) {
      ASSERT_EQ(diary.reserve_booked(a.day, r), reference.reserve_booked(a.day, r))
          << "request " << i;
    }
  };
  for (int i = 0; i < 4000; ++i) {
    if (rng.bernoulli(0.05)) {
      today += 1 + below(rng, 2);
      diary.advance_to(today);
      std::erase_if(live, [&](const Live& l) { return l.booking.day < today; });
    }
    if (!live.empty() && rng.bernoulli(0.15)) {
      const std::size_t j = below(rng, static_cast<std::uint32_t>(live.size()));
      diary.cancel(live[j].booking);
      reference.cancel(live[j].booking);
      const std::uint32_t day = live[j].booking.day;
      ASSERT_EQ(diary.booked(day), reference.booked(day)) << "cancel " << i;
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(j));
      continue;
    }
    Diary::Request r;
    r.earliest = today + below(rng, 40);
    r.latest = rng.bernoulli(0.5) ? Diary::kDiaryEnd : r.earliest + below(rng, 60);
    r.amount = amounts[below(rng, static_cast<std::uint32_t>(amounts.size()))];
    r.booking_class = below(rng, 4);
    const std::uint32_t span = rng.bernoulli(0.3) ? 1 + below(rng, 5) : 1;
    const auto expected = reference.book_span(r, span, today);
    const auto got = diary.book_span(r, span, today);
    ASSERT_EQ(expected.has_value(), got.has_value()) << "request " << i;
    if (!got) continue;
    ASSERT_EQ(expected->size(), got->size());
    for (std::size_t k = 0; k < got->size(); ++k) {
      same((*expected)[k], (*got)[k], i);
      if (::testing::Test::HasFatalFailure()) return;
    }
    if (span == 1 && rng.bernoulli(0.2)) {
      // Book, cancel, book again: the same day, session and split.
      diary.cancel(got->front());
      reference.cancel(got->front());
      const auto again = diary.book(r, today);
      const auto expected_again = reference.book(r, today);
      ASSERT_TRUE(again && expected_again) << "request " << i;
      EXPECT_EQ(again->day, got->front().day);
      EXPECT_EQ(again->session, got->front().session);
      EXPECT_EQ(again->general, got->front().general);
      EXPECT_EQ(again->reserved, got->front().reserved);
      same(*expected_again, *again, i);
      if (::testing::Test::HasFatalFailure()) return;
      live.push_back({*again, r});
      continue;
    }
    for (const auto& b : *got) live.push_back({b, r});
  }
  for (std::uint32_t d = today; d < days; ++d) {
    ASSERT_EQ(diary.booked(d), reference.booked(d)) << "day " << d;
  }
}

TEST(DiaryEquivalence, KeepsTheContractWithSeveralReservesWindowsSpansAndCancelling) {
  const std::vector<double> minutes = {20, 30, 100, 120, 150};
  const std::vector<double> shares = {0.05, 0.1, 0.3, 0.5, 1};
  const Diary::Rules none{1.0, {}, 0.05};
  const Diary::Rules one{1.15, {{1, 0.3, 7}}, 0.05};
  const Diary::Rules three{1.15, {{1, 0.2, 7}, {2, 0.1, 3}, {3, 0.15, 0}}, 0.05};
  for (std::uint64_t seed : {11, 12, 13}) {
    for (const auto* rules : {&none, &one, &three}) {
      compare_with_reference(seed, *rules, minutes, 180);
      if (HasFatalFailure()) return;
      compare_with_reference(seed, *rules, shares, 1);
      if (HasFatalFailure()) return;
    }
  }
}

}  // namespace

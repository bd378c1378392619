// The diary: earliest fit on or after the earliest day, in one session, over-listing, a reserve
// only its class may book until the day is within release_days, and no booking when no session
// has room; several reserves, booking windows, spans over open days, cancelling, and the queries.
// Randomised comparisons with the old diary and a plain reference: diary_equivalence_test.cpp.
#include "sim/diary.hpp"

#include <gtest/gtest.h>

#include <string>

#include "sim/check.hpp"

namespace {

using sim::Diary;

std::uint32_t day_of(const std::optional<Diary::Booking>& b) {
  EXPECT_TRUE(b.has_value());
  return b ? b->day : 999;
}

TEST(Diary, BooksTheFirstDayWithRoomOnOrAfterTheEarliest) {
  Diary diary({10, 10, 10, 10, 10});
  EXPECT_EQ(diary.days(), 5u);
  EXPECT_EQ(day_of(diary.book(2, 4, 0, 0)), 2u);
  EXPECT_EQ(day_of(diary.book(2, 4, 0, 0)), 2u);
  EXPECT_EQ(day_of(diary.book(2, 4, 0, 0)), 3u);  // day 2 has 2 left
  EXPECT_EQ(day_of(diary.book(0, 2, 0, 0)), 0u);  // earlier days are still open
  EXPECT_EQ(day_of(diary.book(1, 2, 0, 0)), 1u);
  EXPECT_EQ(day_of(diary.book(2, 2, 0, 0)), 2u);  // an exact fit
  EXPECT_EQ(diary.booked(2), 10);
  EXPECT_EQ(diary.booked(3), 4);
  EXPECT_EQ(diary.capacity(3), 10);
}

TEST(Diary, SkipsFullAndClosedDays) {
  Diary diary({5, 0, 5, 5});
  EXPECT_EQ(day_of(diary.book(0, 5, 0, 0)), 0u);
  EXPECT_EQ(day_of(diary.book(0, 5, 0, 0)), 2u);  // day 0 full, day 1 closed
  EXPECT_EQ(day_of(diary.book(0, 3, 0, 0)), 3u);
  EXPECT_EQ(day_of(diary.book(0, 2, 0, 0)), 3u);
}

TEST(Diary, NoRoomGivesNothing) {
  Diary diary({10, 10});
  EXPECT_FALSE(diary.book(0, 11, 0, 0).has_value());  // bigger than any day
  EXPECT_FALSE(diary.book(2, 1, 0, 0).has_value());   // after the diary's end
  ASSERT_TRUE(diary.book(0, 10, 0, 0).has_value());
  ASSERT_TRUE(diary.book(0, 10, 0, 0).has_value());
  EXPECT_FALSE(diary.book(0, 1, 0, 0).has_value());  // full
  EXPECT_EQ(diary.booked(0) + diary.booked(1), 20);
}

TEST(Diary, OverbookingFactorRaisesWhatMayBeBooked) {
  Diary diary({10, 10}, 1.5);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(day_of(diary.book(0, 5, 0, 0)), 0u);
  EXPECT_EQ(diary.booked(0), 15);
  EXPECT_EQ(day_of(diary.book(0, 5, 0, 0)), 1u);
  EXPECT_EQ(diary.capacity(0), 10);  // the capacity itself is unchanged
}

TEST(Diary, ReserveIsOnlyForItsClass) {
  // 100 a day, a quarter of it reserved for class 1, never released early.
  Diary diary({100, 100, 100}, 1.0, Diary::Reserve{1, 0.25, 0});
  EXPECT_EQ(day_of(diary.book(0, 75, 0, 0)), 0u);
  EXPECT_EQ(day_of(diary.book(0, 1, 0, 0)), 1u);  // day 0's reserve is not for class 0
  const auto fenced = diary.book(0, 25, 1, 0);
  ASSERT_TRUE(fenced);
  EXPECT_EQ(fenced->day, 0u);
  EXPECT_EQ(fenced->reserved, 25);
  EXPECT_EQ(fenced->general, 0);
  EXPECT_EQ(diary.booked(0), 100);
  // Even on the day itself, release_days 0 keeps the reserve closed to other classes.
  EXPECT_EQ(day_of(diary.book(2, 75, 0, 2)), 2u);
  EXPECT_FALSE(diary.book(2, 1, 0, 2).has_value());
}

TEST(Diary, FencedClassUsesItsReserveFirstThenGeneralRoom) {
  Diary diary({100}, 1.0, Diary::Reserve{1, 0.25, 0});
  const auto b = diary.book(0, 30, 1, 0);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->reserved, 25);
  EXPECT_EQ(b->general, 5);
  EXPECT_EQ(day_of(diary.book(0, 70, 0, 0)), 0u);
  EXPECT_FALSE(diary.book(0, 1, 1, 0).has_value());
}

TEST(Diary, ReserveOpensToAllWithinReleaseDays) {
  Diary diary({100, 100, 100, 100, 100}, 1.0, Diary::Reserve{1, 0.25, 2});
  for (std::uint32_t d = 0; d < 5; ++d) EXPECT_EQ(day_of(diary.book(d, 75, 0, 0)), d);
  // Booked on day 0: days 0 to 2 are released, so class 0 takes day 0's reserve.
  const auto released = diary.book(0, 10, 0, 0);
  ASSERT_TRUE(released);
  EXPECT_EQ(released->day, 0u);
  EXPECT_EQ(released->general, 0);
  EXPECT_EQ(released->reserved, 10);
  // Days 3 and 4 are further ahead than 2 days: their reserve stays closed to class 0...
  EXPECT_FALSE(diary.book(3, 10, 0, 0).has_value());
  // ...until the booking is made close enough.
  EXPECT_EQ(day_of(diary.book(3, 10, 0, 1)), 3u);
  EXPECT_FALSE(diary.book(4, 10, 0, 1).has_value());
  EXPECT_EQ(day_of(diary.book(4, 10, 0, 2)), 4u);
}

TEST(Diary, ChecksItsParameters) {
  EXPECT_THROW(Diary({10}, 0.5), sim::InvalidParameter);
  EXPECT_THROW(Diary({10}, 10), sim::InvalidParameter);
  EXPECT_THROW(Diary({10, -1}), sim::InvalidParameter);
  EXPECT_THROW(Diary({10}, 1, Diary::Reserve{0, 1.5, 0}), sim::InvalidParameter);
  EXPECT_THROW(Diary({10}, 1, std::nullopt, 0), sim::InvalidParameter);
  Diary diary({10}, 1, std::nullopt, 2);
  try {
    diary.book(0, 1, 0, 0);
    FAIL() << "no exception";
  } catch (const sim::InvalidParameter& e) {
    EXPECT_STREQ(e.what(), "booking amount: got 1, expected at least the smallest booking (2)");
  }
}

TEST(Diary, ABookingNeverStraddlesTwoSessions) {
  // Two sessions of 180 a day: three 100s leave 80 in each of two sessions (160 in all), but a
  // fourth 100 fits in neither and goes to the next day.
  Diary diary = Diary::of_sessions({2, 2}, 180);
  EXPECT_EQ(diary.capacity(0), 360);
  const auto first = diary.book(0, 100, 0, 0);
  const auto second = diary.book(0, 100, 0, 0);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->session, 0u);
  EXPECT_EQ(second->session, 1u);
  EXPECT_EQ(day_of(diary.book(0, 100, 0, 0)), 1u);
  EXPECT_EQ(diary.booked(0), 200);
  // A smaller booking still fits the room left in a session.
  const auto small = diary.book(0, 80, 0, 0);
  ASSERT_TRUE(small);
  EXPECT_EQ(small->day, 0u);
  EXPECT_EQ(small->session, 0u);
}

TEST(Diary, DaysWithoutSessionsTakeNothing) {
  Diary diary = Diary::of_sessions({0, 1, 0, 3}, 60);
  EXPECT_EQ(day_of(diary.book(0, 60, 0, 0)), 1u);
  EXPECT_EQ(day_of(diary.book(0, 60, 0, 0)), 3u);
  EXPECT_EQ(diary.capacity(2), 0);
  EXPECT_FALSE(diary.book(0, 61, 0, 0).has_value());  // longer than any session
}

TEST(Diary, OverbookingAppliesToEachSessionAndTheReserveToTheDay) {
  Diary diary = Diary::of_sessions({2}, 100, 1.2, Diary::Reserve{1, 0.25, 0});
  // Each session: 120 bookable. The day: 240 bookable, 60 of it reserved for class 1.
  EXPECT_EQ(diary.book(0, 90, 0, 0)->session, 0u);
  EXPECT_EQ(diary.book(0, 90, 0, 0)->session, 1u);
  EXPECT_FALSE(diary.book(0, 1, 0, 0).has_value());  // the day's general room is used
  const auto fenced = diary.book(0, 30, 1, 0);
  ASSERT_TRUE(fenced);
  EXPECT_EQ(fenced->reserved, 30);
  EXPECT_EQ(fenced->session, 0u);
  EXPECT_EQ(diary.book(0, 30, 1, 0)->session, 1u);
  EXPECT_FALSE(diary.book(0, 1, 1, 0).has_value());  // reserve left, but no session has room
  EXPECT_EQ(diary.booked(0), 240);
}

TEST(Diary, AFenceNeverMakesASessionTooSmallForABooking) {
  // A 30% fence on two 180-minute sessions: a fence per session would leave 126 of general room
  // in each, too little for a 150-minute trial; kept per day, one such trial still fits.
  Diary diary = Diary::of_sessions({2, 2}, 180, 1.0, Diary::Reserve{1, 0.3, 0});
  EXPECT_EQ(day_of(diary.book(0, 150, 0, 0)), 0u);
  EXPECT_EQ(day_of(diary.book(0, 150, 0, 0)), 1u);  // day 0 has 102 general room left
  EXPECT_EQ(day_of(diary.book(0, 100, 1, 0)), 0u);  // the fenced class takes day 0's reserve
}

TEST(Diary, EachReserveIsForItsClassAndOpensToAllWhenReleased) {
  // 100 a day: 20 kept for class 1 (never released early), 10 for class 2 (released 2 days
  // ahead), 10 for class 3 (never released early): 60 general room.
  Diary::Rules rules{1.0, {{1, 0.2, 0}, {2, 0.1, 2}, {3, 0.1, 0}}, 1.0};
  Diary diary({100, 100, 100, 100, 100}, rules);
  EXPECT_DOUBLE_EQ(diary.reserve_capacity(0, 0), 20);
  EXPECT_DOUBLE_EQ(diary.reserve_capacity(0, 1), 10);
  // Class 1 books its own reserve first, then general room.
  const auto own = diary.book({.earliest = 4, .amount = 25, .booking_class = 1}, 0);
  ASSERT_TRUE(own);
  EXPECT_EQ(own->day, 4u);
  EXPECT_EQ(own->reserved, 20);
  EXPECT_EQ(own->general, 5);
  EXPECT_EQ(diary.reserve_booked(4, 0), 20);
  // Class 0 fills day 4's general room; the reserves there are not yet released.
  EXPECT_EQ(day_of(diary.book({.earliest = 4, .amount = 55}, 0)), 4u);
  EXPECT_FALSE(diary.released(4, 1));
  EXPECT_FALSE(diary.book({.earliest = 4, .amount = 1}, 0));
  // Booked on day 2, day 4 is within class 2's release: class 0 may book that reserve (not class
  // 3's, which is never released early).
  const auto released = diary.book({.earliest = 4, .amount = 10}, 2);
  ASSERT_TRUE(released);
  EXPECT_TRUE(diary.released(4, 1));
  EXPECT_FALSE(diary.released(4, 2));
  EXPECT_EQ(released->day, 4u);
  EXPECT_EQ(released->reserved, 10);
  EXPECT_EQ(diary.reserve_booked(4, 1), 10);
  EXPECT_FALSE(diary.book({.earliest = 4, .amount = 1}, 2));
  // Class 3 still has its own reserve there.
  EXPECT_EQ(day_of(diary.book({.earliest = 4, .amount = 10, .booking_class = 3}, 2)), 4u);
  EXPECT_EQ(diary.booked(4), 100);
}

TEST(Diary, AClassTakesItsReserveThenGeneralThenReleasedReserves) {
  Diary::Rules rules{1.0, {{1, 0.2, 1}, {2, 0.3, 1}}, 1.0};
  Diary diary({100}, rules);  // released on day 0: both reserves are open to all
  const auto b = diary.book({.amount = 95, .booking_class = 2}, 0);
  ASSERT_TRUE(b);
  EXPECT_EQ(diary.reserve_booked(0, 1), 30);  // its own
  EXPECT_EQ(b->general, 50);                  // then all the general room
  EXPECT_EQ(diary.reserve_booked(0, 0), 15);  // then class 1's released reserve
  EXPECT_EQ(b->reserved, 45);
  const auto other = diary.book({.amount = 5}, 0);
  ASSERT_TRUE(other);
  EXPECT_EQ(other->general, 0);
  EXPECT_EQ(other->reserved, 5);
  EXPECT_FALSE(diary.book({.amount = 1, .booking_class = 1}, 0));
}

TEST(Diary, ABookingLandsWithinItsWindowOrNowhere) {
  Diary diary({10, 10, 0, 10, 10});
  EXPECT_EQ(day_of(diary.book({.earliest = 1, .latest = 3, .amount = 10}, 0)), 1u);
  EXPECT_EQ(day_of(diary.book({.earliest = 1, .latest = 3, .amount = 10}, 0)), 3u);
  // Days 1 to 3 are full or closed: the room on day 4 is after the horizon.
  EXPECT_FALSE(diary.book({.earliest = 1, .latest = 3, .amount = 1}, 0));
  EXPECT_EQ(diary.first_fit({.earliest = 1, .latest = 3, .amount = 1}), std::nullopt);
  EXPECT_EQ(diary.first_fit({.earliest = 1, .amount = 1}), 4u);
  EXPECT_FALSE(diary.book({.earliest = 3, .latest = 2, .amount = 1}, 0));  // an empty window
  // A latest day past the diary's end is the end.
  EXPECT_EQ(day_of(diary.book({.earliest = 4, .latest = 99, .amount = 10}, 0)), 4u);
  EXPECT_FALSE(diary.book({.earliest = 5, .latest = 99, .amount = 1}, 0));
}

TEST(Diary, ASpanHoldsConsecutiveOpenDaysSkippingClosedOnes) {
  // One room a day, closed at the weekend (days 2 and 3).
  Diary diary = Diary::of_sessions({1, 1, 0, 0, 1, 1, 1, 1}, 1);
  const auto trial = diary.book_span({.amount = 1}, 3, 0);
  ASSERT_TRUE(trial);
  ASSERT_EQ(trial->size(), 3u);
  EXPECT_EQ((*trial)[0].day, 0u);
  EXPECT_EQ((*trial)[1].day, 1u);
  EXPECT_EQ((*trial)[2].day, 4u);  // the weekend is skipped, not counted
  EXPECT_EQ(diary.booked(4), 1);
  // The next three-day trial cannot start on day 5: days 5 to 7 are the only run left.
  const auto next = diary.book_span({.amount = 1}, 3, 0);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->front().day, 5u);
  EXPECT_EQ(next->back().day, 7u);
  EXPECT_FALSE(diary.book_span({.amount = 1}, 1, 0));
}

TEST(Diary, ASpanStartsAfterAFullDayInItsWay) {
  Diary diary = Diary::of_sessions({2, 2, 2, 2, 2, 2}, 1);
  ASSERT_TRUE(diary.book({.earliest = 2, .amount = 1}, 0));
  ASSERT_TRUE(diary.book({.earliest = 2, .amount = 1}, 0));  // day 2 is full
  const auto trial = diary.book_span({.amount = 1}, 3, 0);
  ASSERT_TRUE(trial);
  EXPECT_EQ(trial->front().day, 3u);
  // Two rooms: the second trial of three days also fits from day 3; a third does not, and with
  // its first day at most 3 it has nowhere to go.
  EXPECT_EQ(diary.book_span({.amount = 1}, 3, 0)->front().day, 3u);
  EXPECT_FALSE(diary.book_span({.latest = 3, .amount = 1}, 3, 0));
  EXPECT_EQ(diary.book_span({.amount = 1}, 2, 0)->front().day, 0u);
  // Not enough open days left for a span as long as the diary.
  EXPECT_FALSE(diary.book_span({.amount = 1}, 7, 0));
}

TEST(Diary, CancellingGivesTheRoomBackExactly) {
  // Amounts that are not whole in binary, over-listing and a released reserve: every sum rounds.
  Diary diary = Diary::of_sessions({1, 1}, 3, Diary::Rules{1.15, {{1, 0.3, 5}}, 0.05});
  const std::vector<double> amounts = {0.1, 0.35, 0.05, 0.7, 0.2, 0.45, 0.3};
  std::vector<Diary::Booking> kept;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    kept.push_back(*diary.book({.amount = amounts[i], .booking_class = i % 2 ? 1u : 0u}, 0));
  }
  const double booked = diary.booked(0);
  const double session = diary.session_booked(0, 0);
  const double reserve = diary.reserve_booked(0, 0);
  const auto first = diary.book({.amount = 0.6, .booking_class = 1}, 0);
  ASSERT_TRUE(first);
  diary.cancel(*first);
  EXPECT_EQ(diary.booked(0), booked);  // bit for bit
  EXPECT_EQ(diary.session_booked(0, 0), session);
  EXPECT_EQ(diary.reserve_booked(0, 0), reserve);
  const auto again = diary.book({.amount = 0.6, .booking_class = 1}, 0);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->day, first->day);
  EXPECT_EQ(again->session, first->session);
  EXPECT_EQ(again->general, first->general);
  EXPECT_EQ(again->reserved, first->reserved);
  // Cancelling an earlier booking leaves the day as if only the others had been made (here they
  // go to the same session with the same splits either way, so their sums agree bit for bit).
  diary.cancel(*again);
  diary.cancel(kept[2]);
  Diary without = Diary::of_sessions({1, 1}, 3, Diary::Rules{1.15, {{1, 0.3, 5}}, 0.05});
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    if (i == 2) continue;
    const auto b = without.book({.amount = amounts[i], .booking_class = i % 2 ? 1u : 0u}, 0);
    ASSERT_TRUE(b);
    ASSERT_EQ(b->session, kept[i].session);
    ASSERT_EQ(b->general, kept[i].general);
  }
  EXPECT_EQ(diary.booked(0), without.booked(0));
  EXPECT_EQ(diary.reserve_booked(0, 0), without.reserve_booked(0, 0));
  EXPECT_EQ(diary.session_booked(0, 0), without.session_booked(0, 0));
  for (const auto& b : kept) {
    if (b.reference != kept[2].reference) diary.cancel(b);
  }
  EXPECT_EQ(diary.booked(0), 0);
  EXPECT_EQ(diary.reserve_booked(0, 0), 0);
}

TEST(Diary, ACancelledSpanFreesItsRemainingDays) {
  Diary diary = Diary::of_sessions({1, 1, 1, 1, 1}, 1);
  const auto trial = diary.book_span({.amount = 1}, 4, 0);
  ASSERT_TRUE(trial);
  EXPECT_FALSE(diary.book_span({.amount = 1}, 2, 1));
  // The trial cracks on its second day: its last two days are free again, at once.
  diary.cancel((*trial)[2]);
  diary.cancel((*trial)[3]);
  const auto next = diary.book_span({.amount = 1}, 2, 1);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->front().day, 2u);
  EXPECT_EQ(next->back().day, 3u);
}

TEST(Diary, CancelChecksTheBooking) {
  Diary diary({10, 10, 10});
  const auto b = diary.book(1, 5, 0, 0);
  ASSERT_TRUE(b);
  Diary::Booking unknown = *b;
  unknown.reference = 7;
  EXPECT_THROW(diary.cancel(unknown), sim::InvalidParameter);
  diary.cancel(*b);
  EXPECT_THROW(diary.cancel(*b), sim::InvalidParameter);  // already cancelled
  const auto passed = diary.book(1, 5, 0, 1);
  ASSERT_TRUE(passed);
  diary.advance_to(2);
  EXPECT_THROW(diary.cancel(*passed), sim::InvalidParameter);  // its day has passed
  EXPECT_EQ(diary.booked(1), 5);
  Diary::Booking beyond = *passed;
  beyond.day = 3;
  EXPECT_THROW(diary.cancel(beyond), sim::InvalidParameter);
}

TEST(Diary, ReleasesFollowTodayAsItAdvances) {
  // Half of each day kept for class 1, released 2 days ahead; class 0 fills the general room.
  std::vector<double> capacity(10, 10);
  Diary diary(capacity, Diary::Rules{1.0, {{1, 0.5, 2}}, 1.0});
  for (std::uint32_t d = 0; d < 10; ++d) ASSERT_TRUE(diary.book(d, 5, 0, 0));
  for (std::uint32_t today = 0; today < 9; ++today) {
    diary.advance_to(today);
    EXPECT_EQ(diary.today(), today);
    for (std::uint32_t d = 0; d < 10; ++d) EXPECT_EQ(diary.released(d, 0), d <= today + 2);
    // Class 0 finds room on a day as soon as it is released, and none beyond.
    EXPECT_EQ(diary.first_day_with_room(today + 1, 0), today + 1);
    EXPECT_EQ(diary.first_day_with_room(today + 3, 0), std::nullopt);
    if (today + 3 < 10) {
      EXPECT_EQ(diary.first_day_with_room(today + 3, 1), today + 3);  // its own, always
    }
  }
  EXPECT_THROW(diary.advance_to(3), sim::InvalidParameter);  // today never goes back
  EXPECT_THROW(diary.book(0, 1, 0, 3), sim::InvalidParameter);
}

TEST(Diary, AnswersForEachDayAndSession) {
  Diary diary = Diary::of_sessions({0, 3}, 180, 1.15, Diary::Reserve{1, 0.3, 0}, 20);
  EXPECT_EQ(diary.sessions(0), 0u);
  EXPECT_EQ(diary.sessions(1), 3u);
  EXPECT_EQ(diary.capacity(1), 540);
  EXPECT_EQ(diary.session_capacity(1, 2), 180);  // offered, before over-listing
  EXPECT_DOUBLE_EQ(diary.reserve_capacity(1, 0), 540 * 1.15 * 0.3);
  EXPECT_EQ(diary.rules().reserves.size(), 1u);
  ASSERT_TRUE(diary.book(0, 200, 0, 0));
  EXPECT_EQ(diary.session_booked(1, 0), 200);
  EXPECT_EQ(diary.session_booked(1, 1), 0);
  EXPECT_EQ(diary.first_day_with_room(0, 0), 1u);
  EXPECT_THROW(diary.session_capacity(1, 3), std::out_of_range);
  EXPECT_THROW(diary.capacity(2), std::out_of_range);
  EXPECT_THROW(diary.released(1, 1), std::out_of_range);
}

TEST(Diary, ChecksItsReserves) {
  EXPECT_THROW(Diary({10}, Diary::Rules{1.0, {{1, 0.6, 0}, {2, 0.5, 0}}, 1.0}),
               sim::InvalidParameter);  // more than the whole day
  EXPECT_THROW(Diary({10}, Diary::Rules{1.0, {{1, 0.2, 0}, {1, 0.2, 3}}, 1.0}),
               sim::InvalidParameter);  // two reserves for one class
  EXPECT_NO_THROW(Diary({10}, Diary::Rules{1.0, {{1, 0.1, 0}, {2, 0.2, 0}, {3, 0.7, 0}}, 1.0}));
  Diary diary({10});
  EXPECT_THROW(diary.book_span({.amount = 1}, 0, 0), sim::InvalidParameter);
  EXPECT_THROW(diary.first_fit({.amount = 0.5}), sim::InvalidParameter);
}

}  // namespace

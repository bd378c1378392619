// The diary: earliest fit on or after the earliest day, in one session, over-listing, a reserve
// only its class may book until the day is within release_days, and no booking when no session
// has room.
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

}  // namespace

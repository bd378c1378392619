// A diary: sessions on each day (court sessions of so many minutes, rooms sitting for a day) booked
// ahead of time. A booking of some amount goes into the first session, on the first day in its
// window, that has room for all of it ("listing"): a booking never straddles two sessions.
//
// Contract:
// - Window: a booking lands on a day in [earliest, latest] (latest: a listing horizon; by default
//   the diary's end), or nowhere: the caller keeps the request and asks again later.
// - Overbooking: a session may be booked beyond its capacity by a factor (over-listing, in the
//   expectation that some bookings will not go ahead). Capacity offered stays the unscaled figure.
// - Reserves: each keeps a share of every day's bookable capacity for one booking class (a ring
//   fence: domestic-abuse trials, custody cases, short hearings). A class books its own reserve
//   first, then general room, then the other reserves released on that day (in the order of
//   Rules::reserves): a reserve is released, open to every class, once the day is no more than
//   its `release_days` ahead of `today` (0: never). Reserves are kept per day, not per session,
//   so that a fence never leaves a session too small for a booking. The room a class may book is
//   summed in that order, and a booking takes from each source up to its room, the last source
//   taking the rest: with one reserve, the arithmetic of the diary before its trees, bit for bit.
// - Spans: a booking may hold one amount on each of several consecutive open days (a Crown Court
//   trial holding a room for its sitting days). Days offering no capacity are skipped, not
//   counted; the span starts on the first day of its window from which every day fits.
// - Cancelling, until the booking's day has passed, gives the room back exactly: the day's sums
//   become those of its other bookings added in booking order, as if the cancelled one had never
//   been made (the others keep their sessions and splits).
// - `today` (the day a booking is made) never goes back; bookings and the release of reserves are
//   decided on it. Queries answer for the last `today` given.
//
// Cost: a first-fit tree over days for each class with a reserve, and one for every other class,
// holds the room that class may book on each day capped by the largest room left in any one
// session, so that finding the day is one O(log days) descent however full the diary is; a tree
// over sessions finds the session. A booking updates one leaf per tree; each day enters each
// reserve's release window once as `today` advances. A span walks the open days from the first
// day that fits and, at a day that does not, starts again after it. The diary keeps the bookings
// of days not yet passed (for cancel): memory grows with the bookings ahead, not those done.
//
// To add a kind of reserve: it is a Reserve {booking class, share, release_days} in Rules; the
// model gives each kind of request its own booking class. A rule that is not a share of each
// day's capacity (a fixed amount, a reserve for some sessions only) goes in add_day(), day_room()
// and take_parts() (what a class may use, and in which order), which the trees and cancel()
// follow; the reference in tests/sim/diary_reference.cpp states the same rule plainly.
//
// The diary is plain data: the model decides when to book and what happens on the day.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "sim/first_fit_tree.hpp"

namespace sim {

class Diary {
 public:
  struct Reserve {
    std::uint32_t booking_class = 0;
    double share = 0;                // of each day's bookable capacity
    std::uint32_t release_days = 0;  // open to all when the day is this close (0: never early)
  };
  struct Rules {
    double overbooking = 1.0;       // in [1, 10)
    std::vector<Reserve> reserves;  // one per booking class, shares adding up to at most 1
    double smallest_booking = 1.0;  // no booking is smaller (checked)
  };
  static constexpr std::uint32_t kDiaryEnd = std::numeric_limits<std::uint32_t>::max();
  struct Request {
    std::uint32_t earliest = 0;
    std::uint32_t latest = kDiaryEnd;  // inclusive; for a span, the latest first day
    double amount = 0;                 // on each day
    std::uint32_t booking_class = 0;
  };
  struct Booking {
    std::uint32_t day = 0;
    std::uint32_t session = 0;    // within the day
    double general = 0;           // taken from the general capacity
    double reserved = 0;          // taken from reserves, all together
    std::uint32_t reference = 0;  // tells the day's bookings apart, for cancel()
  };

  // One session a day: `capacity[d]` is what day d offers (>= 0).
  Diary(std::vector<double> capacity, Rules rules);
  explicit Diary(std::vector<double> capacity, double overbooking = 1.0,
                 std::optional<Reserve> reserve = std::nullopt, double smallest_booking = 1.0);
  // `sessions[d]` sessions on day d, each offering `session_capacity`.
  static Diary of_sessions(const std::vector<std::uint32_t>& sessions, double session_capacity,
                           Rules rules);
  static Diary of_sessions(const std::vector<std::uint32_t>& sessions, double session_capacity,
                           double overbooking = 1.0, std::optional<Reserve> reserve = std::nullopt,
                           double smallest_booking = 1.0);

  // Books the request into the first session with room on the first day of its window; `today`
  // is the day the booking is made. Nothing when no day of the window has room.
  std::optional<Booking> book(const Request& request, std::uint32_t today);
  std::optional<Booking> book(std::uint32_t earliest, double amount, std::uint32_t booking_class,
                              std::uint32_t today) {
    return book(Request{earliest, kDiaryEnd, amount, booking_class}, today);
  }
  // Books `request.amount` on each of `span_days` consecutive open days, the first in the
  // request's window; one booking a day, in day order. Nothing when no such run has room.
  std::optional<std::vector<Booking>> book_span(const Request& request, std::uint32_t span_days,
                                                std::uint32_t today);
  // Gives a booking's room back. The booking must be one this diary made, not yet cancelled, on
  // a day no earlier than today; otherwise InvalidParameter.
  void cancel(const Booking& booking);
  // Moves `today` on without booking (releases reserves, forgets the bookings of past days).
  void advance_to(std::uint32_t today);

  // The day book() would choose for the request now, without booking.
  std::optional<std::uint32_t> first_fit(const Request& request) const;
  // The first day on or after `earliest` with room for a booking of the smallest size.
  std::optional<std::uint32_t> first_day_with_room(std::uint32_t earliest,
                                                   std::uint32_t booking_class) const;

  std::uint32_t days() const noexcept { return static_cast<std::uint32_t>(days_.size()); }
  std::uint32_t today() const noexcept { return today_; }
  const Rules& rules() const noexcept { return rules_; }
  // Totals over the day's sessions: offered (before overbooking) and booked.
  double capacity(std::uint32_t day) const { return day_at(day).capacity; }
  double booked(std::uint32_t day) const;
  std::uint32_t sessions(std::uint32_t day) const { return day_at(day).sessions; }
  double session_capacity(std::uint32_t day, std::uint32_t session) const;
  double session_booked(std::uint32_t day, std::uint32_t session) const;
  // Reserve `reserve` (an index into rules().reserves) on a day: bookable, booked, released.
  double reserve_capacity(std::uint32_t day, std::uint32_t reserve) const;
  double reserve_booked(std::uint32_t day, std::uint32_t reserve) const;
  bool released(std::uint32_t day, std::uint32_t reserve) const;

 private:
  struct Day {
    double capacity = 0;
    double general = 0;  // bookable by everyone
    double used_general = 0;
    std::uint32_t first_session = 0;  // sessions_[first_session .. + sessions)
    std::uint32_t sessions = 0;
    std::uint32_t next_reference = 0;
  };
  struct Session {
    double capacity = 0;
    double bookable = 0;  // capacity times overbooking
    double used = 0;
  };
  // The bookings of a day not yet passed, in booking order, so that cancel() can recompute.
  struct Entry {
    std::uint32_t reference = 0;
    std::uint32_t session = 0;
    double amount = 0;
    double general = 0;
  };
  struct Ledger {
    std::vector<Entry> entries;
    std::vector<double> reserved;  // each entry's part of every reserve, entry by entry
  };

  struct Unopened {};  // days are added, then open() builds the trees
  Diary(Rules rules, Unopened);
  void add_day(std::uint32_t sessions, double session_capacity);
  void open();  // builds the trees once every day is added
  const Day& day_at(std::uint32_t day) const { return days_.at(day); }
  std::uint32_t reserve_count() const noexcept {
    return static_cast<std::uint32_t>(rules_.reserves.size());
  }
  // Classes with a reserve have their own tree; every other class shares the last one.
  std::uint32_t tree_of(std::uint32_t booking_class) const noexcept;
  double reserve_room(std::uint32_t day, std::uint32_t reserve) const;
  double day_room(std::uint32_t tree, std::uint32_t day) const;
  void refresh(std::uint32_t day);  // the day's leaf in every class's tree
  void check_amount(double amount) const;
  std::optional<std::uint32_t> first_fit(std::uint32_t tree, std::uint32_t earliest,
                                         std::uint32_t latest, double amount) const;
  bool fits(std::uint32_t tree, std::uint32_t day, double amount) const {
    return fit_[tree].value(day) >= amount;
  }
  // The start of the first run of `span_days` open days from [earliest, latest] that all fit.
  std::optional<std::uint32_t> first_span(std::uint32_t tree, const Request& request,
                                          std::uint32_t span_days) const;
  // Books a day that fits.
  Booking take(std::uint32_t tree, std::uint32_t day, double amount);
  void take_parts(std::uint32_t tree, std::uint32_t day, double amount, Booking& booking);
  void recompute(std::uint32_t day);

  Rules rules_;
  std::vector<Day> days_;
  std::vector<Session> sessions_;
  std::vector<double> reserved_;               // day * reserve_count() + reserve: bookable
  std::vector<double> used_reserved_;          // the same layout: booked
  std::vector<double> parts_;                  // the booking being made: its part of each reserve
  std::vector<std::uint32_t> next_open_;       // the first day after d offering capacity
  std::vector<std::uint32_t> released_until_;  // per reserve: days before it are released
  std::vector<Ledger> ledgers_;
  FirstFitTree session_room_;      // per session: room left
  std::vector<FirstFitTree> fit_;  // per tree_of(class), per day: room the class may book there
  std::uint32_t today_ = 0;
  std::uint32_t forgotten_until_ = 0;  // ledgers of days before it are cleared
};

}  // namespace sim

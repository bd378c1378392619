// A plain reference for sim::Diary's contract: it keeps the live bookings of every day in booking
// order and works every answer out from them by trying each day in turn, with the same arithmetic
// the contract states (rooms are capacities less the bookings summed in order). Slow and obvious,
// so that the diary's trees can be compared with it bit for bit.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "sim/diary.hpp"

namespace test {

class ReferenceDiary {
 public:
  // `sessions[d]` sessions on day d, each offering `session_capacity`.
  ReferenceDiary(const std::vector<std::uint32_t>& sessions, double session_capacity,
                 sim::Diary::Rules rules);

  std::optional<sim::Diary::Booking> book(const sim::Diary::Request& r, std::uint32_t today);
  std::optional<std::vector<sim::Diary::Booking>> book_span(const sim::Diary::Request& r,
                                                            std::uint32_t span_days,
                                                            std::uint32_t today);
  void cancel(const sim::Diary::Booking& b);

  std::uint32_t days() const { return static_cast<std::uint32_t>(days_.size()); }
  double booked(std::uint32_t day) const;
  double session_booked(std::uint32_t day, std::uint32_t session) const;
  double reserve_booked(std::uint32_t day, std::uint32_t reserve) const;

 private:
  struct Live {
    sim::Diary::Booking booking;
    double amount = 0;
    std::vector<double> parts;  // per reserve
  };
  struct Day {
    std::uint32_t sessions = 0;
    double general = 0;
    std::vector<double> reserved;
    std::vector<Live> live;
    std::uint32_t next_reference = 0;
  };
  bool released(std::uint32_t day, std::uint32_t reserve, std::uint32_t today) const;
  int own(std::uint32_t booking_class) const;  // the class's reserve, or -1
  double general_room(std::uint32_t day) const;
  double reserve_room(std::uint32_t day, std::uint32_t reserve) const;
  double session_room(std::uint32_t day, std::uint32_t session) const;
  bool fits(std::uint32_t day, double amount, std::uint32_t booking_class,
            std::uint32_t today) const;
  sim::Diary::Booking take(std::uint32_t day, double amount, std::uint32_t booking_class,
                           std::uint32_t today);

  sim::Diary::Rules rules_;
  double session_bookable_ = 0;
  std::vector<Day> days_;
};

}  // namespace test

// The diary as it was before its first-fit trees (sim/diary.hpp at bff3e68), kept verbatim but for
// its name: the baseline of the diary benchmark and the reference the diary's tests compare
// bookings with. Every booking scans from its earliest day: with a reserve, over every full day.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace bench {

class LinearDiary {
 public:
  struct Reserve {
    std::uint32_t booking_class = 0;
    double share = 0;                // of each day's bookable capacity
    std::uint32_t release_days = 0;  // open to all when the day is this close (0: never early)
  };
  struct Booking {
    std::uint32_t day = 0;
    std::uint32_t session = 0;  // within the day
    double general = 0;         // taken from the general capacity
    double reserved = 0;        // taken from the reserve
  };

  // One session a day: `capacity[d]` is what day d offers (>= 0). `smallest_booking`: no booking
  // is smaller; sessions with less room than this are skipped quickly.
  explicit LinearDiary(std::vector<double> capacity, double overbooking = 1.0,
                       std::optional<Reserve> reserve = std::nullopt,
                       double smallest_booking = 1.0);
  // `sessions[d]` sessions on day d, each offering `session_capacity`.
  static LinearDiary of_sessions(const std::vector<std::uint32_t>& sessions,
                                 double session_capacity, double overbooking = 1.0,
                                 std::optional<Reserve> reserve = std::nullopt,
                                 double smallest_booking = 1.0);

  // Books `amount` into the first session with room on the first day >= `earliest`; `today` is
  // the day the booking is made (for the reserve's release). Returns nothing when no session up
  // to the diary's end has room.
  std::optional<Booking> book(std::uint32_t earliest, double amount, std::uint32_t booking_class,
                              std::uint32_t today);

  std::uint32_t days() const noexcept { return static_cast<std::uint32_t>(days_.size()); }
  // Totals over the day's sessions.
  double capacity(std::uint32_t day) const { return days_.at(day).capacity; }
  double booked(std::uint32_t day) const {
    return days_.at(day).used_general + days_.at(day).used_reserved;
  }

 private:
  struct Day {
    double capacity = 0;
    double general = 0;   // bookable by everyone
    double reserved = 0;  // bookable by the reserve's class (and by all once released)
    double used_general = 0;
    double used_reserved = 0;
  };
  struct Session {
    double bookable = 0;  // capacity times overbooking
    double used = 0;
  };
  LinearDiary(std::optional<Reserve> reserve, double overbooking, double smallest_booking);
  void add_day(std::uint32_t sessions, double session_capacity);
  // The first of the day's sessions with `amount` of room, if any.
  std::optional<std::uint32_t> session_with_room(std::uint32_t day, double amount) const;
  std::optional<Booking> try_day(std::uint32_t day, double amount, std::uint32_t booking_class,
                                 std::uint32_t today);

  std::vector<Day> days_;
  std::vector<Session> sessions_;
  std::vector<std::uint32_t> first_session_{0};  // day d: sessions_[first_session_[d] ..[d+1])
  std::optional<Reserve> reserve_;
  double overbooking_;
  double smallest_;
  std::uint32_t first_open_general_ = 0;  // every day before it has no general room left
};

}  // namespace bench

// A diary: capacity per day (minutes of court time, say) booked ahead of time. A booking goes into
// the first day on or after its earliest day that has room for it ("listing").
//
// - Overbooking: a day may be booked beyond its capacity by a factor (over-listing, in the
//   expectation that some bookings will not go ahead).
// - Reserve: a share of each day's capacity that only one booking class may book (a ring fence),
//   opened to every class once the day is no more than `release_days` ahead.
//
// The diary is plain data: the model decides when to book and what happens on the day.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace sim {

class Diary {
 public:
  struct Reserve {
    std::uint32_t booking_class = 0;
    double share = 0;                // of each day's bookable capacity
    std::uint32_t release_days = 0;  // open to all when the day is this close (0: never early)
  };
  struct Booking {
    std::uint32_t day = 0;
    double general = 0;   // taken from the general capacity
    double reserved = 0;  // taken from the reserve
  };

  // `capacity[d]`: what day d offers (>= 0). `smallest_booking`: no booking is smaller; days with
  // less room than this are skipped quickly.
  Diary(std::vector<double> capacity, double overbooking = 1.0,
        std::optional<Reserve> reserve = std::nullopt, double smallest_booking = 1.0);

  // Books `amount` into the first day >= `earliest` with room; `today` is the day the booking is
  // made (for the reserve's release). Returns nothing when no day up to the diary's end has room.
  std::optional<Booking> book(std::uint32_t earliest, double amount, std::uint32_t booking_class,
                              std::uint32_t today);

  std::uint32_t days() const noexcept { return static_cast<std::uint32_t>(days_.size()); }
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
  std::optional<Booking> try_day(std::uint32_t day, double amount, std::uint32_t booking_class,
                                 std::uint32_t today);

  std::vector<Day> days_;
  std::optional<Reserve> reserve_;
  double smallest_;
  std::uint32_t first_open_general_ =
      0;  // every day before it has less than smallest_ general room
};

}  // namespace sim

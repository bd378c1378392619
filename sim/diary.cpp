#include "sim/diary.hpp"

#include <algorithm>

#include "sim/check.hpp"

namespace sim {

Diary::Diary(std::vector<double> capacity, double overbooking, std::optional<Reserve> reserve,
             double smallest_booking)
    : reserve_(reserve), smallest_(smallest_booking) {
  require(overbooking >= 1 && overbooking < 10, "overbooking factor", overbooking,
          "a factor in [1, 10)");
  require_positive("smallest booking", smallest_booking);
  if (reserve_) require_probability("reserved share", reserve_->share);
  days_.reserve(capacity.size());
  for (double c : capacity) {
    require_finite_non_negative("diary capacity", c);
    Day d;
    d.capacity = c;
    const double bookable = c * overbooking;
    d.reserved = reserve_ ? bookable * reserve_->share : 0;
    d.general = bookable - d.reserved;
    days_.push_back(d);
  }
}

std::optional<Diary::Booking> Diary::try_day(std::uint32_t day, double amount,
                                             std::uint32_t booking_class, std::uint32_t today) {
  Day& d = days_[day];
  const double general_room = d.general - d.used_general;
  const double reserved_room = d.reserved - d.used_reserved;
  const bool reserve_class = reserve_ && booking_class == reserve_->booking_class;
  const bool released =
      reserve_ && reserve_->release_days > 0 && day <= today + reserve_->release_days;
  Booking b;
  b.day = day;
  if (reserve_class) {
    // The ring-fenced class uses its reserve first, leaving general room to the others.
    if (reserved_room + general_room < amount) return std::nullopt;
    b.reserved = std::min(amount, reserved_room);
    b.general = amount - b.reserved;
  } else if (released) {
    if (general_room + reserved_room < amount) return std::nullopt;
    b.general = std::min(amount, general_room);
    b.reserved = amount - b.general;
  } else {
    if (general_room < amount) return std::nullopt;
    b.general = amount;
  }
  d.used_general += b.general;
  d.used_reserved += b.reserved;
  return b;
}

std::optional<Diary::Booking> Diary::book(std::uint32_t earliest, double amount,
                                          std::uint32_t booking_class, std::uint32_t today) {
  if (!(amount >= smallest_)) {
    fail("booking amount", amount,
         "at least the smallest booking (" + format_number(smallest_) + ")");
  }
  while (first_open_general_ < days_.size() &&
         days_[first_open_general_].general - days_[first_open_general_].used_general < smallest_) {
    ++first_open_general_;
  }
  // Days before first_open_general_ can still hold reserved or released room.
  const bool may_use_reserve = reserve_.has_value();
  std::uint32_t day = may_use_reserve ? earliest : std::max(earliest, first_open_general_);
  for (; day < days_.size(); ++day) {
    if (auto booking = try_day(day, amount, booking_class, today)) return booking;
  }
  return std::nullopt;
}

}  // namespace sim

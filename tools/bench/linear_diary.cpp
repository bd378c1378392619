#include "tools/bench/linear_diary.hpp"

#include <algorithm>

#include "sim/check.hpp"

namespace bench {

using sim::fail;
using sim::format_number;
using sim::require;
using sim::require_finite_non_negative;
using sim::require_positive;
using sim::require_probability;

LinearDiary::LinearDiary(std::optional<Reserve> reserve, double overbooking,
                         double smallest_booking)
    : reserve_(reserve), overbooking_(overbooking), smallest_(smallest_booking) {
  require(overbooking >= 1 && overbooking < 10, "overbooking factor", overbooking,
          "a factor in [1, 10)");
  require_positive("smallest booking", smallest_booking);
  if (reserve_) require_probability("reserved share", reserve_->share);
}

LinearDiary::LinearDiary(std::vector<double> capacity, double overbooking,
                         std::optional<Reserve> reserve, double smallest_booking)
    : LinearDiary(reserve, overbooking, smallest_booking) {
  for (double c : capacity) add_day(1, c);
}

LinearDiary LinearDiary::of_sessions(const std::vector<std::uint32_t>& sessions,
                                     double session_capacity, double overbooking,
                                     std::optional<Reserve> reserve, double smallest_booking) {
  LinearDiary diary(reserve, overbooking, smallest_booking);
  for (std::uint32_t n : sessions) diary.add_day(n, session_capacity);
  return diary;
}

void LinearDiary::add_day(std::uint32_t sessions, double session_capacity) {
  require_finite_non_negative("diary capacity", session_capacity);
  Day d;
  d.capacity = sessions * session_capacity;
  const double bookable = d.capacity * overbooking_;
  d.reserved = reserve_ ? bookable * reserve_->share : 0;
  d.general = bookable - d.reserved;
  days_.push_back(d);
  sessions_.insert(sessions_.end(), sessions, Session{session_capacity * overbooking_, 0});
  first_session_.push_back(static_cast<std::uint32_t>(sessions_.size()));
}

std::optional<std::uint32_t> LinearDiary::session_with_room(std::uint32_t day,
                                                            double amount) const {
  for (std::uint32_t i = first_session_[day]; i < first_session_[day + 1]; ++i) {
    if (sessions_[i].bookable - sessions_[i].used >= amount) return i - first_session_[day];
  }
  return std::nullopt;
}

std::optional<LinearDiary::Booking> LinearDiary::try_day(std::uint32_t day, double amount,
                                                         std::uint32_t booking_class,
                                                         std::uint32_t today) {
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
  const auto session = session_with_room(day, amount);
  if (!session) return std::nullopt;
  b.session = *session;
  sessions_[first_session_[day] + *session].used += amount;
  d.used_general += b.general;
  d.used_reserved += b.reserved;
  return b;
}

std::optional<LinearDiary::Booking> LinearDiary::book(std::uint32_t earliest, double amount,
                                                      std::uint32_t booking_class,
                                                      std::uint32_t today) {
  if (!(amount >= smallest_)) {
    fail("booking amount", amount,
         "at least the smallest booking (" + format_number(smallest_) + ")");
  }
  while (
      first_open_general_ < days() &&
      (days_[first_open_general_].general - days_[first_open_general_].used_general < smallest_ ||
       !session_with_room(first_open_general_, smallest_))) {
    ++first_open_general_;
  }
  // Days before first_open_general_ can still hold reserved or released room.
  std::uint32_t day = reserve_ ? earliest : std::max(earliest, first_open_general_);
  for (; day < days(); ++day) {
    if (auto booking = try_day(day, amount, booking_class, today)) return booking;
  }
  return std::nullopt;
}

}  // namespace bench

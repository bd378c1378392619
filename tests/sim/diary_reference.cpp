#include "tests/sim/diary_reference.hpp"

#include <algorithm>
#include <stdexcept>

namespace test {

using sim::Diary;

ReferenceDiary::ReferenceDiary(const std::vector<std::uint32_t>& sessions, double session_capacity,
                               Diary::Rules rules)
    : rules_(std::move(rules)), session_bookable_(session_capacity * rules_.overbooking) {
  for (std::uint32_t n : sessions) {
    Day d;
    d.sessions = n;
    const double bookable = n * session_capacity * rules_.overbooking;
    d.general = bookable;
    for (const auto& r : rules_.reserves) {
      d.reserved.push_back(bookable * r.share);
      d.general -= d.reserved.back();
    }
    days_.push_back(std::move(d));
  }
}

bool ReferenceDiary::released(std::uint32_t day, std::uint32_t reserve, std::uint32_t today) const {
  const std::uint64_t release = rules_.reserves[reserve].release_days;
  return release > 0 && day <= today + release;
}

int ReferenceDiary::own(std::uint32_t booking_class) const {
  for (std::size_t r = 0; r < rules_.reserves.size(); ++r) {
    if (rules_.reserves[r].booking_class == booking_class) return static_cast<int>(r);
  }
  return -1;
}

double ReferenceDiary::general_room(std::uint32_t day) const {
  double used = 0;
  for (const Live& l : days_[day].live) used += l.booking.general;
  return days_[day].general - used;
}

double ReferenceDiary::reserve_room(std::uint32_t day, std::uint32_t reserve) const {
  return days_[day].reserved[reserve] - reserve_booked(day, reserve);
}

double ReferenceDiary::session_room(std::uint32_t day, std::uint32_t session) const {
  return session_bookable_ - session_booked(day, session);
}

bool ReferenceDiary::fits(std::uint32_t day, double amount, std::uint32_t booking_class,
                          std::uint32_t today) const {
  const int o = own(booking_class);
  double room = o >= 0 ? reserve_room(day, static_cast<std::uint32_t>(o)) + general_room(day)
                       : general_room(day);
  for (std::uint32_t r = 0; r < rules_.reserves.size(); ++r) {
    if (static_cast<int>(r) != o && released(day, r, today)) room += reserve_room(day, r);
  }
  if (!(room >= amount)) return false;
  for (std::uint32_t s = 0; s < days_[day].sessions; ++s) {
    if (session_room(day, s) >= amount) return true;
  }
  return false;
}

Diary::Booking ReferenceDiary::take(std::uint32_t day, double amount, std::uint32_t booking_class,
                                    std::uint32_t today) {
  const std::size_t k = rules_.reserves.size();
  const int o = own(booking_class);
  // The sources in the order the class uses them (-1: general room); the last takes the rest.
  std::vector<int> order;
  if (o >= 0) order.push_back(o);
  order.push_back(-1);
  for (std::uint32_t r = 0; r < k; ++r) {
    if (static_cast<int>(r) != o && released(day, r, today)) order.push_back(static_cast<int>(r));
  }
  Live l;
  l.amount = amount;
  l.parts.assign(k, 0.0);
  double rest = amount;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const int source = order[i];
    const double room =
        source < 0 ? general_room(day) : reserve_room(day, static_cast<std::uint32_t>(source));
    const double part = i + 1 == order.size() ? rest : std::min(rest, room);
    rest -= part;
    (source < 0 ? l.booking.general : l.parts[static_cast<std::size_t>(source)]) = part;
  }
  for (double p : l.parts) l.booking.reserved += p;
  l.booking.day = day;
  while (!(session_room(day, l.booking.session) >= amount)) ++l.booking.session;
  l.booking.reference = days_[day].next_reference++;
  days_[day].live.push_back(l);
  return l.booking;
}

std::optional<Diary::Booking> ReferenceDiary::book(const Diary::Request& r, std::uint32_t today) {
  const std::uint32_t last = std::min<std::uint32_t>(r.latest, days() - 1);
  for (std::uint32_t d = r.earliest; d < days() && d <= last; ++d) {
    if (fits(d, r.amount, r.booking_class, today)) return take(d, r.amount, r.booking_class, today);
  }
  return std::nullopt;
}

std::optional<std::vector<Diary::Booking>> ReferenceDiary::book_span(const Diary::Request& r,
                                                                     std::uint32_t span_days,
                                                                     std::uint32_t today) {
  const std::uint32_t last = std::min<std::uint32_t>(r.latest, days() - 1);
  for (std::uint32_t start = r.earliest; start < days() && start <= last; ++start) {
    std::vector<std::uint32_t> span;
    for (std::uint32_t d = start; d < days() && span.size() < span_days; ++d) {
      if (days_[d].sessions > 0) span.push_back(d);
    }
    if (span.size() < span_days || span.front() != start) continue;
    const bool all = std::all_of(span.begin(), span.end(), [&](std::uint32_t d) {
      return fits(d, r.amount, r.booking_class, today);
    });
    if (!all) continue;
    std::vector<Diary::Booking> bookings;
    for (std::uint32_t d : span) bookings.push_back(take(d, r.amount, r.booking_class, today));
    return bookings;
  }
  return std::nullopt;
}

void ReferenceDiary::cancel(const Diary::Booking& b) {
  auto& live = days_.at(b.day).live;
  const auto it = std::find_if(live.begin(), live.end(),
                               [&](const Live& l) { return l.booking.reference == b.reference; });
  if (it == live.end()) throw std::logic_error("reference: no such booking");
  live.erase(it);
}

double ReferenceDiary::booked(std::uint32_t day) const {
  double used = 0;
  for (const Live& l : days_[day].live) used += l.booking.general;
  for (std::uint32_t r = 0; r < rules_.reserves.size(); ++r) used += reserve_booked(day, r);
  return used;
}

double ReferenceDiary::session_booked(std::uint32_t day, std::uint32_t session) const {
  double used = 0;
  for (const Live& l : days_[day].live) {
    if (l.booking.session == session) used += l.amount;
  }
  return used;
}

double ReferenceDiary::reserve_booked(std::uint32_t day, std::uint32_t reserve) const {
  double used = 0;
  for (const Live& l : days_[day].live) used += l.parts[reserve];
  return used;
}

}  // namespace test

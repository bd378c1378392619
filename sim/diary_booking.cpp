// Booking into the diary, over spans of days, and cancelling.
#include <algorithm>
#include <string>

#include "sim/check.hpp"
#include "sim/diary.hpp"

namespace sim {

std::optional<Diary::Booking> Diary::book(const Request& request, std::uint32_t today) {
  check_amount(request.amount);
  advance_to(today);
  const std::uint32_t tree = tree_of(request.booking_class);
  const auto day = first_fit(tree, request.earliest, request.latest, request.amount);
  if (!day) return std::nullopt;
  return take(tree, *day, request.amount);
}

std::optional<std::vector<Diary::Booking>> Diary::book_span(const Request& request,
                                                            std::uint32_t span_days,
                                                            std::uint32_t today) {
  check_amount(request.amount);
  require(span_days >= 1, "days of a span", span_days, "at least 1");
  advance_to(today);
  const std::uint32_t tree = tree_of(request.booking_class);
  const auto start = first_span(tree, request, span_days);
  if (!start) return std::nullopt;
  std::vector<Booking> bookings;
  bookings.reserve(span_days);
  for (std::uint32_t day = *start; bookings.size() < span_days; day = next_open_[day]) {
    bookings.push_back(take(tree, day, request.amount));
  }
  return bookings;
}

std::optional<std::uint32_t> Diary::first_span(std::uint32_t tree, const Request& request,
                                               std::uint32_t span_days) const {
  auto start = first_fit(tree, request.earliest, request.latest, request.amount);
  while (start) {
    std::uint32_t day = *start;
    std::uint32_t held = 1;
    for (; held < span_days; ++held) {
      day = next_open_[day];
      // Fewer open days are left than the span needs, from here and from any later start.
      if (day == days()) return std::nullopt;
      if (!fits(tree, day, request.amount)) break;
    }
    if (held == span_days) return start;
    // Every start up to this day would have it in its span: look after it.
    start = first_fit(tree, day + 1, request.latest, request.amount);
  }
  return std::nullopt;
}

Diary::Booking Diary::take(std::uint32_t tree, std::uint32_t day, double amount) {
  Day& d = days_[day];
  const auto global =
      session_room_.first_at_least(d.first_session, d.first_session + d.sessions - 1, amount);
  Session& session = sessions_[*global];  // the day fits, so one of its sessions has room
  session.used += amount;
  session_room_.set(*global, session.bookable - session.used);
  Booking b;
  b.day = day;
  b.session = *global - d.first_session;
  take_parts(tree, day, amount, b);
  d.used_general += b.general;
  const std::uint32_t k = reserve_count();
  for (std::uint32_t r = 0; r < k; ++r) used_reserved_[std::size_t{day} * k + r] += parts_[r];
  b.reference = d.next_reference++;
  // A booking on a day already passed can never be cancelled: it needs no ledger entry.
  if (day >= today_) {
    Ledger& ledger = ledgers_[day];
    ledger.entries.push_back(Entry{b.reference, b.session, amount, b.general});
    ledger.reserved.insert(ledger.reserved.end(), parts_.begin(), parts_.end());
  }
  refresh(day);
  return b;
}

// The class uses its own reserve, then general room, then the reserves released on the day, each
// up to its room; the last of these takes whatever is left, as the fit was found on their sum.
void Diary::take_parts(std::uint32_t tree, std::uint32_t day, double amount, Booking& b) {
  const std::uint32_t k = reserve_count();
  const std::uint32_t general = k;
  const auto released_other = [&](std::uint32_t r) {
    return r != tree && day < released_until_[r];
  };
  std::uint32_t last = general;
  for (std::uint32_t r = 0; r < k; ++r) {
    if (released_other(r)) last = r;
  }
  double rest = amount;
  const auto use = [&](std::uint32_t source, double room) {
    const double part = source == last ? rest : std::min(rest, room);
    rest -= part;
    return part;
  };
  std::fill(parts_.begin(), parts_.end(), 0.0);
  if (tree < k) parts_[tree] = use(tree, reserve_room(day, tree));
  const Day& d = days_[day];
  b.general = use(general, d.general - d.used_general);
  for (std::uint32_t r = 0; r < k; ++r) {
    if (released_other(r)) parts_[r] = use(r, reserve_room(day, r));
  }
  b.reserved = 0;
  for (double part : parts_) b.reserved += part;
}

void Diary::cancel(const Booking& booking) {
  if (booking.day >= days()) {
    fail("cancelled booking's day", booking.day,
         "a day of the diary (before " + std::to_string(days()) + ")");
  }
  if (booking.day < today_) {
    fail("cancelled booking's day", booking.day, "today (" + std::to_string(today_) + ") or later");
  }
  Ledger& ledger = ledgers_[booking.day];
  const auto entry = std::find_if(ledger.entries.begin(), ledger.entries.end(),
                                  [&](const Entry& e) { return e.reference == booking.reference; });
  if (entry == ledger.entries.end() || entry->session != booking.session) {
    fail("cancelled booking's reference", booking.reference,
         "a booking of day " + std::to_string(booking.day) + " not yet cancelled");
  }
  const std::size_t k = reserve_count();
  const auto parts = ledger.reserved.begin() + (entry - ledger.entries.begin()) * k;
  ledger.reserved.erase(parts, parts + k);
  ledger.entries.erase(entry);
  recompute(booking.day);
}

// Sums the day's remaining bookings again in their booking order: the same additions book() made,
// without the cancelled one, so the room left is exactly what it would have been.
void Diary::recompute(std::uint32_t day) {
  Day& d = days_[day];
  const std::uint32_t k = reserve_count();
  const Ledger& ledger = ledgers_[day];
  for (std::uint32_t s = 0; s < d.sessions; ++s) sessions_[d.first_session + s].used = 0;
  d.used_general = 0;
  std::fill_n(used_reserved_.begin() + std::size_t{day} * k, k, 0.0);
  for (std::size_t i = 0; i < ledger.entries.size(); ++i) {
    const Entry& e = ledger.entries[i];
    sessions_[d.first_session + e.session].used += e.amount;
    d.used_general += e.general;
    for (std::uint32_t r = 0; r < k; ++r) {
      used_reserved_[std::size_t{day} * k + r] += ledger.reserved[i * k + r];
    }
  }
  for (std::uint32_t s = d.first_session; s < d.first_session + d.sessions; ++s) {
    session_room_.set(s, sessions_[s].bookable - sessions_[s].used);
  }
  refresh(day);
}

}  // namespace sim

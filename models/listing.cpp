#include "models/listing.hpp"

#include <algorithm>
#include <utility>

namespace cj {

Listing::Listing(sim::Diary diary, Rules rules)
    : diary_(std::move(diary)), rules_(rules), on_day_(diary_.days()) {}

Ticket Listing::request(const ListingRequest& r) {
  Ticket t;
  if (!free_.empty()) {
    t = free_.back();
    free_.pop_back();
  } else {
    t = static_cast<Ticket>(entries_.size());
    entries_.emplace_back();
  }
  Entry& e = entries_[t];
  e.request = r;
  e.request.earliest = std::max(r.earliest, 0);
  e.state = State::waiting;
  e.order = next_order_++;
  e.day = -1;
  e.bookings.clear();
  waiting_of(t).insert(key(t));
  return t;
}

std::set<Listing::Key>& Listing::waiting_of(Ticket t) {
  const std::uint32_t c = entries_[t].request.booking_class;
  if (waiting_.size() <= c) waiting_.resize(c + 1);
  return waiting_[c];
}

std::size_t Listing::waiting() const noexcept {
  std::size_t n = 0;
  for (const auto& q : waiting_) n += q.size();
  return n;
}

void Listing::cancel(Ticket ticket, std::uint64_t case_id) {
  if (ticket >= entries_.size()) return;
  Entry& e = entries_[ticket];
  if (e.state == State::free || e.request.case_id != case_id) return;
  if (e.state == State::waiting) {
    waiting_of(ticket).erase(key(ticket));
  } else {
    for (const auto& b : e.bookings) diary_.cancel(b);
    unplace(ticket);
  }
  free_entry(ticket);
}

std::optional<int> Listing::try_book(Ticket t, int earliest, int latest, int today) {
  Entry& e = entries_[t];
  const sim::Diary::Request r{static_cast<std::uint32_t>(earliest),
                              static_cast<std::uint32_t>(latest), e.request.amount,
                              e.request.booking_class};
  const auto made = static_cast<std::uint32_t>(std::max(today, 0));
  if (e.request.span_days > 1) {
    auto span = diary_.book_span(r, e.request.span_days, made);
    if (!span) return std::nullopt;
    e.bookings = std::move(*span);
  } else {
    const auto booking = diary_.book(r, made);
    if (!booking) return std::nullopt;
    e.bookings.assign(1, *booking);
  }
  return static_cast<int>(e.bookings.front().day);
}

void Listing::place(Ticket t, int day) {
  Entry& e = entries_[t];
  e.state = State::booked;
  e.day = day;
  on_day_[static_cast<std::size_t>(day)].push_back(t);
  if (e.request.movable) movable_.insert(key(t));
}

void Listing::unplace(Ticket t) {
  Entry& e = entries_[t];
  auto& list = on_day_[static_cast<std::size_t>(e.day)];
  list.erase(std::find(list.begin(), list.end(), t));
  if (e.request.movable) movable_.erase(key(t));
  e.day = -1;
}

void Listing::free_entry(Ticket t) {
  Entry& e = entries_[t];
  e.state = State::free;
  e.bookings.clear();
  e.day = -1;
  free_.push_back(t);
}

std::vector<Listed> Listing::take(int day) {
  std::vector<Listed> out;
  if (day < 0 || static_cast<std::size_t>(day) >= on_day_.size()) return out;
  auto tickets = std::exchange(on_day_[static_cast<std::size_t>(day)], {});
  for (Ticket t : tickets) {
    if (entries_[t].request.movable) movable_.erase(key(t));
  }
  std::stable_sort(tickets.begin(), tickets.end(), [&](Ticket a, Ticket b) {
    return entries_[a].request.priority < entries_[b].request.priority;
  });
  out.reserve(tickets.size());
  for (Ticket t : tickets) {
    out.push_back(Listed{entries_[t].request, std::move(entries_[t].bookings), t});
    free_entry(t);
  }
  return out;
}

std::optional<Ticket> Listing::move_into(int d, int today) {
  constexpr int kTries = 16;    // candidates that may fail to fit
  constexpr int kLooked = 512;  // booked requests looked at
  int tries = 0;
  int looked = 0;
  for (auto it = movable_.begin(); it != movable_.end() && tries < kTries && looked < kLooked;
       ++it, ++looked) {
    const Ticket t = std::get<3>(*it);
    Entry& e = entries_[t];
    if (e.day <= d || e.request.earliest > d) continue;
    ++tries;
    auto old = std::move(e.bookings);
    if (try_book(t, d, d, today)) {
      for (const auto& b : old) diary_.cancel(b);
      const int booked = static_cast<int>(e.bookings.front().day);
      unplace(t);
      place(t, booked);
      return t;
    }
    e.bookings = std::move(old);
  }
  return std::nullopt;
}

std::optional<Listed> Listing::call_floater(int day) {
  constexpr int kTries = 16;
  int tries = 0;
  diary_.advance_to(static_cast<std::uint32_t>(day));
  for (auto c = waiting_.size(); c-- > 0;) {
    auto& queue = waiting_[c];
    for (auto it = queue.begin(); it != queue.end() && tries < kTries; ++it) {
      const Ticket t = std::get<3>(*it);
      Entry& e = entries_[t];
      if (!e.request.movable || e.request.earliest > day) continue;
      ++tries;
      if (try_book(t, day, day, day)) {
        queue.erase(it);
        Listed out{e.request, std::move(e.bookings), t};
        free_entry(t);
        return out;
      }
    }
  }
  if (const auto moved = move_into(day, day)) {
    Entry& e = entries_[*moved];
    unplace(*moved);
    Listed out{e.request, std::move(e.bookings), *moved};
    free_entry(*moved);
    return out;
  }
  return std::nullopt;
}

std::optional<int> Listing::booked_day(Ticket ticket, std::uint64_t case_id) const {
  if (ticket >= entries_.size()) return std::nullopt;
  const Entry& e = entries_[ticket];
  if (e.state != State::booked || e.request.case_id != case_id) return std::nullopt;
  return e.day;
}

bool Listing::movable_after(int day) const {
  for (const Key& k : movable_) {
    const Entry& e = entries_[std::get<3>(k)];
    if (e.day > day && e.request.earliest <= day) return true;
  }
  return false;
}

}  // namespace cj

// The diary's days, reserves and trees, and what it answers about them. Booking and cancelling
// are in diary_booking.cpp.
#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

#include "sim/check.hpp"
#include "sim/diary.hpp"

namespace sim {
namespace {

Diary::Rules one_reserve(double overbooking, std::optional<Diary::Reserve> reserve,
                         double smallest_booking) {
  Diary::Rules rules{overbooking, {}, smallest_booking};
  if (reserve) rules.reserves.push_back(*reserve);
  return rules;
}

}  // namespace

Diary::Diary(Rules rules, Unopened) : rules_(std::move(rules)) {
  require(rules_.overbooking >= 1 && rules_.overbooking < 10, "overbooking factor",
          rules_.overbooking, "a factor in [1, 10)");
  require_positive("smallest booking", rules_.smallest_booking);
  double shares = 0;
  for (std::size_t i = 0; i < rules_.reserves.size(); ++i) {
    const Reserve& r = rules_.reserves[i];
    require_probability("reserved share", r.share);
    shares += r.share;
    for (std::size_t j = 0; j < i; ++j) {
      require(rules_.reserves[j].booking_class != r.booking_class, "reserve booking class",
              r.booking_class, "one reserve per booking class");
    }
  }
  // A little slack: shares such as 0.1 + 0.2 + 0.7 add up to a hair over 1.
  require(shares <= 1 + 1e-9, "reserved shares together", shares, "at most 1");
  parts_.assign(rules_.reserves.size(), 0);
}

Diary::Diary(std::vector<double> capacity, Rules rules) : Diary(std::move(rules), Unopened{}) {
  for (double c : capacity) add_day(1, c);
  open();
}

Diary::Diary(std::vector<double> capacity, double overbooking, std::optional<Reserve> reserve,
             double smallest_booking)
    : Diary(std::move(capacity), one_reserve(overbooking, reserve, smallest_booking)) {}

Diary Diary::of_sessions(const std::vector<std::uint32_t>& sessions, double session_capacity,
                         Rules rules) {
  Diary diary(std::move(rules), Unopened{});
  for (std::uint32_t n : sessions) diary.add_day(n, session_capacity);
  diary.open();
  return diary;
}

Diary Diary::of_sessions(const std::vector<std::uint32_t>& sessions, double session_capacity,
                         double overbooking, std::optional<Reserve> reserve,
                         double smallest_booking) {
  return of_sessions(sessions, session_capacity,
                     one_reserve(overbooking, reserve, smallest_booking));
}

void Diary::add_day(std::uint32_t sessions, double session_capacity) {
  require_finite_non_negative("diary capacity", session_capacity);
  Day d;
  d.capacity = sessions * session_capacity;
  const double bookable = d.capacity * rules_.overbooking;
  d.general = bookable;
  for (const Reserve& r : rules_.reserves) {
    const double reserved = bookable * r.share;
    reserved_.push_back(reserved);
    used_reserved_.push_back(0);
    d.general -= reserved;
  }
  d.first_session = static_cast<std::uint32_t>(sessions_.size());
  d.sessions = sessions;
  days_.push_back(d);
  sessions_.insert(sessions_.end(), sessions,
                   Session{session_capacity, session_capacity * rules_.overbooking, 0});
}

void Diary::open() {
  const std::uint32_t n = days();
  next_open_.assign(n, n);
  for (std::uint32_t d = n, next = n; d-- > 0;) {
    next_open_[d] = next;
    if (days_[d].capacity > 0) next = d;
  }
  session_room_ = FirstFitTree(static_cast<std::uint32_t>(sessions_.size()));
  for (std::uint32_t s = 0; s < sessions_.size(); ++s) {
    session_room_.set(s, sessions_[s].bookable - sessions_[s].used);
  }
  // As of day 0: the days within each reserve's release window are already open to all.
  for (const Reserve& r : rules_.reserves) {
    released_until_.push_back(
        r.release_days == 0 ? 0 : std::min<std::uint64_t>(n, std::uint64_t{r.release_days} + 1));
  }
  fit_.assign(reserve_count() + 1, FirstFitTree(n));
  for (std::uint32_t d = 0; d < n; ++d) refresh(d);
  ledgers_.resize(n);
}

std::uint32_t Diary::tree_of(std::uint32_t booking_class) const noexcept {
  for (std::uint32_t r = 0; r < reserve_count(); ++r) {
    if (rules_.reserves[r].booking_class == booking_class) return r;
  }
  return reserve_count();
}

double Diary::reserve_room(std::uint32_t day, std::uint32_t reserve) const {
  const std::size_t i = std::size_t{day} * reserve_count() + reserve;
  return reserved_[i] - used_reserved_[i];
}

// What tree `tree`'s class may book on the day, summed in the order take_parts() uses it.
double Diary::day_room(std::uint32_t tree, std::uint32_t day) const {
  const Day& d = days_[day];
  const double general_room = d.general - d.used_general;
  double room = tree < reserve_count() ? reserve_room(day, tree) + general_room : general_room;
  for (std::uint32_t r = 0; r < reserve_count(); ++r) {
    if (r != tree && day < released_until_[r]) room += reserve_room(day, r);
  }
  return room;
}

// A day fits a booking when both the class's room on the day and one session's room are at least
// the amount, that is when the smaller of the two is.
void Diary::refresh(std::uint32_t day) {
  const Day& d = days_[day];
  const double session_room =
      d.sessions == 0 ? FirstFitTree::kNothing
                      : session_room_.max(d.first_session, d.first_session + d.sessions - 1);
  for (std::uint32_t t = 0; t < fit_.size(); ++t) {
    fit_[t].set(day, std::min(day_room(t, day), session_room));
  }
}

void Diary::advance_to(std::uint32_t today) {
  if (today == today_) return;
  if (today < today_) {
    fail("diary day today", today,
         "no earlier than the last one given (" + std::to_string(today_) + ")");
  }
  today_ = today;
  for (std::uint32_t r = 0; r < reserve_count(); ++r) {
    const std::uint32_t release_days = rules_.reserves[r].release_days;
    if (release_days == 0) continue;
    const auto until = static_cast<std::uint32_t>(
        std::min<std::uint64_t>(days(), std::uint64_t{today} + release_days + 1));
    const std::uint32_t from = std::exchange(released_until_[r], until);
    for (std::uint32_t d = from; d < until; ++d) refresh(d);
  }
  // Past days' bookings can no longer be cancelled: their ledgers go.
  for (; forgotten_until_ < std::min(today_, days()); ++forgotten_until_) {
    ledgers_[forgotten_until_] = Ledger{};
  }
}

void Diary::check_amount(double amount) const {
  if (!(amount >= rules_.smallest_booking)) {
    fail("booking amount", amount,
         "at least the smallest booking (" + format_number(rules_.smallest_booking) + ")");
  }
}

std::optional<std::uint32_t> Diary::first_fit(const Request& request) const {
  check_amount(request.amount);
  return first_fit(tree_of(request.booking_class), request.earliest, request.latest,
                   request.amount);
}

std::optional<std::uint32_t> Diary::first_day_with_room(std::uint32_t earliest,
                                                        std::uint32_t booking_class) const {
  return first_fit(tree_of(booking_class), earliest, kDiaryEnd, rules_.smallest_booking);
}

std::optional<std::uint32_t> Diary::first_fit(std::uint32_t tree, std::uint32_t earliest,
                                              std::uint32_t latest, double amount) const {
  return fit_[tree].first_at_least(earliest, latest, amount);
}

double Diary::booked(std::uint32_t day) const {
  double booked = day_at(day).used_general;
  for (std::uint32_t r = 0; r < reserve_count(); ++r) {
    booked += used_reserved_[std::size_t{day} * reserve_count() + r];
  }
  return booked;
}

double Diary::session_capacity(std::uint32_t day, std::uint32_t session) const {
  const Day& d = day_at(day);
  if (session >= d.sessions) throw std::out_of_range("diary session " + std::to_string(session));
  return sessions_[d.first_session + session].capacity;
}

double Diary::session_booked(std::uint32_t day, std::uint32_t session) const {
  const Day& d = day_at(day);
  if (session >= d.sessions) throw std::out_of_range("diary session " + std::to_string(session));
  return sessions_[d.first_session + session].used;
}

double Diary::reserve_capacity(std::uint32_t day, std::uint32_t reserve) const {
  day_at(day);
  if (reserve >= reserve_count()) throw std::out_of_range("reserve " + std::to_string(reserve));
  return reserved_[std::size_t{day} * reserve_count() + reserve];
}

double Diary::reserve_booked(std::uint32_t day, std::uint32_t reserve) const {
  day_at(day);
  if (reserve >= reserve_count()) throw std::out_of_range("reserve " + std::to_string(reserve));
  return used_reserved_[std::size_t{day} * reserve_count() + reserve];
}

bool Diary::released(std::uint32_t day, std::uint32_t reserve) const {
  day_at(day);
  if (reserve >= reserve_count()) throw std::out_of_range("reserve " + std::to_string(reserve));
  return day < released_until_[reserve];
}

}  // namespace sim

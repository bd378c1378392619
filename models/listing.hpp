// A court's listing office and its diary. Requests for hearings wait in one queue ordered by
// priority (custody, relisted, domestic abuse under fast-listing, the rest), then by when they
// were asked (an opening-stock case asked when its age says, so it keeps its place), and each
// evening's listing books them in that order into the first day with room in their window: on or
// after the earliest day (notice, preparation lead time), and no further ahead than the fixture
// horizon. What does not fit waits (the warned list) and is tried again each evening, so it takes
// room as the horizon moves on or as room is freed. Room that comes free close to the day (a
// reserve released, a trial that cracked, a plea that vacated a fixture) is filled by bringing
// forward the case first in listing order (priority, then the longest waiting) that could use it.
// The diary (sim/diary.hpp) keeps capacity: reserves (ring fences) per booking class, over-listing,
// spans of several days.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "models/case_store.hpp"
#include "sim/diary.hpp"

namespace cj {

// Hearing types of both courts; each takes court time (minutes, or a share of a sitting day).
enum class Hearing : std::uint8_t {
  first_hearing,     // magistrates: the first hearing, where the plea is taken
  case_management,   // magistrates: an adjourned hearing before the plea
  sentence,          // either court: sentence after a guilty plea (and reports)
  trial,             // either court
  ptph,              // Crown: plea and trial preparation hearing
  pre_trial_review,  // Crown: a further hearing before the trial (mention for plea)
  committal,         // Crown: sentence of a case committed by the magistrates
};

// Listing priority: lower first.
enum class Priority : std::uint8_t { custody = 0, relisted = 1, domestic_abuse = 2, other = 3 };

struct ListingRequest {
  Slot slot = 0;
  std::uint64_t case_id = 0;  // tells a reused slot apart
  Hearing hearing = Hearing::first_hearing;
  Priority priority = Priority::other;
  std::uint32_t booking_class = 0;  // which diary reserve it may book
  int earliest = 0;                 // first day it may be listed
  double amount = 0;                // court time on each day
  std::uint32_t span_days = 1;      // consecutive sitting days (a Crown trial)
  double asked_at = 0;              // its place in the queue
  bool movable = false;             // may be brought forward into room freed nearer the day
};

using Ticket = std::uint32_t;

// A booking that has come to its day.
struct Listed {
  ListingRequest request;
  std::vector<sim::Diary::Booking> bookings;  // one a day, the first today
  Ticket ticket = 0;                          // the request's ticket (free again now)
};

class Listing {
 public:
  struct Rules {
    std::uint32_t fixture_horizon_days = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t bring_forward_days = 0;  // freed room this close to the day is filled
    std::uint32_t warned_list_tries = 16;  // requests that may fail to fit in one evening
  };
  Listing(sim::Diary diary, Rules rules);

  // Waits for the next listing.
  Ticket request(const ListingRequest& r);
  // Withdraws a request, waiting or booked, giving its room back. A ticket not held by
  // `case_id` (already heard or withdrawn) is ignored.
  void cancel(Ticket ticket, std::uint64_t case_id);
  // Gives back the room of days not yet heard (a trial that ended early).
  void give_back(const sim::Diary::Booking& booking) { diary_.cancel(booking); }

  // Tonight's listing: `listed(request, day)` is told of each booking made or brought forward.
  template <class F>
  void list(int today, F&& listed);

  // The bookings starting on `day`, in priority then booking order; they leave the listing.
  std::vector<Listed> take(int day);
  // A trial called at short notice into room free on `day` (today): the first in the warned list
  // that can start today, else the first booked later that could; it leaves the listing.
  std::optional<Listed> call_floater(int day);

  const sim::Diary& diary() const noexcept { return diary_; }
  // The day a request is booked for, if it is (not waiting, heard or withdrawn).
  std::optional<int> booked_day(Ticket ticket, std::uint64_t case_id) const;
  std::size_t waiting() const noexcept;
  // Whether a booked, movable request on a day after `day` could have been listed on `day`:
  // what the bring-forward rule looks for (tests check it against unused room).
  bool movable_after(int day) const;

 private:
  enum class State : std::uint8_t { free, waiting, booked };
  struct Entry {
    ListingRequest request;
    State state = State::free;
    std::uint64_t order = 0;
    int day = -1;
    std::vector<sim::Diary::Booking> bookings;
  };
  using Key = std::tuple<Priority, double, std::uint64_t, Ticket>;
  Key key(Ticket t) const {
    const Entry& e = entries_[t];
    return {e.request.priority, e.request.asked_at, e.order, t};
  }
  // Books the request into [earliest, latest] (its bookings kept in the entry); the day, or none.
  std::optional<int> try_book(Ticket t, int earliest, int latest, int today);
  void place(Ticket t, int day);
  void unplace(Ticket t);
  void free_entry(Ticket t);
  template <class F>
  void list_waiting(int today, F& listed);
  template <class F>
  void bring_forward(int today, F& listed);
  // Moves the first movable request (listing order) booked after `d` that can take `d` onto it;
  // its ticket, or none.
  std::optional<Ticket> move_into(int d, int today);

  sim::Diary diary_;
  Rules rules_;
  std::vector<Entry> entries_;
  std::vector<Ticket> free_;
  // Waiting requests by booking class, each in listing order: a class that cannot book does not
  // hold up the others (trials waiting for room do not stop short hearings being listed).
  std::vector<std::set<Key>> waiting_;
  std::set<Key>& waiting_of(Ticket t);
  std::vector<std::vector<Ticket>> on_day_;  // booked, by first day
  std::set<Key> movable_;                    // booked requests that may be brought forward
  std::uint64_t next_order_ = 0;
};

template <class F>
void Listing::list(int today, F&& listed) {
  diary_.advance_to(static_cast<std::uint32_t>(std::max(today, 0)));
  list_waiting(today, listed);
  bring_forward(today, listed);
}

template <class F>
void Listing::list_waiting(int today, F& listed) {
  constexpr std::size_t kLooked = 256;  // requests looked at per class and evening
  const long long horizon = static_cast<long long>(today) + rules_.fixture_horizon_days;
  const int last = static_cast<int>(std::min<long long>(horizon, diary_.days() - 1LL));
  // Higher classes (kept time: custody and relisted, DA, short hearings) list first.
  for (auto c = waiting_.size(); c-- > 0;) {
    auto& queue = waiting_[c];
    // Tonight's failures (amount, span, earliest), each bounding later ones; copies, as listing
    // may add requests (and move the entries) while it goes.
    std::vector<std::tuple<double, std::uint32_t, int>> failed;
    std::size_t looked = 0;
    for (auto it = queue.begin();
         it != queue.end() && failed.size() < rules_.warned_list_tries && looked < kLooked;) {
      ++looked;
      const Ticket t = std::get<3>(*it);
      const ListingRequest& r = entries_[t].request;
      const int earliest = std::max(r.earliest, today + 1);
      // A request at least as long, in a window inside a failed one's, fails too: skip it.
      const bool hopeless =
          earliest > last || std::any_of(failed.begin(), failed.end(), [&](const auto& f) {
            return r.amount >= std::get<0>(f) && r.span_days >= std::get<1>(f) &&
                   earliest >= std::get<2>(f);
          });
      const auto day = hopeless ? std::nullopt : try_book(t, earliest, last, today);
      if (day) {
        it = queue.erase(it);
        place(t, *day);
        listed(entries_[t].request, *day);
      } else {
        if (!hopeless) failed.emplace_back(r.amount, r.span_days, earliest);
        ++it;
      }
    }
  }
}

template <class F>
void Listing::bring_forward(int today, F& listed) {
  constexpr int kMovesADay = 8;  // bounds an evening's work; the rest is found the next evening
  const int last = std::min<int>(today + static_cast<int>(rules_.bring_forward_days),
                                 static_cast<int>(diary_.days()) - 2);
  for (int d = today + 1; d <= last; ++d) {
    for (int moves = 0; moves < kMovesADay; ++moves) {
      const auto moved = move_into(d, today);
      if (!moved) break;
      listed(entries_[*moved].request, d);
    }
  }
}

}  // namespace cj

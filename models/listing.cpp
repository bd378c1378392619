#include "models/listing.hpp"

#include <algorithm>
#include <utility>

namespace cj {

Listing::Listing(Diaries d)
    : hearings_(sim::Diary::of_sessions(d.hearing_sessions, d.session_minutes, 1.0, std::nullopt,
                                        d.smallest_hearing)),
      trials_(sim::Diary::of_sessions(d.trial_sessions, d.session_minutes, d.overlisting,
                                      d.da_reserve, d.smallest_trial)),
      hearings_on_(hearings_.days()),
      trials_on_(trials_.days()) {}

void Listing::request(Slot slot, Hearing hearing, int earliest_day, Priority priority,
                      double minutes, bool ring_fenced) {
  requests_.push_back(Request{slot, hearing, priority, ring_fenced, std::max(earliest_day, 0),
                              minutes, next_order_++});
}

std::optional<int> Listing::book(const Request& r, int today) {
  const bool trial = r.hearing == Hearing::trial;
  sim::Diary& diary = trial ? trials_ : hearings_;
  const auto booking =
      diary.book(static_cast<std::uint32_t>(r.earliest_day), r.minutes,
                 r.ring_fenced ? kReserveClass : 0, static_cast<std::uint32_t>(std::max(today, 0)));
  if (!booking) return std::nullopt;
  auto& lists = trial ? trials_on_ : hearings_on_;
  lists[booking->day].push_back(Listed{r.slot, r.hearing});
  return static_cast<int>(booking->day);
}

std::vector<Listed> Listing::take(std::vector<std::vector<Listed>>& lists, int day) {
  if (day < 0 || static_cast<std::size_t>(day) >= lists.size()) return {};
  return std::exchange(lists[static_cast<std::size_t>(day)], {});
}

}  // namespace cj

// The current day's events, in (time, sequence) order: those that waited in the day buckets,
// sorted once as the day begins, and those scheduled during the day, in a small heap; the earlier
// of the two heads is next. Sorting a day at once costs fewer and better-predicted comparisons
// than taking each of its events out of one heap. Internal to the calendar.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "sim/event_heap.hpp"

namespace sim {

class DayQueue {
 public:
  bool empty() const noexcept { return next_ == sorted_.size() && scheduled_today_.empty(); }
  std::size_t size() const noexcept { return sorted_.size() - next_ + scheduled_today_.size(); }
  // The earliest. Not empty().
  const ScheduledEvent& top() const noexcept {
    return from_sorted() ? sorted_[next_] : scheduled_today_.top();
  }
  void push(const ScheduledEvent& event) { scheduled_today_.push(event); }
  // Not empty().
  void pop() noexcept {
    if (from_sorted()) {
      ++next_;
    } else {
      scheduled_today_.pop();
    }
  }

  // Starts a day: `fill(storage)` appends its events to the emptied storage; those `drop(event)`
  // is true for are left out. Only when empty().
  template <class Fill, class Drop>
  void start_day(Fill fill, Drop drop) {
    sorted_.clear();
    next_ = 0;
    fill(sorted_);
    sorted_.erase(std::remove_if(sorted_.begin(), sorted_.end(), drop), sorted_.end());
    std::sort(sorted_.begin(), sorted_.end(),
              [](const ScheduledEvent& a, const ScheduledEvent& b) { return earlier(a, b); });
  }

  // Removes every event for which `drop(event)` is true.
  template <class Drop>
  void remove_if(Drop drop) {
    sorted_.erase(sorted_.begin(), sorted_.begin() + static_cast<std::ptrdiff_t>(next_));
    next_ = 0;
    sorted_.erase(std::remove_if(sorted_.begin(), sorted_.end(), drop), sorted_.end());
    scheduled_today_.remove_if(drop);
  }

 private:
  bool from_sorted() const noexcept {
    return next_ < sorted_.size() &&
           (scheduled_today_.empty() || earlier(sorted_[next_], scheduled_today_.top()));
  }

  std::vector<ScheduledEvent> sorted_;  // from next_ on: still due
  std::size_t next_ = 0;
  EventHeap scheduled_today_;
};

}  // namespace sim

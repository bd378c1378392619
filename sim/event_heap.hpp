// A binary min-heap of scheduled events in (time, sequence) order: the calendar's near part and
// its store of far-off events. Each entry carries its whole event (handler, kind, argument), so
// running the earliest reads nothing but the heap. Internal to the calendar.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "sim/time.hpp"

namespace sim {

class Handler;

struct ScheduledEvent {
  Time time;
  std::uint64_t sequence;  // scheduling order: breaks ties between equal times
  Handler* handler;
  std::uint64_t arg;
  std::uint32_t kind;
  std::uint32_t slot;  // the calendar's record of the event (its id, whether it is cancelled)
};

inline bool earlier(const ScheduledEvent& a, const ScheduledEvent& b) noexcept {
  return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
}

class EventHeap {
 public:
  bool empty() const noexcept { return events_.empty(); }
  std::size_t size() const noexcept { return events_.size(); }
  // The earliest. Not empty().
  const ScheduledEvent& top() const noexcept { return events_.front(); }

  void push(const ScheduledEvent& event) {
    events_.emplace_back();
    sift_up(events_.size() - 1, event);
  }

  // Floyd's bottom-up deletion: move the hole at the root down along the earlier children to a
  // leaf, then put the last entry there and let it rise. About half the comparisons of the
  // textbook sift-down, since the last entry usually belongs near the bottom. Not empty().
  void pop() noexcept {
    const ScheduledEvent last = events_.back();
    events_.pop_back();
    const std::size_t n = events_.size();
    if (n == 0) return;
    std::size_t hole = 0;
    for (;;) {
      std::size_t child = 2 * hole + 1;
      if (child >= n) break;
      if (child + 1 < n && earlier(events_[child + 1], events_[child])) ++child;
      events_[hole] = events_[child];
      hole = child;
    }
    sift_up(hole, last);
  }

  // Removes every event for which `drop(event)` is true, then restores the order.
  template <class Drop>
  void remove_if(Drop drop) {
    std::size_t kept = 0;
    for (const ScheduledEvent& e : events_) {
      if (!drop(e)) events_[kept++] = e;
    }
    events_.resize(kept);
    std::make_heap(events_.begin(), events_.end(),
                   [](const ScheduledEvent& a, const ScheduledEvent& b) { return earlier(b, a); });
  }

  // Moves every event, in no particular order, to the end of `into`, leaving the heap empty.
  void move_all_to(std::vector<ScheduledEvent>& into) {
    into.insert(into.end(), events_.begin(), events_.end());
    events_.clear();
  }

  // Replaces the (cancelled or no) contents with what `fill(storage)` appends to the emptied
  // storage, less what `drop` removes as for remove_if. The storage is reused, not reallocated.
  template <class Fill, class Drop>
  void refill(Fill fill, Drop drop) {
    events_.clear();
    fill(events_);
    remove_if(drop);
  }

 private:
  void sift_up(std::size_t position, ScheduledEvent event) noexcept {
    while (position > 0) {
      const std::size_t parent = (position - 1) / 2;
      if (!earlier(event, events_[parent])) break;
      events_[position] = events_[parent];
      position = parent;
    }
    events_[position] = event;
  }

  std::vector<ScheduledEvent> events_;
};

}  // namespace sim

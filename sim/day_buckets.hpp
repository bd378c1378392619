// The calendar's far part: events after the current day (a day is one unit of time), kept
// unsorted in one bucket per day for the next kDays days, and in a heap beyond. The calendar's
// heap then holds only the current day's events, so it stays small and in cache however many
// timers are pending (a run holds one per open case, months ahead); a far event costs an append
// now and one move into the heap on its day. Events too far off for the ring wait in the heap
// of later events and move into the ring as its days come within reach. Internal to the calendar.
//
// The order stays exact: every event here is later than every event of the current day, and
// the calendar orders each day's events by (time, sequence) in its heap.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "sim/event_heap.hpp"
#include "sim/time.hpp"

namespace sim {

class DayBuckets {
 public:
  static constexpr std::int64_t kDays = 1024;  // days ahead kept in buckets; a power of two

  DayBuckets();

  // Events at or after this time belong here; earlier ones to the current day. kNever once
  // every event is in the current day (only times past the range of whole days remain).
  Time end_of_day() const noexcept { return end_of_day_; }
  bool empty() const noexcept { return in_ring_ == 0 && later_.empty(); }
  std::size_t size() const noexcept { return in_ring_ + later_.size(); }

  // An event at or after end_of_day().
  void add(const ScheduledEvent& event) {
    if (event.time < ring_end_) {
      place(event);
    } else {
      later_.push(event);
    }
  }

  // Makes the next day with events the current one and moves its events to the end of `into`,
  // in no order. Not empty(). (Taking sparse days a few at a time cost more than it saved: a
  // bigger heap for the current day.)
  void take_next_day(std::vector<ScheduledEvent>& into);

  // Removes every event for which `drop(event)` is true.
  template <class Drop>
  void remove_if(Drop drop) {
    for (std::size_t i = 0; i < ring_.size(); ++i) {
      auto& bucket = ring_[i];
      if (bucket.empty()) continue;
      std::size_t kept = 0;
      for (const ScheduledEvent& e : bucket) {
        if (!drop(e)) bucket[kept++] = e;
      }
      in_ring_ -= bucket.size() - kept;
      bucket.resize(kept);
      if (kept == 0) occupied_[i / 64] &= ~(std::uint64_t{1} << (i % 64));
    }
    later_.remove_if(drop);
  }

 private:
  void place(const ScheduledEvent& event) {
    // The time is at least end_of_day() >= 1, so truncation is the day.
    const auto index = static_cast<std::size_t>(static_cast<std::int64_t>(event.time) & kMask);
    auto& bucket = ring_[index];
    if (bucket.empty()) occupied_[index / 64] |= std::uint64_t{1} << (index % 64);
    bucket.push_back(event);
    ++in_ring_;
  }
  void set_day(std::int64_t day) noexcept;
  void pull_within_reach();
  std::size_t next_occupied(std::size_t from) const noexcept;

  static constexpr std::int64_t kMask = kDays - 1;
  // A bucket keeps storage for this many events once emptied: a small day then costs no
  // allocation, and idle buckets hold little memory.
  static constexpr std::size_t kKeptCapacity = 32;
  std::vector<std::vector<ScheduledEvent>> ring_;     // ring_[d % kDays]: events of day d
  std::array<std::uint64_t, kDays / 64> occupied_{};  // a bit per non-empty bucket
  std::size_t in_ring_ = 0;
  EventHeap later_;  // events beyond the ring's reach
  std::int64_t day_ = 0;
  Time end_of_day_ = 1;        // day_ + 1
  Time ring_end_ = 1 + kDays;  // day_ + 1 + kDays: the ring holds days day_ + 1 to day_ + kDays
};

}  // namespace sim

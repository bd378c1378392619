// The event calendar: events in (time, sequence) order. The sequence number is given at
// scheduling, so events at the same time run in the order they were scheduled, whatever the
// back end.
//
// Later days' events (a day is one unit of time) wait unsorted in day buckets (day_buckets.hpp);
// when a day begins its bucket is sorted, and events scheduled during the day go to a small heap
// beside it (day_queue.hpp). A run keeps tens of thousands of timers months ahead (about one per
// open case): in a single heap every event paid for their depth in cache misses; here a far
// event costs an append, a move and its share of one sort. Every entry carries its whole event,
// so running it reads nothing else.
//
// Cancelling marks an event's slot; the event is dropped when it comes up, and everything is
// compacted whenever cancelled events outnumber live ones, so memory stays within twice what is
// due. (Removing from the middle would need every move to update a position index, which costs
// more on every event than the rare compaction.)
//
// An event names a Handler and carries a kind and an argument: no allocation per event.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/day_buckets.hpp"
#include "sim/day_queue.hpp"
#include "sim/event_heap.hpp"
#include "sim/time.hpp"

namespace sim {

// Something that reacts to events. `kind` and `arg` are the handler's own: a handler with several
// kinds of event (a completion, a deadline) tells them apart by `kind`.
class Handler {
 public:
  virtual void on_event(std::uint32_t kind, std::uint64_t arg) = 0;
  // -1 for a plain handler; the index given by Engine::attach for an agent.
  int agent_index() const noexcept { return agent_index_; }

 protected:
  Handler() = default;
  Handler(const Handler&) = default;
  Handler& operator=(const Handler&) = default;
  ~Handler() = default;

 private:
  friend class Engine;
  int agent_index_ = -1;
};

// Names one scheduled event; stays safe to cancel after the event has run or been cancelled.
struct EventId {
  std::uint64_t value = 0;  // 0: no event
  explicit operator bool() const noexcept { return value != 0; }
  friend bool operator==(EventId, EventId) = default;
};

class Calendar {
 public:
  struct Due {
    Time time;
    Handler* handler;
    std::uint32_t kind;
    std::uint64_t arg;
  };

  // `time` must not be NaN.
  EventId push(Time time, Handler& handler, std::uint32_t kind, std::uint64_t arg) {
    const std::uint32_t slot = take_slot(handler);
    const ScheduledEvent event{time, next_sequence_++, &handler, arg, kind, slot};
    if (time < far_.end_of_day()) {
      today_.push(event);
    } else {
      far_.add(event);
    }
    return EventId{(static_cast<std::uint64_t>(generation_[slot]) << 32) | slot};
  }
  // Cancels a pending event; returns false if it already ran or was cancelled.
  bool cancel(EventId id) noexcept;
  bool pending(EventId id) const noexcept { return slot_of(id) != kNone; }
  // The handler of a pending event; nullptr if it is not pending.
  Handler* handler_of(EventId id) const noexcept {
    const std::uint32_t slot = slot_of(id);
    return slot == kNone ? nullptr : handler_[slot];
  }

  bool empty() { return !settle_top(); }
  // Events still due.
  std::size_t size() const noexcept { return today_.size() + far_.size() - cancelled_; }
  Time next_time() { return settle_top() ? today_.top().time : kNever; }
  // Removes and returns the earliest event (lowest sequence among equal times). Not empty().
  Due pop() {
    settle_top();
    return take_top();
  }
  // Pops the earliest event into `due` if one is due at or before `horizon`: the run loop's one
  // call per event.
  bool pop_until(Time horizon, Due& due) {
    if (!settle_top() || !(today_.top().time <= horizon)) return false;
    due = take_top();
    return true;
  }
  // Sequence numbers given so far.
  std::uint64_t scheduled() const noexcept { return next_sequence_; }

 private:
  static constexpr std::uint32_t kNone = 0xffffffffU;

  // A slot's generation is odd while its event is pending; it moves on when the event runs or
  // is cancelled, so ids of past events never match again.
  bool live(const ScheduledEvent& e) const noexcept { return (generation_[e.slot] & 1U) != 0; }
  std::uint32_t take_slot(Handler& handler) {
    std::uint32_t slot;
    if (free_.empty()) {
      slot = static_cast<std::uint32_t>(generation_.size());
      generation_.push_back(0);
      handler_.push_back(nullptr);
      // Room for every slot, so that freeing one never allocates.
      if (free_.capacity() < generation_.size()) free_.reserve(2 * generation_.size());
    } else {
      slot = free_.back();
      free_.pop_back();
    }
    ++generation_[slot];
    handler_[slot] = &handler;
    return slot;
  }
  // The earliest pending event is at the top of today_ unless there is none; true if there is.
  bool settle_top() { return (!today_.empty() && live(today_.top())) || settle_top_slowly(); }
  bool settle_top_slowly();
  Due take_top() noexcept {
    const ScheduledEvent& top = today_.top();
    const Due due{top.time, top.handler, top.kind, top.arg};
    ++generation_[top.slot];
    free_.push_back(top.slot);
    today_.pop();
    return due;
  }
  // For a cancelled event leaving the calendar.
  bool drop_if_cancelled(const ScheduledEvent& e) noexcept;
  void compact() noexcept;
  std::uint32_t slot_of(EventId id) const noexcept;

  DayQueue today_;                         // events before far_.end_of_day()
  DayBuckets far_;                         // the rest
  std::vector<std::uint32_t> generation_;  // by slot
  std::vector<Handler*> handler_;          // by slot: the handler of its pending event
  std::vector<std::uint32_t> free_;        // slots whose event has left the calendar
  std::size_t cancelled_ = 0;              // cancelled events still held
  std::uint64_t next_sequence_ = 0;
};

}  // namespace sim

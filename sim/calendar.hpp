// The event calendar: a binary heap ordered by (time, sequence). The sequence number is given at
// scheduling, so events at the same time run in the order they were scheduled, whatever the
// back end.
//
// Cancelling marks an event; it is dropped when it reaches the top, and the heap is compacted
// whenever cancelled events outnumber live ones, so memory stays within twice what is due.
// (Removing from the middle of the heap would need every move to update a position index, which
// costs more on every event than the rare compaction.)
//
// An event names a Handler and carries a kind and an argument: no allocation per event.
#pragma once

#include <cstdint>
#include <vector>

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

  EventId push(Time time, Handler& handler, std::uint32_t kind, std::uint64_t arg);
  // Cancels a pending event; returns false if it already ran or was cancelled.
  bool cancel(EventId id) noexcept;
  bool pending(EventId id) const noexcept;
  // The handler of a pending event; nullptr if it is not pending.
  Handler* handler_of(EventId id) const noexcept;

  bool empty() noexcept { return drop_cancelled_top(), heap_.empty(); }
  // Events still due.
  std::size_t size() const noexcept { return heap_.size() - cancelled_; }
  Time next_time() noexcept {
    return drop_cancelled_top(), heap_.empty() ? kNever : heap_.front().time;
  }
  // Removes and returns the earliest event (lowest sequence among equal times). Not empty().
  Due pop() noexcept;
  // Pops the earliest event into `due` if one is due at or before `horizon`: the run loop's one
  // call per event.
  bool pop_until(Time horizon, Due& due) noexcept;
  // Sequence numbers given so far.
  std::uint64_t scheduled() const noexcept { return next_sequence_; }

 private:
  struct Entry {
    Time time;
    std::uint64_t sequence;
    std::uint32_t slot;
  };
  enum class State : std::uint8_t { free, due, cancelled };
  struct Slot {
    Handler* handler = nullptr;
    std::uint64_t arg = 0;
    std::uint32_t kind = 0;
    std::uint32_t generation = 1;
    std::uint32_t next_free = kNone;
    State state = State::free;
  };
  static constexpr std::uint32_t kNone = 0xffffffffU;

  static bool earlier(const Entry& a, const Entry& b) noexcept {
    return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
  }
  void sift_up(std::size_t position, Entry entry) noexcept;
  void remove_top() noexcept;
  void drop_cancelled_top() noexcept;
  void compact() noexcept;
  void release_slot(std::uint32_t slot) noexcept;
  std::uint32_t slot_of(EventId id) const noexcept;

  std::vector<Entry> heap_;
  std::vector<Slot> slots_;
  std::uint32_t free_head_ = kNone;
  std::size_t cancelled_ = 0;
  std::uint64_t next_sequence_ = 0;
};

}  // namespace sim

#include "sim/calendar.hpp"

#include <algorithm>

namespace sim {

EventId Calendar::push(Time time, Handler& handler, std::uint32_t kind, std::uint64_t arg) {
  std::uint32_t slot = free_head_;
  if (slot == kNone) {
    slot = static_cast<std::uint32_t>(slots_.size());
    slots_.emplace_back();
  } else {
    free_head_ = slots_[slot].next_free;
  }
  Slot& s = slots_[slot];
  s.handler = &handler;
  s.kind = kind;
  s.arg = arg;
  s.state = State::due;
  heap_.emplace_back();
  sift_up(heap_.size() - 1, Entry{time, next_sequence_++, slot});
  return EventId{(static_cast<std::uint64_t>(s.generation) << 32) | slot};
}

std::uint32_t Calendar::slot_of(EventId id) const noexcept {
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  const auto generation = static_cast<std::uint32_t>(id.value >> 32);
  if (!id || slot >= slots_.size() || slots_[slot].generation != generation) return kNone;
  return slot;
}

bool Calendar::pending(EventId id) const noexcept {
  const std::uint32_t slot = slot_of(id);
  return slot != kNone && slots_[slot].state == State::due;
}

Handler* Calendar::handler_of(EventId id) const noexcept {
  return pending(id) ? slots_[slot_of(id)].handler : nullptr;
}

bool Calendar::cancel(EventId id) noexcept {
  const std::uint32_t slot = slot_of(id);
  if (slot == kNone || slots_[slot].state != State::due) return false;
  slots_[slot].state = State::cancelled;
  ++cancelled_;
  if (cancelled_ > 1024 && 2 * cancelled_ > heap_.size()) compact();
  return true;
}

Calendar::Due Calendar::pop() noexcept {
  drop_cancelled_top();
  const Entry top = heap_.front();
  const Slot& s = slots_[top.slot];
  const Due due{top.time, s.handler, s.kind, s.arg};
  remove_top();
  release_slot(top.slot);
  return due;
}

bool Calendar::pop_until(Time horizon, Due& due) noexcept {
  drop_cancelled_top();
  if (heap_.empty() || !(heap_.front().time <= horizon)) return false;
  const Entry top = heap_.front();
  const Slot& s = slots_[top.slot];
  due = Due{top.time, s.handler, s.kind, s.arg};
  remove_top();
  release_slot(top.slot);
  return true;
}

void Calendar::sift_up(std::size_t position, Entry entry) noexcept {
  while (position > 0) {
    const std::size_t parent = (position - 1) / 2;
    if (!earlier(entry, heap_[parent])) break;
    heap_[position] = heap_[parent];
    position = parent;
  }
  heap_[position] = entry;
}

// Floyd's bottom-up deletion: move the hole at the root down along the smaller children to a
// leaf, then put the last entry there and let it rise. About half the comparisons of the
// textbook sift-down, since the last entry usually belongs near the bottom.
void Calendar::remove_top() noexcept {
  const Entry last = heap_.back();
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n == 0) return;
  std::size_t hole = 0;
  for (;;) {
    std::size_t child = 2 * hole + 1;
    if (child >= n) break;
    if (child + 1 < n && earlier(heap_[child + 1], heap_[child])) ++child;
    heap_[hole] = heap_[child];
    hole = child;
  }
  sift_up(hole, last);
}

void Calendar::drop_cancelled_top() noexcept {
  while (!heap_.empty() && slots_[heap_.front().slot].state == State::cancelled) {
    const std::uint32_t slot = heap_.front().slot;
    remove_top();
    release_slot(slot);
    --cancelled_;
  }
}

void Calendar::compact() noexcept {
  std::size_t kept = 0;
  for (const Entry& e : heap_) {
    if (slots_[e.slot].state == State::cancelled) {
      release_slot(e.slot);
    } else {
      heap_[kept++] = e;
    }
  }
  heap_.resize(kept);
  cancelled_ = 0;
  std::make_heap(heap_.begin(), heap_.end(),
                 [](const Entry& a, const Entry& b) { return earlier(b, a); });
}

void Calendar::release_slot(std::uint32_t slot) noexcept {
  Slot& s = slots_[slot];
  s.state = State::free;
  s.handler = nullptr;
  ++s.generation;
  if (s.generation == 0) s.generation = 1;  // 0 would let a stale id look like "no event"
  s.next_free = free_head_;
  free_head_ = slot;
}

}  // namespace sim

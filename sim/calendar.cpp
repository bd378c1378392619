#include "sim/calendar.hpp"

namespace sim {

namespace {
constexpr std::uint64_t make_id(std::uint32_t slot, std::uint32_t generation) {
  return (static_cast<std::uint64_t>(generation) << 32) | slot;
}
}  // namespace

EventId Calendar::push(Time time, Handler& handler, std::uint32_t kind, std::uint64_t arg) {
  std::uint32_t slot = free_head_;
  if (slot == kFree) {
    slot = static_cast<std::uint32_t>(slots_.size());
    slots_.emplace_back();
  } else {
    free_head_ = slots_[slot].next_free;
  }
  Slot& s = slots_[slot];
  s.handler = &handler;
  s.kind = kind;
  s.arg = arg;
  heap_.emplace_back();
  sift_up(heap_.size() - 1, Entry{time, next_sequence_++, slot});
  return EventId{make_id(slot, s.generation)};
}

bool Calendar::pending(EventId id) const noexcept {
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  const auto generation = static_cast<std::uint32_t>(id.value >> 32);
  return id && slot < slots_.size() && slots_[slot].generation == generation &&
         slots_[slot].position != kFree;
}

bool Calendar::cancel(EventId id) noexcept {
  if (!pending(id)) return false;
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  remove_at(slots_[slot].position);
  release_slot(slot);
  return true;
}

Calendar::Due Calendar::pop() noexcept {
  const Entry top = heap_.front();
  const Slot& s = slots_[top.slot];
  Due due{top.time, s.handler, s.kind, s.arg};
  remove_at(0);
  release_slot(top.slot);
  return due;
}

void Calendar::sift_up(std::size_t position, Entry entry) noexcept {
  while (position > 0) {
    const std::size_t parent = (position - 1) / 2;
    if (!earlier(entry, heap_[parent])) break;
    place(position, heap_[parent]);
    position = parent;
  }
  place(position, entry);
}

void Calendar::sift_down(std::size_t position, Entry entry) noexcept {
  const std::size_t n = heap_.size();
  for (;;) {
    std::size_t child = 2 * position + 1;
    if (child >= n) break;
    if (child + 1 < n && earlier(heap_[child + 1], heap_[child])) ++child;
    if (!earlier(heap_[child], entry)) break;
    place(position, heap_[child]);
    position = child;
  }
  place(position, entry);
}

void Calendar::remove_at(std::size_t position) noexcept {
  const Entry last = heap_.back();
  heap_.pop_back();
  if (position == heap_.size()) return;
  if (position > 0 && earlier(last, heap_[(position - 1) / 2])) {
    sift_up(position, last);
  } else {
    sift_down(position, last);
  }
}

void Calendar::release_slot(std::uint32_t slot) noexcept {
  Slot& s = slots_[slot];
  s.position = kFree;
  s.handler = nullptr;
  ++s.generation;
  if (s.generation == 0) s.generation = 1;  // 0 would let a stale id look like "no event"
  s.next_free = free_head_;
  free_head_ = slot;
}

}  // namespace sim

#include "sim/calendar.hpp"

namespace sim {

std::uint32_t Calendar::slot_of(EventId id) const noexcept {
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  const auto generation = static_cast<std::uint32_t>(id.value >> 32);
  // An id's generation is odd; the slot's is the same only while that event is pending.
  if (!id || slot >= generation_.size() || generation_[slot] != generation) return kNone;
  return slot;
}

bool Calendar::cancel(EventId id) noexcept {
  const std::uint32_t slot = slot_of(id);
  if (slot == kNone) return false;
  ++generation_[slot];
  ++cancelled_;
  if (cancelled_ > 1024 && 2 * cancelled_ > today_.size() + far_.size()) compact();
  return true;
}

bool Calendar::drop_if_cancelled(const ScheduledEvent& e) noexcept {
  if (live(e)) return false;
  free_.push_back(e.slot);
  --cancelled_;
  return true;
}

// Drops cancelled events from the top, and when the day's heap runs out moves on to the next
// day that has events.
bool Calendar::settle_top_slowly() {
  for (;;) {
    while (!today_.empty()) {
      if (live(today_.top())) return true;
      drop_if_cancelled(today_.top());
      today_.pop();
    }
    if (far_.empty()) return false;
    today_.start_day([this](std::vector<ScheduledEvent>& into) { far_.take_next_day(into); },
                     [this](const ScheduledEvent& e) { return drop_if_cancelled(e); });
  }
}

void Calendar::compact() noexcept {
  const auto drop = [this](const ScheduledEvent& e) { return drop_if_cancelled(e); };
  today_.remove_if(drop);
  far_.remove_if(drop);
}

}  // namespace sim

#include "sim/day_buckets.hpp"

#include <bit>

namespace sim {
namespace {

// Past this time days are no longer counted exactly (doubles hold whole numbers exactly up to
// 2^53): the few events so far off simply join the current day.
constexpr Time kLastCountedDay = 0x1p52;

}  // namespace

DayBuckets::DayBuckets() : ring_(static_cast<std::size_t>(kDays)) {}

void DayBuckets::set_day(std::int64_t day) noexcept {
  day_ = day;
  end_of_day_ = static_cast<Time>(day + 1);
  ring_end_ = static_cast<Time>(day + 1 + kDays);
}

void DayBuckets::pull_within_reach() {
  while (!later_.empty() && later_.top().time < ring_end_) {
    place(later_.top());
    later_.pop();
  }
}

std::size_t DayBuckets::next_occupied(std::size_t from) const noexcept {
  std::size_t word = from / 64;
  std::uint64_t bits = occupied_[word] & (~std::uint64_t{0} << (from % 64));
  // One more word than there are, to see the first word's lower bits after wrapping round.
  for (std::size_t seen = 0; seen <= occupied_.size(); ++seen) {
    if (bits != 0) return word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    word = (word + 1) % occupied_.size();
    bits = occupied_[word];
  }
  return from;  // not reached: the ring is not empty
}

void DayBuckets::take_next_day(std::vector<ScheduledEvent>& into) {
  pull_within_reach();
  if (in_ring_ == 0) {
    // Nothing in the next kDays days: on to the day before the earliest later event.
    const Time first = later_.top().time;
    if (!(first < kLastCountedDay)) {
      end_of_day_ = ring_end_ = kNever;
      later_.move_all_to(into);
      return;
    }
    set_day(static_cast<std::int64_t>(first) - 1);
    pull_within_reach();
  }
  const auto start = static_cast<std::size_t>((day_ + 1) & kMask);
  const std::size_t index = next_occupied(start);
  set_day(day_ + 1 + static_cast<std::int64_t>((index - start) & static_cast<std::size_t>(kMask)));
  occupied_[index / 64] &= ~(std::uint64_t{1} << (index % 64));
  auto& bucket = ring_[index];
  in_ring_ -= bucket.size();
  into.insert(into.end(), bucket.begin(), bucket.end());
  bucket.clear();
  if (bucket.capacity() > kKeptCapacity) std::vector<ScheduledEvent>().swap(bucket);
}

}  // namespace sim

// Cases as plain data in contiguous storage. A closed case's slot is reused, so memory grows with
// the cases open at once, not with every case ever created.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "models/records/case.hpp"
#include "sim/calendar.hpp"
#include "sim/time.hpp"

namespace cj {

using Slot = std::uint32_t;

inline constexpr std::uint32_t kNoTicket = 0xffffffffU;

struct Case {
  CaseRecord record;
  std::uint64_t random_key = 0;            // names the case's own random streams
  double withdraw_pre_at = sim::kNever;    // the victim would withdraw before charge at this time
  double withdraw_post_at = sim::kNever;   // ... after charge (acted on at the next hearing)
  sim::EventId pending;                    // the stage event in flight, cancelled if the case ends
  std::uint64_t job = 0;                   // a queued job in a pool (sim::JobId value), or 0
  std::uint32_t trial_ticket = kNoTicket;  // its trial's request in a listing (withdrawn on a plea)
  bool review_listed = false;              // its Crown Court pre-trial review is still to come
  bool pleads_guilty = false;              // plea at the first hearing (drawn at charge)
  bool ctl_breached = false;
  bool open = false;
  Slot next_free = 0;
};

// Adds one to a count of a case record (hearings, submissions, listings): the fields are one byte,
// so a count stops at its largest value rather than wrap to 0.
inline void count_up(std::uint8_t& count) noexcept {
  if (count < std::numeric_limits<std::uint8_t>::max()) ++count;
}

class CaseStore {
 public:
  // A new open case with the next id.
  Slot create();
  void release(Slot slot);
  Case& operator[](Slot slot) noexcept { return cases_[slot]; }
  const Case& operator[](Slot slot) const noexcept { return cases_[slot]; }
  std::uint64_t created() const noexcept { return next_id_; }
  std::size_t open() const noexcept { return open_; }
  // Peak of open cases at once: what memory grows with.
  std::size_t capacity() const noexcept { return cases_.size(); }
  template <class F>
  void for_each_open(F&& f) {
    for (Slot s = 0; s < cases_.size(); ++s) {
      if (cases_[s].open) f(s, cases_[s]);
    }
  }

 private:
  static constexpr Slot kNone = 0xffffffffU;
  std::vector<Case> cases_;
  Slot free_ = kNone;
  std::uint64_t next_id_ = 0;
  std::size_t open_ = 0;
};

}  // namespace cj

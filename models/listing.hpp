// One magistrates' court's listing office. Requests for hearings made during a day are listed
// together that evening: custody cases first, then domestic-abuse trials when fast-listing is on,
// then the rest, each in the order asked. Each hearing goes into the first sitting day on or
// after its earliest date with room in one of the court's sessions (minutes); trials have their
// own diary, which may be over-listed and may ring-fence a share of time for DA trials.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "models/case_store.hpp"
#include "sim/diary.hpp"

namespace cj {

enum class Hearing : std::uint8_t { first_hearing = 0, sentence = 1, trial = 2 };

// Listing priority: lower first.
enum class Priority : std::uint8_t { custody = 0, domestic_abuse = 1, other = 2 };

struct Listed {
  Slot slot;
  Hearing hearing;
};

class Listing {
 public:
  struct Diaries {
    std::vector<std::uint32_t> hearing_sessions;  // per day: first hearings, sentences
    std::vector<std::uint32_t> trial_sessions;    // per day
    double session_minutes = 180;
    double overlisting = 1;
    std::optional<sim::Diary::Reserve> da_reserve;  // ring-fenced DA trial time
    double smallest_hearing = 1;
    double smallest_trial = 1;
  };
  explicit Listing(Diaries diaries);

  // `ring_fenced`: the request may book the DA reserve (a DA trial under fast-listing).
  void request(Slot slot, Hearing hearing, int earliest_day, Priority priority, double minutes,
               bool ring_fenced = false);
  // Diary booking class of requests that may use the reserve.
  static constexpr std::uint32_t kReserveClass = 1;
  bool has_requests() const noexcept { return !requests_.empty(); }
  // Lists every request waiting; `listed(slot, hearing, day)` is told of each. A request that
  // finds no room in the diary stays waiting for the next listing.
  template <class F>
  void list(int today, F&& listed);

  // The hearings and trials listed for `day`, in listing order; emptied by take_*.
  std::vector<Listed> take_hearings(int day) { return take(hearings_on_, day); }
  std::vector<Listed> take_trials(int day) { return take(trials_on_, day); }
  double hearing_minutes(int day) const {
    return hearings_.capacity(static_cast<std::uint32_t>(day));
  }
  double trial_minutes(int day) const { return trials_.capacity(static_cast<std::uint32_t>(day)); }
  double hearing_minutes_booked(int day) const {
    return hearings_.booked(static_cast<std::uint32_t>(day));
  }
  int days() const noexcept { return static_cast<int>(hearings_.days()); }
  std::size_t waiting() const noexcept { return requests_.size(); }

 private:
  struct Request {
    Slot slot;
    Hearing hearing;
    Priority priority;
    bool ring_fenced;
    int earliest_day;
    double minutes;
    std::uint64_t order;
  };
  static std::vector<Listed> take(std::vector<std::vector<Listed>>& lists, int day);
  std::optional<int> book(const Request& r, int today);

  sim::Diary hearings_;
  sim::Diary trials_;
  std::vector<std::vector<Listed>> hearings_on_;
  std::vector<std::vector<Listed>> trials_on_;
  std::vector<Request> requests_;
  std::uint64_t next_order_ = 0;
};

template <class F>
void Listing::list(int today, F&& listed) {
  std::stable_sort(requests_.begin(), requests_.end(), [](const Request& a, const Request& b) {
    return a.priority != b.priority ? a.priority < b.priority : a.order < b.order;
  });
  std::vector<Request> unlisted;
  for (const Request& r : requests_) {
    if (const auto day = book(r, today)) {
      listed(r.slot, r.hearing, *day);
    } else {
      unlisted.push_back(r);
    }
  }
  requests_ = std::move(unlisted);
}

}  // namespace cj

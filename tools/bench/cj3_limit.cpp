#include "tools/bench/cj3_limit.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <queue>
#include <vector>

#include "sim/distribution.hpp"
#include "sim/random.hpp"
#include "sim/statistics.hpp"
#include "tools/bench/cpu_clock.hpp"

namespace bench {
namespace {

enum Kind : std::uint32_t { kArrival, kFinish1, kFinish2, kFinish3, kDeadline };

struct Event {
  double time;
  std::uint64_t sequence;
  Kind kind;
  std::uint32_t slot;  // the case
};

// std::priority_queue keeps the greatest on top: "later" is the order.
struct Later {
  bool operator()(const Event& a, const Event& b) const noexcept {
    return a.time > b.time || (a.time == b.time && a.sequence > b.sequence);
  }
};

constexpr std::uint64_t kNoDeadline = ~std::uint64_t{0};

struct Case {
  std::uint64_t index = 0;  // arrival order
  double joined = 0;        // time it joined its current queue
  // The sequence number of its pending patience deadline: a deadline event or a stage-3 queue
  // entry that does not match it is stale (the case started, or reneged and the slot was reused).
  std::uint64_t deadline = kNoDeadline;
  bool priority = false;
};

struct Stage3Entry {
  std::uint32_t slot;
  std::uint64_t deadline;
};

class Cj3Limit {
 public:
  explicit Cj3Limit(const Cj3Options& o)
      : options_(o),
        streams_(o.seed),
        arrivals_rng_(streams_.stream("arrivals")),
        priority_rng_(streams_.stream("priority")),
        patience_rng_(streams_.stream("patience")),
        service_rng_{streams_.stream("stage1"), streams_.stream("stage2"),
                     streams_.stream("stage3")},
        interarrival_(sim::Distribution::exponential(1.0 / o.arrival_rate)),
        patience_(sim::Distribution::exponential(o.patience_mean)),
        service_{sim::Distribution::exponential(o.service_mean[0]),
                 sim::Distribution::exponential(o.service_mean[1]),
                 sim::Distribution::exponential(o.service_mean[2])},
        warmup_cases_(static_cast<std::uint64_t>(o.warmup_share * static_cast<double>(o.cases))) {}

  Cj3Result run() {
    schedule(interarrival_.sample(arrivals_rng_), kArrival, 0);
    const Stopwatch watch;
    while (!calendar_.empty()) {
      const Event e = calendar_.top();
      calendar_.pop();
      if (e.kind == kDeadline && cases_[e.slot].deadline != e.sequence) continue;  // cancelled
      now_ = e.time;
      ++events_;
      switch (e.kind) {
        case kArrival:
          arrive();
          break;
        case kFinish1:
          finish1(e.slot);
          break;
        case kFinish2:
          finish2(e.slot);
          break;
        case kFinish3:
          finish3(e.slot);
          break;
        case kDeadline:
          renege(e.slot);
          break;
      }
    }
    result_.sim_wall_seconds = watch.wall_seconds();
    result_.sim_cpu_seconds = watch.cpu_seconds();
    result_.cases = options_.cases;
    result_.events = events_;
    result_.end_time = now_;
    result_.w1 = w1_.mean();
    result_.w2_priority = w2_[0].mean();
    result_.w2_normal = w2_[1].mean();
    result_.w3 = w3_.mean();
    result_.counted = w3_.count();
    result_.p_renege =
        w3_.count() ? static_cast<double>(reneged_) / static_cast<double>(w3_.count()) : 0;
    return std::move(result_);
  }

 private:
  std::uint64_t schedule(double time, Kind kind, std::uint32_t slot) {
    calendar_.push(Event{time, sequence_, kind, slot});
    return sequence_++;
  }
  void record(double t) {
    if (options_.record_times) result_.times.push_back(t);
  }
  bool counted(const Case& c) const { return c.index >= warmup_cases_; }

  std::uint32_t new_case() {
    if (!free_.empty()) {
      const std::uint32_t slot = free_.back();
      free_.pop_back();
      return slot;
    }
    cases_.emplace_back();
    return static_cast<std::uint32_t>(cases_.size() - 1);
  }

  // A case starts service in `stage` (0, 1, 2) now: its wait is recorded, its service drawn.
  void start(int stage, std::uint32_t slot) {
    Case& c = cases_[slot];
    const double wait = now_ - c.joined;
    record(wait);
    if (counted(c)) {
      if (stage == 0) w1_.add(wait);
      if (stage == 1) w2_[c.priority ? 0 : 1].add(wait);
      if (stage == 2) w3_.add(wait);
    }
    ++busy_[stage];
    const double service = service_[stage].sample(service_rng_[stage]);
    schedule(now_ + service, static_cast<Kind>(kFinish1 + stage), slot);
  }

  void arrive() {
    const std::uint32_t slot = new_case();
    Case& c = cases_[slot];
    c.index = arrived_++;
    c.priority = priority_rng_.bernoulli(options_.priority_share);
    c.joined = now_;
    record(c.joined);
    if (busy_[0] < options_.servers[0]) {
      start(0, slot);
    } else {
      queue1_.push_back(slot);
    }
    if (arrived_ < options_.cases) {
      schedule(now_ + interarrival_.sample(arrivals_rng_), kArrival, 0);
    }
  }

  void finish1(std::uint32_t slot) {
    --busy_[0];
    Case& c = cases_[slot];
    c.joined = now_;
    record(c.joined);
    if (busy_[1] < options_.servers[1]) {
      start(1, slot);
    } else {
      queue2_[c.priority ? 0 : 1].push_back(slot);
    }
    if (!queue1_.empty()) {
      const std::uint32_t next = queue1_.front();
      queue1_.pop_front();
      start(0, next);
    }
  }

  void finish2(std::uint32_t slot) {
    --busy_[1];
    Case& c = cases_[slot];
    c.joined = now_;
    record(c.joined);
    const double deadline = c.joined + patience_.sample(patience_rng_);
    c.deadline = schedule(std::max(deadline, now_), kDeadline, slot);
    if (busy_[2] < options_.servers[2]) {
      c.deadline = kNoDeadline;
      start(2, slot);
    } else {
      queue3_.push_back({slot, c.deadline});
    }
    for (auto& queue : queue2_) {
      if (!queue.empty()) {
        const std::uint32_t next = queue.front();
        queue.pop_front();
        start(1, next);
        break;
      }
    }
  }

  void finish3(std::uint32_t slot) {
    --busy_[2];
    Case& c = cases_[slot];
    c.joined = now_;
    record(c.joined);
    free_.push_back(slot);
    while (!queue3_.empty()) {
      const Stage3Entry next = queue3_.front();
      queue3_.pop_front();
      if (cases_[next.slot].deadline != next.deadline) continue;  // reneged
      cases_[next.slot].deadline = kNoDeadline;
      start(2, next.slot);
      break;
    }
  }

  void renege(std::uint32_t slot) {
    Case& c = cases_[slot];
    c.deadline = kNoDeadline;
    const double wait = now_ - c.joined;
    record(-wait);
    if (counted(c)) {
      w3_.add(wait);
      ++reneged_;
    }
    free_.push_back(slot);
  }

  const Cj3Options& options_;
  std::priority_queue<Event, std::vector<Event>, Later> calendar_;
  std::uint64_t sequence_ = 0;
  double now_ = 0;
  std::uint64_t events_ = 0;
  sim::Streams streams_;
  sim::Rng arrivals_rng_, priority_rng_, patience_rng_;
  sim::Rng service_rng_[3];
  sim::Distribution interarrival_, patience_;
  sim::Distribution service_[3];
  std::vector<Case> cases_;
  std::vector<std::uint32_t> free_;
  std::deque<std::uint32_t> queue1_;
  std::deque<std::uint32_t> queue2_[2];  // priority cases first
  std::deque<Stage3Entry> queue3_;
  unsigned busy_[3] = {0, 0, 0};
  std::uint64_t arrived_ = 0;
  std::uint64_t warmup_cases_;
  std::uint64_t reneged_ = 0;
  sim::Tally w1_, w2_[2], w3_;
  Cj3Result result_;
};

}  // namespace

Cj3Result run_cj3_limit(const Cj3Options& options) {
  check(options);
  Cj3Limit model(options);
  return model.run();
}

}  // namespace bench

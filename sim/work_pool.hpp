// A team that works through jobs measured in hours (a police team's investigations, a CPS unit's
// decisions): its capacity is hours a day, stepping by date; each job needs some hours of it.
// Unlike a ServerPool, no member holds a case for its whole duration: the team's hours go to the
// job at the head of the queue (a fluid server), so a team of N people carrying many cases each
// finishes work at the rate N people's hours allow, and work waits only when hours run short.
//
// - Queue discipline: priority classes (0 first), preemptive-resume (a more urgent job takes the
//   team's hours at once; the one it displaced keeps the hours already spent), FIFO within a class.
// - Capacity from a Roster of hours a day; zero stops all work until the next step.
// - A job may be withdrawn (its case left) while queued or in progress.
//
// The client hears when a job is done. Accounting (hours offered and worked, jobs in work as a
// time-weighted level) is exact between events: read it with the accessors after update(now).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/engine.hpp"
#include "sim/roster.hpp"
#include "sim/statistics.hpp"

namespace sim {

class WorkClient {
 public:
  // The job `tag` is done now.
  virtual void on_done(std::uint64_t tag) = 0;

 protected:
  WorkClient() = default;
  WorkClient(const WorkClient&) = default;
  WorkClient& operator=(const WorkClient&) = default;
  ~WorkClient() = default;
};

struct WorkPoolSpec {
  std::string name = "work";
  Roster hours_per_day;       // capacity by time, in hours a day (>= 0)
  std::uint32_t classes = 1;  // priority classes
};

struct WorkId {
  std::uint64_t value = 0;
  explicit operator bool() const noexcept { return value != 0; }
};

class WorkPool final : public Handler {
 public:
  // Checks the spec (InvalidParameter on a bad value) and follows its roster from now.
  WorkPool(Engine& engine, WorkPoolSpec spec, WorkClient& client);
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues a job of `hours` (> 0, finite) in `priority_class`.
  WorkId submit(std::uint64_t tag, double hours, std::uint32_t priority_class = 0);
  // Takes a job out, done or not; false if it is no longer in work.
  bool withdraw(WorkId id);

  // Brings the accounting up to `now` (the engine's time).
  void update();
  double hours_offered() const noexcept { return hours_offered_; }
  double hours_worked() const noexcept { return hours_worked_; }
  // Jobs queued or in progress.
  std::size_t in_work() const noexcept { return in_work_; }
  const TimeWeighted& in_work_level() const noexcept { return in_work_level_; }
  double hours_per_day() const noexcept { return rate_; }
  const WorkPoolSpec& spec() const noexcept { return spec_; }

  void on_event(std::uint32_t kind, std::uint64_t arg) override;

 private:
  static constexpr std::uint32_t kNone = 0xffffffffU;
  enum EventKind : std::uint32_t { kRateChange = 1, kDone = 2 };
  struct Job {
    std::uint64_t tag = 0;
    double remaining = 0;  // hours still to work
    std::uint32_t priority_class = 0;
    std::uint32_t previous = kNone;
    std::uint32_t next = kNone;
    std::uint32_t generation = 1;
    bool in_work = false;
  };
  struct Queue {
    std::uint32_t head = kNone;
    std::uint32_t tail = kNone;
  };

  // The job the team works on: the head of the most urgent non-empty class.
  std::uint32_t head() const noexcept;
  // Points the completion event at the head job, if it changed or the rate did.
  void reschedule();
  void remove(std::uint32_t slot) noexcept;
  void follow_roster();

  Engine& engine_;
  WorkPoolSpec spec_;
  WorkClient& client_;
  std::vector<Job> jobs_;
  std::uint32_t free_job_ = kNone;
  std::vector<Queue> queues_;
  std::size_t in_work_ = 0;
  double rate_ = 0;  // hours a day now
  Time last_ = 0;    // accounting done up to here
  std::uint32_t working_on_ = kNone;
  EventId done_event_;
  double hours_offered_ = 0;
  double hours_worked_ = 0;
  TimeWeighted in_work_level_;
};

}  // namespace sim

#include "sim/work_pool.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "sim/check.hpp"

namespace sim {

WorkPool::WorkPool(Engine& engine, WorkPoolSpec spec, WorkClient& client)
    : engine_(engine),
      spec_(std::move(spec)),
      client_(client),
      last_(engine.now()),
      in_work_level_(engine.now()) {
  require(spec_.classes >= 1, spec_.name + ": priority classes", spec_.classes, "at least 1");
  for (const auto& step : spec_.hours_per_day.steps()) {
    require(std::isfinite(step.level) && step.level >= 0, spec_.name + ": hours a day", step.level,
            "a finite number >= 0");
  }
  queues_.resize(spec_.classes);
  follow_roster();
}

void WorkPool::follow_roster() {
  const Time now = engine_.now();
  rate_ = spec_.hours_per_day.level_at(now);
  const Time next = spec_.hours_per_day.next_change_after(now);
  if (next != kNever) engine_.at(next, *this, kRateChange, 0);
}

void WorkPool::update() {
  const Time now = engine_.now();
  const double hours = rate_ * (now - last_);
  hours_offered_ += hours;
  if (working_on_ != kNone) {
    jobs_[working_on_].remaining -= hours;
    hours_worked_ += hours;
  }
  last_ = now;
}

std::uint32_t WorkPool::head() const noexcept {
  for (const Queue& q : queues_) {
    if (q.head != kNone) return q.head;
  }
  return kNone;
}

void WorkPool::reschedule() {
  const std::uint32_t next = head();
  if (done_event_) engine_.cancel(done_event_);
  done_event_ = {};
  working_on_ = next;
  if (next == kNone || rate_ <= 0) return;
  // Remaining hours below zero are rounding: the job is done now.
  const double days = std::max(0.0, jobs_[next].remaining) / rate_;
  done_event_ = engine_.at(engine_.now() + days, *this, kDone, next);
}

WorkId WorkPool::submit(std::uint64_t tag, double hours, std::uint32_t priority_class) {
  if (priority_class >= spec_.classes) {
    fail(spec_.name + ": priority class", priority_class,
         "a class below " + std::to_string(spec_.classes));
  }
  if (!(std::isfinite(hours) && hours > 0)) {
    fail(spec_.name + ": hours of a job", hours, "a finite number > 0");
  }
  update();
  std::uint32_t slot = free_job_;
  if (slot == kNone) {
    slot = static_cast<std::uint32_t>(jobs_.size());
    jobs_.emplace_back();
  } else {
    free_job_ = jobs_[slot].next;
  }
  Job& job = jobs_[slot];
  job.tag = tag;
  job.remaining = hours;
  job.priority_class = priority_class;
  job.in_work = true;
  job.next = kNone;
  Queue& q = queues_[priority_class];
  job.previous = q.tail;
  if (q.tail != kNone) {
    jobs_[q.tail].next = slot;
  } else {
    q.head = slot;
  }
  q.tail = slot;
  ++in_work_;
  in_work_level_.add(engine_.now(), 1);
  // Only a new head (an idle team, or a more urgent job) changes what the team works on.
  if (head() != working_on_) reschedule();
  return WorkId{(std::uint64_t{job.generation} << 32) | slot};
}

void WorkPool::remove(std::uint32_t slot) noexcept {
  Job& job = jobs_[slot];
  Queue& q = queues_[job.priority_class];
  if (job.previous != kNone) {
    jobs_[job.previous].next = job.next;
  } else {
    q.head = job.next;
  }
  if (job.next != kNone) {
    jobs_[job.next].previous = job.previous;
  } else {
    q.tail = job.previous;
  }
  job.in_work = false;
  ++job.generation;
  job.next = free_job_;
  free_job_ = slot;
  --in_work_;
  in_work_level_.add(engine_.now(), -1);
}

bool WorkPool::withdraw(WorkId id) {
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  const auto generation = static_cast<std::uint32_t>(id.value >> 32);
  if (!id || slot >= jobs_.size()) return false;
  if (!jobs_[slot].in_work || jobs_[slot].generation != generation) return false;
  update();
  remove(slot);
  if (slot == working_on_) reschedule();
  return true;
}

void WorkPool::on_event(std::uint32_t kind, std::uint64_t arg) {
  update();
  if (kind == kRateChange) {
    follow_roster();
    reschedule();
    return;
  }
  const auto slot = static_cast<std::uint32_t>(arg);
  done_event_ = {};
  const std::uint64_t tag = jobs_[slot].tag;
  remove(slot);
  reschedule();
  client_.on_done(tag);  // the client may submit more work from here
}

}  // namespace sim

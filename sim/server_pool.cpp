#include "sim/server_pool.hpp"

#include <cmath>
#include <string>

#include "sim/check.hpp"

namespace sim {

ServerPool::ServerPool(Engine& engine, PoolSpec spec, PoolClient& client)
    : engine_(engine),
      spec_(std::move(spec)),
      client_(client),
      servers_(spec_.servers),
      queue_length_(engine.now()),
      busy_servers_(engine.now()) {
  const std::string& n = spec_.name;
  require(spec_.servers >= 1, n + ": servers", spec_.servers, "at least 1");
  require(spec_.classes >= 1, n + ": priority classes", spec_.classes, "at least 1");
  if (spec_.ring_fence) {
    require(spec_.ring_fence->priority_class < spec_.classes, n + ": ring-fenced class",
            spec_.ring_fence->priority_class,
            "a class below the number of classes (" + std::to_string(spec_.classes) + ")");
    require_probability(n + ": ring-fenced share", spec_.ring_fence->share);
  }
  if (spec_.roster) {
    for (const auto& step : spec_.roster->steps()) {
      require(step.level == std::floor(step.level) && step.level <= spec_.servers,
              n + ": roster capacity", step.level,
              "a whole number of servers <= " + std::to_string(spec_.servers));
    }
  }
  queues_.resize(spec_.classes);
  idle_.reserve(servers_.size());
  for (std::uint32_t i = 0; i < spec_.servers; ++i) {
    Server& s = servers_[i];
    s.pool = this;
    s.index = i;
    engine_.attach(s, n + "/server-" + std::to_string(i));
  }
  for (std::uint32_t i = spec_.servers; i-- > 0;) idle_.push_back(i);
  set_capacity_from_roster();
}

void ServerPool::set_capacity_from_roster() {
  const Time now = engine_.now();
  if (!spec_.roster) {
    capacity_ = spec_.servers;
    return;
  }
  capacity_ = static_cast<std::uint32_t>(spec_.roster->level_at(now));
  const Time next = spec_.roster->next_change_after(now);
  next_change_ = next;
  if (next != kNever) engine_.at(next, *this, kCapacityChange, 0);
}

bool ServerPool::may_start(std::uint32_t priority_class) const noexcept {
  if (busy_ >= capacity_) return false;
  if (!spec_.ring_fence || priority_class == spec_.ring_fence->priority_class) return true;
  const auto reserved = static_cast<std::uint32_t>(
      std::lround(spec_.ring_fence->share * static_cast<double>(capacity_)));
  return busy_unfenced_ + reserved < capacity_;
}

JobId ServerPool::submit(std::uint64_t tag, std::uint32_t priority_class, Time patience_deadline) {
  if (priority_class >= spec_.classes) {
    fail(spec_.name + ": priority class", priority_class,
         "a class below " + std::to_string(spec_.classes));
  }
  if (std::isnan(patience_deadline)) {
    fail(spec_.name + ": patience deadline", patience_deadline, "a time or never");
  }
  if (!dispatching_ && queued_ == 0) {
    // A job that starts at once skips the queue (and its deadline, which could not come first).
    const Dispatching dispatching(dispatching_);
    refresh_capacity();
    if (busy_ < capacity_ && may_start(priority_class)) {
      start(tag, priority_class);
      start_queued();  // what the client submitted meanwhile
      return kStartedAtOnce;
    }
  }
  std::uint32_t slot = free_job_;
  if (slot == kNone) {
    slot = static_cast<std::uint32_t>(jobs_.size());
    jobs_.emplace_back();
  } else {
    free_job_ = jobs_[slot].next;
  }
  Job& job = jobs_[slot];
  job.tag = tag;
  job.priority_class = priority_class;
  job.queued = true;
  job.next = kNone;
  Queue& q = queues_[priority_class];
  job.previous = q.tail;
  if (q.tail == kNone) {
    q.head = slot;
  } else {
    jobs_[q.tail].next = slot;
  }
  q.tail = slot;
  ++q.count;
  ++queued_;
  queue_length_.set(engine_.now(), static_cast<double>(queued_));
  const JobId id{(static_cast<std::uint64_t>(job.generation) << 32) | slot};
  job.deadline =
      patience_deadline == kNever
          ? EventId{}
          : engine_.at(std::max(patience_deadline, engine_.now()), *this, kDeadline, id.value);
  try_start();
  return id;
}

std::uint32_t ServerPool::slot_of(JobId id) const noexcept {
  const auto slot = static_cast<std::uint32_t>(id.value & 0xffffffffU);
  const auto generation = static_cast<std::uint32_t>(id.value >> 32);
  if (!id || slot >= jobs_.size() || jobs_[slot].generation != generation || !jobs_[slot].queued) {
    return kNone;
  }
  return slot;
}

bool ServerPool::withdraw(JobId id) {
  const std::uint32_t slot = slot_of(id);
  if (slot == kNone) return false;
  engine_.cancel(jobs_[slot].deadline);
  unlink(slot);
  release(slot);
  return true;
}

void ServerPool::unlink(std::uint32_t slot) noexcept {
  Job& job = jobs_[slot];
  Queue& q = queues_[job.priority_class];
  if (job.previous == kNone) {
    q.head = job.next;
  } else {
    jobs_[job.previous].next = job.next;
  }
  if (job.next == kNone) {
    q.tail = job.previous;
  } else {
    jobs_[job.next].previous = job.previous;
  }
  --q.count;
  --queued_;
  job.queued = false;
  queue_length_.set(engine_.now(), static_cast<double>(queued_));
}

void ServerPool::release(std::uint32_t slot) noexcept {
  Job& job = jobs_[slot];
  ++job.generation;
  if (job.generation == 0) job.generation = 1;
  job.next = free_job_;
  free_job_ = slot;
}

void ServerPool::try_start() {
  if (dispatching_ || queued_ == 0) return;  // in a client callback, the outer loop continues
  const Dispatching dispatching(dispatching_);
  refresh_capacity();
  start_queued();
}

// A step due now holds even before its event runs (a finish scheduled earlier at the same time
// runs first): nothing may start at the instant the roster closes.
void ServerPool::refresh_capacity() {
  if (engine_.now() >= next_change_) {
    capacity_ = static_cast<std::uint32_t>(spec_.roster->level_at(engine_.now()));
  }
}

void ServerPool::start_queued() {
  while (queued_ > 0 && busy_ < capacity_) {
    std::uint32_t chosen = kNone;
    for (std::uint32_t c = 0; c < spec_.classes; ++c) {
      if (queues_[c].count > 0 && may_start(c)) {
        chosen = c;
        break;
      }
    }
    if (chosen == kNone) break;
    const std::uint32_t slot = queues_[chosen].head;
    if (jobs_[slot].deadline) engine_.cancel(jobs_[slot].deadline);
    const std::uint64_t tag = jobs_[slot].tag;
    unlink(slot);
    release(slot);
    start(tag, chosen);
  }
}

void ServerPool::start(std::uint64_t tag, std::uint32_t priority_class) {
  const std::uint32_t server = idle_.back();
  idle_.pop_back();
  Server& s = servers_[server];
  s.tag = tag;
  s.fenced = spec_.ring_fence && priority_class == spec_.ring_fence->priority_class;
  ++busy_;
  if (!s.fenced) ++busy_unfenced_;
  ++started_;
  busy_servers_.set(engine_.now(), busy_);
  const Time service = client_.on_start(tag, server);
  if (!(service >= 0 && std::isfinite(service))) {
    fail(spec_.name + ": service time", service, "a finite time >= 0");
  }
  engine_.at(engine_.now() + service, s);
}

void ServerPool::finish(std::uint32_t server) {
  Server& s = servers_[server];
  --busy_;
  if (!s.fenced) --busy_unfenced_;
  busy_servers_.set(engine_.now(), busy_);
  idle_.push_back(server);
  client_.on_finish(s.tag, server);
  try_start();
}

void ServerPool::on_event(std::uint32_t kind, std::uint64_t arg) {
  if (kind == kCapacityChange) {
    set_capacity_from_roster();
    try_start();
    return;
  }
  const std::uint32_t slot = slot_of(JobId{arg});
  if (slot == kNone) return;
  const std::uint64_t tag = jobs_[slot].tag;
  jobs_[slot].deadline = EventId{};
  unlink(slot);
  release(slot);
  ++reneged_;
  client_.on_renege(tag);
}

}  // namespace sim

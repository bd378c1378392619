// A pool of c servers with a queue: the building block for anything that serves one job at a time
// per server (court rooms). Staff who carry many cases at once are a WorkPool (work_pool.hpp).
//
// - Queue discipline: priority classes (0 is served first), non-preemptive, FIFO within a class.
// - Ring fence: a share of the capacity that only one class may use; that class may also use the
//   rest.
// - Reneging: a queued job with a patience deadline leaves at that exact time (a timer event), and
//   the client hears of it then.
// - Capacity from a Roster: a drop never interrupts a job in service; it only stops new starts.
//
// Each server is an Agent (a daemon actor on SimGrid). The pool asks its client for each job's
// service time when the job starts, so durations can depend on the start date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine.hpp"
#include "sim/roster.hpp"
#include "sim/statistics.hpp"

namespace sim {

class PoolClient {
 public:
  // The job `tag` starts on `server` now; returns its service time (finite, >= 0).
  virtual Time on_start(std::uint64_t tag, std::uint32_t server) = 0;
  virtual void on_finish(std::uint64_t tag, std::uint32_t server) = 0;
  // The job left the queue at its patience deadline (now).
  virtual void on_renege(std::uint64_t tag) = 0;

 protected:
  PoolClient() = default;
  PoolClient(const PoolClient&) = default;
  PoolClient& operator=(const PoolClient&) = default;
  ~PoolClient() = default;
};

struct RingFence {
  std::uint32_t priority_class = 0;
  double share = 0;  // of the capacity in force, rounded to whole servers
};

struct PoolSpec {
  std::string name = "pool";
  std::uint32_t servers = 1;     // server agents: the largest capacity the pool can have
  std::optional<Roster> roster;  // capacity by time (whole numbers <= servers); none: servers
  std::uint32_t classes = 1;     // priority classes
  std::optional<RingFence> ring_fence;
};

struct JobId {
  std::uint64_t value = 0;
  explicit operator bool() const noexcept { return value != 0; }
};

class ServerPool final : public Handler {
 public:
  // Checks the spec (InvalidParameter on a bad value) and attaches one agent per server.
  ServerPool(Engine& engine, PoolSpec spec, PoolClient& client);
  ServerPool(const ServerPool&) = delete;
  ServerPool& operator=(const ServerPool&) = delete;

  // Queues a job (starting it at once if a server may take it). `patience_deadline` is the time
  // at which it leaves if not started; kNever for none. The id names the job while it waits; a
  // job that starts at once gets one that names no job (withdraw finds nothing, as for any job
  // that has started).
  JobId submit(std::uint64_t tag, std::uint32_t priority_class = 0,
               Time patience_deadline = kNever);
  // Takes a queued job out of the queue without reneging; false if it is not queued.
  bool withdraw(JobId id);

  std::uint32_t capacity() const noexcept { return capacity_; }
  std::uint32_t busy() const noexcept { return busy_; }
  std::size_t queued() const noexcept { return queued_; }
  std::size_t queued(std::uint32_t priority_class) const {
    return queues_.at(priority_class).count;
  }
  const TimeWeighted& queue_length() const noexcept { return queue_length_; }
  const TimeWeighted& busy_servers() const noexcept { return busy_servers_; }
  std::uint64_t started() const noexcept { return started_; }
  std::uint64_t reneged() const noexcept { return reneged_; }
  const PoolSpec& spec() const noexcept { return spec_; }

  void on_event(std::uint32_t kind, std::uint64_t arg) override;

 private:
  struct Server final : Agent {
    ServerPool* pool = nullptr;
    std::uint32_t index = 0;
    std::uint64_t tag = 0;
    bool fenced = false;  // counted against the ring fence's class
    void on_event(std::uint32_t, std::uint64_t) override { pool->finish(index); }
  };
  struct Job {
    std::uint64_t tag = 0;
    EventId deadline;
    std::uint32_t priority_class = 0;
    std::uint32_t previous = kNone;
    std::uint32_t next = kNone;
    std::uint32_t generation = 1;
    bool queued = false;
  };
  struct Queue {
    std::uint32_t head = kNone;
    std::uint32_t tail = kNone;
    std::size_t count = 0;
  };
  static constexpr std::uint32_t kNone = 0xffffffffU;
  enum EventKind : std::uint32_t { kCapacityChange = 1, kDeadline = 2 };
  // Not 0 (that is "no job"), and beyond every slot.
  static constexpr JobId kStartedAtOnce{(std::uint64_t{1} << 32) | kNone};

  // Set while jobs are being started, so that a job submitted from the client's callback waits
  // for the loop already running; cleared however the loop ends (a client may throw).
  struct Dispatching {
    explicit Dispatching(bool& flag) noexcept : flag_(flag) { flag_ = true; }
    Dispatching(const Dispatching&) = delete;
    Dispatching& operator=(const Dispatching&) = delete;
    ~Dispatching() { flag_ = false; }
    bool& flag_;
  };

  void try_start();
  void refresh_capacity();
  void start_queued();
  // Starts the job on an idle server (busy_ < capacity_).
  void start(std::uint64_t tag, std::uint32_t priority_class);
  void finish(std::uint32_t server);
  bool may_start(std::uint32_t priority_class) const noexcept;
  void unlink(std::uint32_t slot) noexcept;
  void release(std::uint32_t slot) noexcept;
  std::uint32_t slot_of(JobId id) const noexcept;
  void set_capacity_from_roster();

  Engine& engine_;
  PoolSpec spec_;
  PoolClient& client_;
  std::vector<Server> servers_;
  std::vector<std::uint32_t> idle_;  // stack of idle servers
  std::vector<Job> jobs_;
  std::uint32_t free_job_ = kNone;
  std::vector<Queue> queues_;
  std::uint32_t capacity_ = 0;
  Time next_change_ = kNever;  // time of the roster's next step; kNever without a roster
  std::uint32_t busy_ = 0;
  std::uint32_t busy_unfenced_ = 0;
  std::size_t queued_ = 0;
  bool dispatching_ = false;
  TimeWeighted queue_length_;
  TimeWeighted busy_servers_;
  std::uint64_t started_ = 0;
  std::uint64_t reneged_ = 0;
};

}  // namespace sim

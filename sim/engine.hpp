// The kernel's one interface: a clock, an event calendar and run control, with two back ends
// chosen at run time (native: a plain loop over the calendar; simgrid: SimGrid S4U actors).
//
// Both back ends run events in the same (time, sequence) order, so a model written against this
// interface gives bit-identical results on either. The only difference a model can ask for is an
// Agent: a long-lived handler (a server, a court room) that SimGrid runs as a daemon actor of its
// own; the native back end simply calls it.
//
// To add a back end: derive from Engine, implement run_until() and attach(), and keep to the
// (time, sequence) order of the calendar.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sim/calendar.hpp"
#include "sim/time.hpp"

namespace sim {

class Engine;

// A handler that lives as long as the run and that a back end may give its own thread of control
// (on SimGrid, a daemon actor on the simulated host).
class Agent : public Handler {
 public:
  const std::string& agent_name() const noexcept { return agent_name_; }

 protected:
  Agent() = default;
  ~Agent() = default;

 private:
  friend class Engine;
  std::string agent_name_;
};

enum class EngineKind { native, simgrid };

// "native" or "simgrid"; throws InvalidParameter naming the value otherwise.
EngineKind parse_engine_kind(std::string_view name);
std::string_view engine_kind_name(EngineKind kind);

struct EngineOptions {
  bool simgrid_logging = false;  // SimGrid's own log lines (silenced by default)
};

class Engine {
 public:
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  virtual ~Engine() = default;

  virtual EngineKind kind() const noexcept = 0;

  Time now() const noexcept { return now_; }
  // Events run so far.
  std::uint64_t events() const noexcept { return events_; }
  std::size_t pending() const noexcept { return calendar_.size(); }

  // Schedules handler.on_event(kind, arg) at `time` (>= now; finite). Events at equal times run in
  // the order they were scheduled.
  EventId at(Time time, Handler& handler, std::uint32_t kind = 0, std::uint64_t arg = 0) {
    if (!(time >= now_ && time < kNever)) refuse_time(time);
    return calendar_.push(time, handler, kind, arg);
  }
  EventId after(Time delay, Handler& handler, std::uint32_t kind = 0, std::uint64_t arg = 0) {
    if (!(delay >= 0 && delay < kNever)) refuse_delay(delay);
    return calendar_.push(now_ + delay, handler, kind, arg);
  }
  // Returns false if the event has already run or been cancelled.
  bool cancel(EventId id) noexcept { return calendar_.cancel(id); }
  bool is_pending(EventId id) const noexcept { return calendar_.pending(id); }
  // The handler a pending event will call; nullptr if the event is not pending.
  Handler* handler_of(EventId id) const noexcept { return calendar_.handler_of(id); }

  // Registers an agent; call before the first run_until.
  void attach(Agent& agent, std::string name);

  // Runs every event due at or before `horizon`, then sets the clock to `horizon` if it is finite.
  // run_until(kNever) runs until the calendar is empty. May be called again with a later horizon.
  virtual void run_until(Time horizon) = 0;
  // Asks the run to return after the current event.
  void stop() noexcept { stop_requested_ = true; }

 protected:
  Engine() = default;
  // Called by attach for each agent, in order; the index is dense from 0.
  virtual void on_attach(Agent& agent, int index) = 0;
  // Throw InvalidParameter for a time or delay at() and after() do not take.
  [[noreturn]] void refuse_time(Time time) const;
  [[noreturn]] static void refuse_delay(Time delay);

  Calendar calendar_;
  Time now_ = 0;
  std::uint64_t events_ = 0;
  bool stop_requested_ = false;
  int agents_ = 0;
};

// Throws InvalidParameter if SimGrid's engine is asked for while another is alive in this
// process, ModuleError (module.hpp) if the SimGrid back end's module is missing.
std::unique_ptr<Engine> make_engine(EngineKind kind, const EngineOptions& options = {});

// Loads what the back end needs (SimGrid's module), so that a program can report a missing one
// before it starts any work; throws ModuleError. Nothing to do for the native back end.
void prepare_engine(EngineKind kind);

}  // namespace sim

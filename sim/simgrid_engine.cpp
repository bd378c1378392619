// SimGrid S4U back end, built as a module of its own (libcjsim-simgrid.so, loaded by
// simgrid_module.cpp) so that a program links SimGrid only when a run asks for it.
//
// Simulated time is SimGrid's: one host built in code (no platform file, no network), a
// "calendar" actor that sleeps until each event's date, and one daemon actor per agent (server,
// court room) that runs that agent's events. Cases are plain data; no actor per case (SimGrid
// pays about 1 µs and two memory mappings per live actor; see ../shared/simgrid-notes.md).
//
// SimGrid does not promise an order among actors that wake at the same date, and its clock lands
// within rounding of a requested date. Results must not depend on either, so the calendar actor
// hands each event to its agent's actor in the calendar's (time, sequence) order and waits for the
// agent to finish before the next, and the model reads the event's own time, not SimGrid's clock.
#include <xbt/log.h>
#include <simgrid/s4u.hpp>

#include <atomic>
#include <cmath>
#include <exception>
#include <string>
#include <vector>

#include "sim/engine.hpp"

namespace sim {
namespace {

namespace s4u = simgrid::s4u;

std::atomic<bool> engine_alive{false};

class SimGridEngine final : public Engine {
 public:
  // Only while no other is alive (engine_alive set by the caller).
  explicit SimGridEngine(const EngineOptions& options) {
    std::vector<std::string> args{"cjsim", "--cfg=contexts/stack-size:1024"};
    if (!options.simgrid_logging) args.insert(args.begin() + 1, "--log=root.thres:critical");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int argc = static_cast<int>(args.size());
    simgrid_ = std::make_unique<s4u::Engine>(&argc, argv.data());
    if (!options.simgrid_logging) xbt_log_control_set("root.thres:critical");
    auto* zone = s4u::create_full_zone("cjsim");
    host_ = zone->create_host("engine", 1e9);
    zone->seal();
  }

  ~SimGridEngine() override {
    simgrid_.reset();
    engine_alive = false;
  }

  EngineKind kind() const noexcept override { return EngineKind::simgrid; }

  void run_until(Time horizon) override {
    stop_requested_ = false;
    failure_ = nullptr;
    horizon_ = horizon;
    finished_ = false;
    // Fresh actors and semaphores for each slice: SimGrid ends daemon actors with the last
    // regular one, and the agents keep their state in their own C++ objects.
    calendar_turn_ = s4u::Semaphore::create(0);
    agent_turn_.clear();
    for (std::size_t i = 0; i < agents_list_.size(); ++i) {
      agent_turn_.push_back(s4u::Semaphore::create(0));
    }
    for (std::size_t i = 0; i < agents_list_.size(); ++i) {
      s4u::Actor::create(agents_list_[i]->agent_name(), host_,
                         [this, i] { agent_loop(static_cast<int>(i)); });
    }
    s4u::Actor::create("calendar", host_, [this] { dispatch(kCalendar); });
    simgrid_->run();
    agent_turn_.clear();
    calendar_turn_ = nullptr;
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    if (!stop_requested_ && std::isfinite(horizon) && horizon > now_) now_ = horizon;
  }

 private:
  static constexpr int kCalendar = -1;

  void on_attach(Agent& agent, int) override { agents_list_.push_back(&agent); }

  s4u::Semaphore& turn_of(int actor) {
    return actor == kCalendar ? *calendar_turn_ : *agent_turn_[static_cast<std::size_t>(actor)];
  }

  // The run loop, carried by whichever actor holds the turn ("baton"): it takes the next event,
  // lets SimGrid's clock advance to it, and runs it itself when it is a plain handler's or its
  // own; another agent's event it hands to that agent's actor, which carries on from there. One
  // actor runs at a time, in the calendar's order, with one switch per hand-over. Returns when
  // the calendar is done (to the calendar actor, which then ends the run).
  void dispatch(int self) {
    Calendar::Due due{};
    for (;;) {
      if (failure_ || stop_requested_ || !calendar_.pop_until(horizon_, due)) break;
      if (due.time > now_) s4u::this_actor::sleep_until(due.time);
      now_ = due.time;
      ++events_;
      const int agent = due.handler->agent_index();
      if (agent < 0 || agent == self) {
        handle(due);
        continue;
      }
      current_ = due;
      turn_of(agent).release();
      turn_of(self).acquire();
      if (finished_) break;  // the calendar actor woken to end the run
      handle(current_);      // an event for this agent, handed over by the last holder
    }
    if (self != kCalendar) {
      // End the run from the calendar actor, the only regular actor; this one waits to be ended.
      finished_ = true;
      calendar_turn_->release();
      turn_of(self).acquire();
    }
  }

  void handle(const Calendar::Due& due) {
    try {
      due.handler->on_event(due.kind, due.arg);
    } catch (const std::exception&) {
      failure_ = std::current_exception();
    }
  }

  void agent_loop(int index) {
    s4u::Actor::self()->daemonize();
    turn_of(index).acquire();  // the first event handed to this agent
    if (finished_) return;
    handle(current_);
    dispatch(index);
  }

  std::unique_ptr<s4u::Engine> simgrid_;
  s4u::Host* host_ = nullptr;
  std::vector<Agent*> agents_list_;
  std::vector<s4u::SemaphorePtr> agent_turn_;
  s4u::SemaphorePtr calendar_turn_;
  Calendar::Due current_{};
  Time horizon_ = 0;
  bool finished_ = false;
  std::exception_ptr failure_;
};

}  // namespace

}  // namespace sim

// The module's entry point: a new engine, or null while another is alive in this process.
extern "C" __attribute__((visibility("default"))) sim::Engine* cjsim_create_simgrid_engine(
    const sim::EngineOptions& options) {
  bool expected = false;
  if (!sim::engine_alive.compare_exchange_strong(expected, true)) return nullptr;
  try {
    return std::make_unique<sim::SimGridEngine>(options).release();  // owned by the caller
  } catch (...) {
    sim::engine_alive = false;
    throw;
  }
}

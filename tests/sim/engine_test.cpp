// The Engine interface on both back ends: event order, run_until and stop semantics, agents, and
// refusal of bad times. Each scenario writes a trace of what happened; the native back end runs it
// here, SimGrid in a child process (one SimGrid engine per process), and both must give the trace
// written out below.
#include "sim/engine.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>
#include <vector>

#include "sim/check.hpp"
#include "tests/sim/child_process.hpp"

namespace {

using sim::EngineKind;
using Trace = std::vector<double>;

constexpr double kMark = -1;  // separates the trace of events from the state after a run

// Records (time, arg) for every event; kind 1 also schedules arg + 100 now, kind 2 stops the run,
// kind 3 throws.
template <class Base>
struct Recorder final : Base {
  Recorder(sim::Engine& e, Trace& t) : engine(e), trace(t) {}
  void on_event(std::uint32_t kind, std::uint64_t arg) override {
    trace.push_back(engine.now());
    trace.push_back(static_cast<double>(arg));
    if (kind == 1) engine.at(engine.now(), *this, 0, arg + 100);
    if (kind == 2) engine.stop();
    if (kind == 3) throw std::runtime_error("handler failed");
  }
  sim::Engine& engine;
  Trace& trace;
};
using PlainRecorder = Recorder<sim::Handler>;
using AgentRecorder = Recorder<sim::Agent>;

void mark(Trace& trace, const sim::Engine& e) {
  trace.insert(trace.end(),
               {kMark, e.now(), static_cast<double>(e.pending()), static_cast<double>(e.events())});
}

Trace run_control_scenario(EngineKind kind) {
  Trace trace;
  auto engine = sim::make_engine(kind);
  sim::Engine& e = *engine;
  PlainRecorder plain(e, trace);
  AgentRecorder agent(e, trace);
  e.attach(agent, "agent");
  e.at(1, plain, 0, 1);
  e.at(2, agent, 0, 2);
  e.at(2, plain, 1, 3);  // schedules 103 at 2, after everything already due at 2
  e.at(2, agent, 0, 4);
  e.at(5, plain, 0, 5);  // exactly at the first horizon
  e.at(5.5, agent, 0, 6);
  e.at(7, agent, 2, 7);  // stops the run, from an agent
  e.at(7, plain, 0, 8);
  e.at(9, agent, 0, 9);
  e.run_until(5);
  mark(trace, e);
  e.run_until(6);
  mark(trace, e);
  e.run_until(100);  // stopped at 7
  mark(trace, e);
  e.run_until(100);
  mark(trace, e);
  e.run_until(sim::kNever);  // nothing left: the clock stays
  mark(trace, e);
  e.after(50, agent, 0, 10);
  e.run_until(sim::kNever);  // runs to the last event, not beyond
  mark(trace, e);
  return trace;
}

// (time, arg) of each event, then kMark, now, pending, events after each run_until.
// clang-format off
const Trace kRunControlTrace{
    1, 1,  2, 2,  2, 3,  2, 4,  2, 103,  5, 5,  kMark, 5, 4, 6,  // horizon 5 included
    5.5, 6,                                     kMark, 6, 3, 7,  // the clock moves on to 6
    7, 7,                                       kMark, 7, 2, 8,  // stop(): the clock stays at 7
    7, 8,  9, 9,                                kMark, 100, 0, 10,  // a second run continues
                                                kMark, 100, 0, 10,  // nothing left to run
    150, 10,                                    kMark, 150, 0, 11};  // to the last event only
// clang-format on

TEST(Engine, RunControlNative) {
  EXPECT_EQ(run_control_scenario(EngineKind::native), kRunControlTrace);
}

TEST(Engine, RunControlSimGrid) {
  const auto child =
      simtest::run_in_child([] { return run_control_scenario(EngineKind::simgrid); });
  ASSERT_TRUE(child.ok) << child.failure;
  EXPECT_EQ(child.values, kRunControlTrace);
}

// 1 if `f` throws sim::InvalidParameter, 0 if it does not.
template <class F>
double throws_invalid(F f) {
  try {
    f();
  } catch (const sim::InvalidParameter&) {
    return 1;
  }
  return 0;
}

Trace bad_times_scenario(EngineKind kind) {
  Trace trace;
  auto engine = sim::make_engine(kind);
  sim::Engine& e = *engine;
  PlainRecorder plain(e, trace);
  e.at(3, plain, 0, 1);
  e.run_until(4);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  trace.push_back(throws_invalid([&] { e.at(3.5, plain); }));  // in the past
  trace.push_back(throws_invalid([&] { e.at(nan, plain); }));
  trace.push_back(throws_invalid([&] { e.at(sim::kNever, plain); }));
  trace.push_back(throws_invalid([&] { e.after(-1, plain); }));
  trace.push_back(throws_invalid([&] { e.after(nan, plain); }));
  trace.push_back(throws_invalid([&] { e.at(4, plain); }));  // now itself is fine
  trace.push_back(static_cast<double>(e.pending()));
  return trace;
}

const Trace kBadTimesTrace{3, 1, 1, 1, 1, 1, 1, 0, 1};

TEST(Engine, RefusesBadTimesNative) {
  EXPECT_EQ(bad_times_scenario(EngineKind::native), kBadTimesTrace);
}

TEST(Engine, RefusesBadTimesSimGrid) {
  const auto child = simtest::run_in_child([] { return bad_times_scenario(EngineKind::simgrid); });
  ASSERT_TRUE(child.ok) << child.failure;
  EXPECT_EQ(child.values, kBadTimesTrace);
}

TEST(Engine, BadTimeMessageNamesTheValue) {
  auto engine = sim::make_engine(EngineKind::native);
  Trace trace;
  PlainRecorder plain(*engine, trace);
  engine->run_until(2);
  try {
    engine->at(1.5, plain);
    FAIL() << "no exception";
  } catch (const sim::InvalidParameter& e) {
    EXPECT_STREQ(e.what(), "event time: got 1.5, expected a finite time not before now (2)");
  }
}

// A handler's exception leaves run_until, whether a plain handler or an agent threw it.
Trace failure_scenario(EngineKind kind, bool agent_throws) {
  Trace trace;
  auto engine = sim::make_engine(kind);
  PlainRecorder plain(*engine, trace);
  AgentRecorder agent(*engine, trace);
  engine->attach(agent, "agent");
  engine->at(1, agent, 0, 1);
  engine->at(2, agent_throws ? static_cast<sim::Handler&>(agent) : plain, 3, 2);
  engine->at(3, plain, 0, 3);
  try {
    engine->run_until(10);
    trace.push_back(0);
  } catch (const std::runtime_error& e) {
    trace.push_back(std::string(e.what()) == "handler failed" ? 1 : 2);
  }
  return trace;
}

TEST(Engine, HandlerExceptionLeavesRunUntil) {
  for (bool agent_throws : {false, true}) {
    const Trace expected{1, 1, 2, 2, 1};
    EXPECT_EQ(failure_scenario(EngineKind::native, agent_throws), expected);
    const auto child = simtest::run_in_child(
        [agent_throws] { return failure_scenario(EngineKind::simgrid, agent_throws); });
    ASSERT_TRUE(child.ok) << child.failure;
    EXPECT_EQ(child.values, expected) << "simgrid, agent throws: " << agent_throws;
  }
}

TEST(Engine, AgentAttachedTwiceIsRefused) {
  auto engine = sim::make_engine(EngineKind::native);
  Trace trace;
  AgentRecorder agent(*engine, trace);
  engine->attach(agent, "a");
  EXPECT_EQ(agent.agent_name(), "a");
  EXPECT_EQ(agent.agent_index(), 0);
  EXPECT_THROW(engine->attach(agent, "b"), sim::InvalidParameter);
  AgentRecorder second(*engine, trace);
  engine->attach(second, "second");
  EXPECT_EQ(second.agent_index(), 1);
}

TEST(Engine, OneSimGridEnginePerProcess) {
  const auto child = simtest::run_in_child([] {
    auto first = sim::make_engine(EngineKind::simgrid);
    const double refused = throws_invalid([] { sim::make_engine(EngineKind::simgrid); });
    const double native_allowed = sim::make_engine(EngineKind::native) != nullptr ? 1 : 0;
    return Trace{refused, native_allowed, first->kind() == EngineKind::simgrid ? 1.0 : 0.0};
  });
  ASSERT_TRUE(child.ok) << child.failure;
  EXPECT_EQ(child.values, (Trace{1, 1, 1}));
}

TEST(Engine, ParsesEngineKinds) {
  EXPECT_EQ(sim::parse_engine_kind("native"), EngineKind::native);
  EXPECT_EQ(sim::parse_engine_kind("simgrid"), EngineKind::simgrid);
  EXPECT_EQ(sim::engine_kind_name(EngineKind::native), "native");
  EXPECT_EQ(sim::engine_kind_name(EngineKind::simgrid), "simgrid");
  try {
    sim::parse_engine_kind("foo");
    FAIL() << "no exception";
  } catch (const sim::InvalidParameter& e) {
    EXPECT_STREQ(e.what(), "engine: got 'foo', expected native or simgrid");
  }
}

}  // namespace

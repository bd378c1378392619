#include "sim/engine.hpp"

#include <string>

#include "sim/check.hpp"
#include "sim/native_engine.hpp"
#include "sim/simgrid_engine.hpp"

namespace sim {

EngineKind parse_engine_kind(std::string_view name) {
  if (name == "native") return EngineKind::native;
  if (name == "simgrid") return EngineKind::simgrid;
  throw InvalidParameter("engine: got '" + std::string(name) + "', expected native or simgrid");
}

std::string_view engine_kind_name(EngineKind kind) {
  return kind == EngineKind::native ? "native" : "simgrid";
}

void Engine::refuse_time(Time time) const {
  fail("event time", time, "a finite time not before now (" + format_number(now_) + ")");
}

void Engine::refuse_delay(Time delay) {
  fail("event delay", delay, "a finite delay >= 0");
}

void Engine::attach(Agent& agent, std::string name) {
  if (agent.agent_index_ >= 0) throw InvalidParameter("agent '" + name + "' is attached twice");
  agent.agent_name_ = std::move(name);
  agent.agent_index_ = agents_;
  on_attach(agent, agents_);
  ++agents_;
}

void prepare_engine(EngineKind kind) {
  if (kind == EngineKind::simgrid) load_simgrid_module();
}

std::unique_ptr<Engine> make_engine(EngineKind kind, const EngineOptions& options) {
  if (kind == EngineKind::simgrid) return make_simgrid_engine(options);
  return std::make_unique<NativeEngine>();
}

}  // namespace sim

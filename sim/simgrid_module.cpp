#include "sim/check.hpp"
#include "sim/module.hpp"
#include "sim/simgrid_engine.hpp"

namespace sim {
namespace {

using Create = Engine* (*)(const EngineOptions&);

Create simgrid_factory() {
  return reinterpret_cast<Create>(module_entry(kSimGridModule, "cjsim_create_simgrid_engine",
                                               SymbolScope::local, "engine simgrid"));
}

}  // namespace

void load_simgrid_module() {
  simgrid_factory();
}

std::unique_ptr<Engine> make_simgrid_engine(const EngineOptions& options) {
  std::unique_ptr<Engine> engine(simgrid_factory()(options));
  if (!engine) {
    throw InvalidParameter(
        "engine simgrid: another SimGrid engine is alive in this process (SimGrid runs one "
        "engine per process: run each simulation in its own process)");
  }
  return engine;
}

}  // namespace sim

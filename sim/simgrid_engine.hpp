// The SimGrid back end. Internal: models reach it through make_engine(). Its code is in a
// module of its own (simgrid_engine.cpp, built as libcjsim-simgrid.so), which this loads.
#pragma once

#include <memory>

#include "sim/engine.hpp"

namespace sim {

// The module's file name, in module_directory().
inline constexpr const char* kSimGridModule = "libcjsim-simgrid.so";

// Loads the module (once); throws ModuleError if it is missing.
void load_simgrid_module();

// Throws InvalidParameter if another SimGrid engine is alive in this process (SimGrid allows one
// engine at a time per process), ModuleError if the module is missing.
std::unique_ptr<Engine> make_simgrid_engine(const EngineOptions& options);

}  // namespace sim

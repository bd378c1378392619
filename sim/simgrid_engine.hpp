// The SimGrid back end (S4U). Internal: models reach it through make_engine().
#pragma once

#include <memory>

#include "sim/engine.hpp"

namespace sim {

// Throws InvalidParameter if another SimGrid engine is alive in this process (SimGrid allows one
// engine at a time per process).
std::unique_ptr<Engine> make_simgrid_engine(const EngineOptions& options);

}  // namespace sim

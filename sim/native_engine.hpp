// The native back end: a loop over the calendar. Agents are called like any other handler.
#pragma once

#include "sim/engine.hpp"

namespace sim {

class NativeEngine final : public Engine {
 public:
  EngineKind kind() const noexcept override { return EngineKind::native; }
  void run_until(Time horizon) override;

 private:
  void on_attach(Agent&, int) override {}
};

}  // namespace sim

#include "sim/native_engine.hpp"

#include <cmath>

namespace sim {

void NativeEngine::run_until(Time horizon) {
  stop_requested_ = false;
  Calendar::Due due{};
  while (!stop_requested_ && calendar_.pop_until(horizon, due)) {
    now_ = due.time;
    ++events_;
    due.handler->on_event(due.kind, due.arg);
  }
  if (!stop_requested_ && std::isfinite(horizon) && horizon > now_) now_ = horizon;
}

}  // namespace sim

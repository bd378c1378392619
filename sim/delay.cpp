#include "sim/delay.hpp"

#include <cmath>

#include "sim/check.hpp"

namespace sim {

EventId Delay::start(std::uint64_t tag, Time duration) {
  require(duration >= 0 && std::isfinite(duration), "delay duration", duration,
          "a finite time >= 0");
  inside_.add(engine_.now(), 1);
  return engine_.at(engine_.now() + duration, *this, 0, tag);
}

bool Delay::cancel(EventId id) {
  // Only this delay's own jobs: another handler's event is not ours to end.
  if (engine_.handler_of(id) != this || !engine_.cancel(id)) return false;
  inside_.add(engine_.now(), -1);
  return true;
}

void Delay::on_event(std::uint32_t, std::uint64_t tag) {
  inside_.add(engine_.now(), -1);
  client_.on_delay_end(tag);
}

}  // namespace sim

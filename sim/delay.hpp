// An infinite-server delay: every job is "in service" from its start for its own duration, with
// no queue (M/M/infinity when durations are exponential). It counts who is inside, over time.
#pragma once

#include <cstdint>

#include "sim/engine.hpp"
#include "sim/statistics.hpp"

namespace sim {

class DelayClient {
 public:
  virtual void on_delay_end(std::uint64_t tag) = 0;

 protected:
  DelayClient() = default;
  DelayClient(const DelayClient&) = default;
  DelayClient& operator=(const DelayClient&) = default;
  ~DelayClient() = default;
};

class Delay final : public Handler {
 public:
  Delay(Engine& engine, DelayClient& client)
      : engine_(engine), client_(client), inside_(engine.now()) {}
  Delay(const Delay&) = delete;
  Delay& operator=(const Delay&) = delete;

  // The job `tag` leaves after `duration` (finite, >= 0), unless cancelled first.
  EventId start(std::uint64_t tag, Time duration);
  // Ends a job early without telling the client; false if it had already ended or is not one
  // of this delay's jobs.
  bool cancel(EventId id);

  const TimeWeighted& inside() const noexcept { return inside_; }
  void on_event(std::uint32_t kind, std::uint64_t arg) override;

 private:
  Engine& engine_;
  DelayClient& client_;
  TimeWeighted inside_;
};

}  // namespace sim

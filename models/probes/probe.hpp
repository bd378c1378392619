// A probe measures one thing about a run: it hears the model's reports as an Observer, keeps its
// own counters, declares its series on the run's period clock and adds its KPIs to the summary
// at the end. It is built from the clock and the scenario, and says in kSubscription which
// reports it takes; only those are delivered to it (at compile time: see probe_list.hpp).
//
// To add a measure: a final class deriving from Probe in its own file here (constructor: declare
// the series; on_*: count; report: the KPIs), and its name in the list in probe_set.cpp.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "models/parameters/scenario.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/summary.hpp"
#include "models/records/observer.hpp"

namespace cj {

struct Subscription {
  std::uint32_t events = 0;  // on_event, for the events whose bits are set (events_of)
  bool stages = false;       // on_stage
  bool closed = false;       // on_closed
  bool open_at_horizon = false;
  bool court_days = false;
  bool costs = false;
  bool work_days = false;

  constexpr bool hears(CaseEvent e) const { return (events >> static_cast<unsigned>(e)) & 1u; }
};
static_assert(kCaseEvents <= 32, "Subscription::events holds one bit per event");

constexpr std::uint32_t events_of(std::initializer_list<CaseEvent> events) {
  std::uint32_t bits = 0;
  for (const CaseEvent e : events) bits |= 1u << static_cast<unsigned>(e);
  return bits;
}

class Probe : public Observer {
 public:
  // The probe's KPIs, once the run has ended.
  virtual void report(Summary& /*summary*/) const {}
};

}  // namespace cj

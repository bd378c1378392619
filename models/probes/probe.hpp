// A probe measures one thing about a run: it hears the model's reports as an Observer, keeps its
// own counters, declares its series on the run's period clock and adds its KPIs to the summary
// at the end. Only the reports it subscribes to are delivered to it.
//
// To add a measure: a probe in its own file here (constructor: declare the series; on_*: count;
// report: the KPIs), and one line registering it in probe_set.cpp.
#pragma once

#include <bitset>
#include <initializer_list>

#include "models/probes/summary.hpp"
#include "models/records/observer.hpp"

namespace cj {

struct Subscription {
  std::bitset<kCaseEvents> events{};  // on_event, for these events only
  bool stages = false;                // on_stage
  bool closed = false;                // on_closed
  bool open_at_horizon = false;
  bool court_days = false;
  bool costs = false;
};

inline std::bitset<kCaseEvents> events_of(std::initializer_list<CaseEvent> events) {
  std::bitset<kCaseEvents> set;
  for (const CaseEvent e : events) set.set(static_cast<std::size_t>(e));
  return set;
}

class Probe : public Observer {
 public:
  virtual Subscription subscription() const = 0;
  // The probe's KPIs, once the run has ended.
  virtual void report(Summary& /*summary*/) const {}
};

}  // namespace cj

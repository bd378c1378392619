// How the model tells the world what happens: one interface, implemented by the probes that
// make time series and KPIs (models/probes) and by the trace writers in output/. The model never
// knows where its reports go.
#pragma once

#include <cstdint>

#include "models/records/case.hpp"

namespace cj {

class Observer {
 public:
  virtual ~Observer() = default;
  // A state change of a case at `time` (the record is already updated).
  virtual void on_event(const CaseRecord& /*c*/, CaseEvent /*event*/, double /*time*/) {}
  // A case entered `to` from `from` (Stage::closed as `from`: a new case; as `to`: it ended).
  virtual void on_stage(const CaseRecord& /*c*/, Stage /*from*/, Stage /*to*/, double /*time*/) {}
  // A case ended: its outcome and end date are set. Called once per case.
  virtual void on_closed(const CaseRecord& /*c*/) {}
  // A case still open when the run stops at its horizon. Called once per such case.
  virtual void on_open_at_horizon(const CaseRecord& /*c*/) {}
  // Court time offered and used on one sitting day (magistrates': minutes; Crown: sitting days).
  virtual void on_court_day(Court /*court*/, int /*index*/, double /*day*/, double /*available*/,
                            double /*used*/) {}
  // A cost incurred at `time` (in the scenario's currency).
  virtual void on_cost(double /*time*/, double /*amount*/) {}
};

}  // namespace cj

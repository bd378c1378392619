// How the model tells the world what happens: one interface, implemented by the probes that
// make time series and KPIs (models/probes) and by the trace writers in output/. The model never
// knows where its reports go.
#pragma once

#include <cstdint>

#include "models/records/case.hpp"

namespace cj {

// One day's work of a staff team whose hours bind (a police investigation team, a CPS unit).
// A job is one activity of one case (an investigation's work, a triage, a decision, advice).
struct WorkDay {
  double hours_offered = 0;     // the team's productive hours that day
  double hours_worked = 0;      // of those, spent on jobs (the rest had no work)
  double eia_hours = 0;         // hours of early investigative advice in the jobs done that day
  double in_work = 0;           // jobs queued or in progress at the end of the day
  double job_days = 0;          // jobs in work, integrated over the day
  double jobs_left = 0;         // jobs that left that day: done, or their case closed
  double days_in_work = 0;      // the time those jobs spent in work, summed
  double eia_jobs_left = 0;     // of the jobs that left, EIA consultations or actions
  double eia_days_in_work = 0;  // the time those spent in work, summed
};

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
  // A day's work of staff team `team` (police teams first, then CPS teams, in scenario order),
  // the day starting at `day`.
  virtual void on_work_day(int /*team*/, double /*day*/, const WorkDay& /*work*/) {}
  // A cost incurred at `time` (in the scenario's currency).
  virtual void on_cost(double /*time*/, double /*amount*/) {}
};

}  // namespace cj

// The run's probes behind one Observer: the model reports once, the clock advances, and each
// report goes to the probes that subscribed to it. finish() ends the last period and gathers
// every probe's series and KPIs. The probes are listed in one place (probe_set.cpp); their order
// is the order their series are written, and within a section of the summary their KPIs.
#pragma once

#include <memory>

#include "models/parameters/scenario.hpp"
#include "models/probes/period_clock.hpp"
#include "models/records/named_values.hpp"
#include "models/records/observer.hpp"

namespace cj {

class ProbeSet final : public Observer {
 public:
  explicit ProbeSet(const Scenario& scenario);
  ~ProbeSet() override;

  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override;
  void on_closed(const CaseRecord& c) override;
  void on_open_at_horizon(const CaseRecord& c) override;
  void on_court_day(Court court, int index, double day, double available, double used) override;
  void on_work_day(int team, double day, const WorkDay& work) override;
  void on_cost(double time, double amount) override;

  // Once, at the horizon.
  RunMetrics finish();

 private:
  struct Probes;  // the list of probes (probe_set.cpp)
  double horizon_days_;
  PeriodClock clock_;
  std::unique_ptr<Probes> probes_;
};

}  // namespace cj

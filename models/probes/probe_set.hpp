// The run's probes behind one Observer: the model reports once, the clock advances, and each
// report goes to the probes that subscribed to it. finish() ends the last period and gathers
// every probe's series and KPIs. The probes are built and registered in one place
// (probe_set.cpp); their order is the order their series and KPIs are written.
#pragma once

#include <array>
#include <memory>
#include <utility>
#include <vector>

#include "models/parameters/scenario.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"
#include "models/records/named_values.hpp"

namespace cj {

class ProbeSet final : public Observer {
 public:
  explicit ProbeSet(const Scenario& scenario);

  void on_event(const CaseRecord& c, CaseEvent event, double time) override {
    clock_.advance_to(time);
    for (Probe* p : on_event_[static_cast<std::size_t>(event)]) p->on_event(c, event, time);
  }
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override {
    clock_.advance_to(time);
    for (Probe* p : on_stage_) p->on_stage(c, from, to, time);
  }
  void on_closed(const CaseRecord& c) override {
    clock_.advance_to(c.end);
    for (Probe* p : on_closed_) p->on_closed(c);
  }
  void on_open_at_horizon(const CaseRecord& c) override {
    for (Probe* p : on_open_at_horizon_) p->on_open_at_horizon(c);
  }
  void on_court_day(Court court, int index, double day, double available, double used) override {
    clock_.advance_to(day);
    for (Probe* p : on_court_day_) p->on_court_day(court, index, day, available, used);
  }
  void on_cost(double time, double amount) override {
    clock_.advance_to(time);
    for (Probe* p : on_cost_) p->on_cost(time, amount);
  }

  // Once, at the horizon.
  RunMetrics finish();

 private:
  template <class P, class... Args>
  P& add(Args&&... args);

  double horizon_days_;
  PeriodClock clock_;
  std::vector<std::unique_ptr<Probe>> probes_;
  std::array<std::vector<Probe*>, kCaseEvents> on_event_;
  std::vector<Probe*> on_stage_, on_closed_, on_open_at_horizon_, on_court_day_, on_cost_;
};

}  // namespace cj

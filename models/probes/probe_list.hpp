// The probes of a run, of the types listed: built in list order (so their series are declared in
// that order) from the clock and the scenario, each report delivered to the probes whose
// kSubscription asks for it. The types are known here, so delivery is a direct call per probe
// that listens, decided at compile time: no list walked and no virtual call per report.
#pragma once

#include <memory>
#include <tuple>
#include <utility>

#include "models/parameters/scenario.hpp"
#include "models/probes/period_clock.hpp"
#include "models/probes/probe.hpp"

namespace cj {

template <class... Probes>
class ProbeList {
 public:
  ProbeList(PeriodClock& clock, const Scenario& scenario) {
    ((std::get<std::unique_ptr<Probes>>(probes_) = std::make_unique<Probes>(clock, scenario)), ...);
  }

  void on_event(const CaseRecord& c, CaseEvent event, double time) {
    // Most events interest no probe (a hearing listed, a case closed): one test for those.
    constexpr Subscription any{.events = (Probes::kSubscription.events | ...)};
    if (!any.hears(event)) return;
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.events != 0) {
        if (P::kSubscription.hears(event)) p.on_event(c, event, time);
      }
    });
  }
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.stages) p.on_stage(c, from, to, time);
    });
  }
  void on_closed(const CaseRecord& c) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.closed) p.on_closed(c);
    });
  }
  void on_open_at_horizon(const CaseRecord& c) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.open_at_horizon) p.on_open_at_horizon(c);
    });
  }
  void on_court_day(Court court, int index, double day, double available, double used) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.court_days) p.on_court_day(court, index, day, available, used);
    });
  }
  void on_work_day(int team, double day, const WorkDay& work) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.work_days) p.on_work_day(team, day, work);
    });
  }
  void on_cost(double time, double amount) {
    each([&]<class P>(P& p) {
      if constexpr (P::kSubscription.costs) p.on_cost(time, amount);
    });
  }
  void report(Summary& summary) const {
    (std::get<std::unique_ptr<Probes>>(probes_)->report(summary), ...);
  }

 private:
  // Calls deliver(probe) for each probe, in list order.
  template <class Deliver>
  void each(Deliver deliver) {
    (deliver(*std::get<std::unique_ptr<Probes>>(probes_)), ...);
  }

  std::tuple<std::unique_ptr<Probes>...> probes_;
};

}  // namespace cj

#include "models/probes/probe_set.hpp"

#include "models/probes/costs.hpp"
#include "models/probes/court_time.hpp"
#include "models/probes/courts.hpp"
#include "models/probes/crown_centres.hpp"
#include "models/probes/custody_time_limits.hpp"
#include "models/probes/da_fast_listing.hpp"
#include "models/probes/first_hearing_pleas.hpp"
#include "models/probes/flow.hpp"
#include "models/probes/outcome_rates.hpp"
#include "models/probes/pre_charge.hpp"
#include "models/probes/timeliness.hpp"
#include "models/probes/triage.hpp"

namespace cj {

template <class P, class... Args>
P& ProbeSet::add(Args&&... args) {
  auto probe = std::make_unique<P>(std::forward<Args>(args)...);
  P& added = *probe;
  const Subscription s = added.subscription();
  for (std::size_t e = 0; e < on_event_.size(); ++e) {
    if (s.events.test(e)) on_event_[e].push_back(&added);
  }
  if (s.stages) on_stage_.push_back(&added);
  if (s.closed) on_closed_.push_back(&added);
  if (s.open_at_horizon) on_open_at_horizon_.push_back(&added);
  if (s.court_days) on_court_day_.push_back(&added);
  if (s.costs) on_cost_.push_back(&added);
  probes_.push_back(std::move(probe));
  return added;
}

// Every probe of a run. The order is the order series are written in, and within a section of
// the summary the order KPIs are written in.
ProbeSet::ProbeSet(const Scenario& scenario)
    : horizon_days_(scenario.horizon_days),
      clock_(scenario.outputs.period_days, scenario.horizon_days) {
  const std::size_t groups = scenario.offences.size();
  add<FlowProbe>(clock_);
  add<CrownCentresProbe>(clock_, scenario);
  add<CourtTimeProbe>(clock_, scenario);
  add<TimelinessProbe>(groups);
  const auto& pre_charge = add<PreChargeProbe>(groups, scenario.horizon_days);
  add<TriageProbe>();
  add<OutcomeRatesProbe>(groups, pre_charge);
  add<FirstHearingPleasProbe>(groups);
  add<CourtsProbe>(clock_);
  add<CustodyTimeLimitsProbe>();
  add<DaFastListingProbe>(scenario.magistrates.da_fast_listing.target_days);
  add<CostsProbe>(clock_);
}

RunMetrics ProbeSet::finish() {
  RunMetrics m;
  m.series = clock_.finish(horizon_days_);
  m.period_start = clock_.period_starts();
  m.period_days = clock_.period_days();
  Summary summary;
  for (const auto& p : probes_) p->report(summary);
  m.kpis = summary.kpis();
  m.kpis_by_group = summary.kpis_by_group();
  return m;
}

}  // namespace cj

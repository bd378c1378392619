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
#include "models/probes/probe_list.hpp"
#include "models/probes/timeliness.hpp"
#include "models/probes/triage.hpp"
#include "models/probes/trial_waits.hpp"
#include "models/probes/workload.hpp"

namespace cj {

// Every probe of a run. The order is the order series are written in, and within a section of
// the summary the order KPIs are written in.
struct ProbeSet::Probes
    : ProbeList<FlowProbe, CrownCentresProbe, CourtTimeProbe, TimelinessProbe, TrialWaitsProbe,
                PreChargeProbe, TriageProbe, OutcomeRatesProbe, FirstHearingPleasProbe, CourtsProbe,
                CustodyTimeLimitsProbe, DaFastListingProbe, CostsProbe, WorkloadProbe> {
  using ProbeList::ProbeList;
};

ProbeSet::ProbeSet(const Scenario& scenario)
    : horizon_days_(scenario.horizon_days),
      clock_(scenario.outputs.period_days, scenario.horizon_days),
      probes_(std::make_unique<Probes>(clock_, scenario)) {}

ProbeSet::~ProbeSet() = default;

void ProbeSet::on_event(const CaseRecord& c, CaseEvent event, double time) {
  clock_.advance_to(time);
  probes_->on_event(c, event, time);
}

void ProbeSet::on_stage(const CaseRecord& c, Stage from, Stage to, double time) {
  clock_.advance_to(time);
  probes_->on_stage(c, from, to, time);
}

void ProbeSet::on_closed(const CaseRecord& c) {
  clock_.advance_to(c.end);
  probes_->on_closed(c);
}

void ProbeSet::on_open_at_horizon(const CaseRecord& c) {
  probes_->on_open_at_horizon(c);
}

void ProbeSet::on_court_day(Court court, int index, double day, double available, double used) {
  clock_.advance_to(day);
  probes_->on_court_day(court, index, day, available, used);
}

void ProbeSet::on_work_day(int team, double day, const WorkDay& work) {
  clock_.advance_to(day);
  probes_->on_work_day(team, day, work);
}

void ProbeSet::on_cost(double time, double amount) {
  clock_.advance_to(time);
  probes_->on_cost(time, amount);
}

RunMetrics ProbeSet::finish() {
  RunMetrics m;
  m.series = clock_.finish(horizon_days_);
  m.period_start = clock_.period_starts();
  m.period_days = clock_.period_days();
  Summary summary;
  probes_->report(summary);
  m.kpis = summary.kpis();
  m.kpis_by_group = summary.kpis_by_group();
  return m;
}

}  // namespace cj

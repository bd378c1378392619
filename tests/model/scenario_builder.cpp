#include "tests/model/scenario_builder.hpp"

namespace cjtest {

using cj::Distribution;

cj::Scenario small_scenario() {
  cj::Scenario s;
  s.name = "small";
  s.start = cj::Date{2026, 4, 1};
  s.horizon_days = 730;
  s.replications = 1;
  s.seed = 42;
  s.outputs.period_days = 7;

  cj::OffenceGroup da;
  da.name = "assault_da";
  da.reports_per_year = 3000;
  da.seasonality.fill(1.0);
  da.domestic_abuse_share = 1.0;
  da.victim_share = 1.0;
  da.mode = {0.6, 0.4, 0.0};
  da.custody_share = 0.1;
  cj::OffenceGroup rape;
  rape.name = "rape";
  rape.reports_per_year = 400;
  rape.seasonality.fill(1.0);
  rape.victim_share = 1.0;
  rape.mode = {0, 0, 1};
  rape.custody_share = 0.3;
  s.offences = {da, rape};

  cj::InvestigationGroup inv_da{Distribution::lognormal_median_p90(30, 120), {0.5, 0.45, 0.05}};
  cj::InvestigationGroup inv_rape{Distribution::lognormal_median_p90(150, 500), {0.4, 0.6, 0.0}};
  s.investigation.groups = {inv_da, inv_rape};

  cj::ChargingGroup chg;
  chg.police_charge_share = 0.3;
  chg.triage_days = Distribution::exponential(3);
  chg.accept_first = 0.9;
  chg.accept_resubmission = 0.9;
  chg.rework_days = Distribution::exponential(30);
  chg.decision_days = Distribution::exponential(20);
  chg.decision = {0.7, 0.25, 0.05};
  cj::ChargingGroup chg_rape = chg;
  chg_rape.police_charge_share = 0;
  chg_rape.decision = {0.6, 0.4, 0.0};
  chg_rape.decision_days = Distribution::exponential(60);
  s.charging.groups = {chg, chg_rape};
  s.charging.eia.applies_to = {1};
  s.charging.eia.uptake = 0.3;
  s.charging.eia.charge_change = 0.1;
  s.charging.eia.decision_days_scale = 0.6;

  cj::MagistratesCourt court;
  court.name = "city";
  court.share = 1.0;
  court.hearing_sessions = cj::DatedSteps::constant(2);
  court.trial_sessions = cj::DatedSteps::constant(1.5);
  s.magistrates.courts = {court};
  cj::MagistratesGroup mg;
  mg.guilty_plea_summary = 0.6;
  mg.guilty_plea_either_way = 0.5;
  mg.either_way_retained = 0.7;
  mg.trial_minutes = 120;
  mg.trial.effective = 0.45;
  mg.trial.cracked = 0.35;
  mg.trial.ineffective = 0.2;
  mg.trial.conviction = 0.6;
  s.magistrates.groups = {mg, mg};
  s.magistrates.session_minutes = 180;
  s.magistrates.adjournment = 0.1;
  s.magistrates.sentence_after_reports = 0.2;

  cj::CrownCentre centre;
  centre.name = "central";
  centre.share = 1.0;
  centre.rooms = cj::DatedSteps::constant(3);
  s.crown.centres = {centre};
  cj::CrownGroup cg;
  cg.guilty_plea_ptph = 0.3;
  cg.trial_days = Distribution::lognormal_median_p90(3, 8);
  cg.trial.effective = 0.5;
  cg.trial.cracked = 0.3;
  cg.trial.ineffective = 0.2;
  cg.trial.conviction = 0.55;
  s.crown.groups = {cg, cg};

  cj::AttritionGroup ag;
  ag.pre_charge_days = Distribution::weibull(0.8, 600);
  ag.post_charge_days = Distribution::weibull(0.8, 900);
  ag.support_share = 0.5;
  s.attrition.groups = {ag, ag};
  s.attrition.support_hazard_ratio = 0.6;

  s.initial_state.investigation = {400, Distribution::exponential(40), {}};
  s.initial_state.awaiting_charge = {50, Distribution::exponential(20), {}};
  s.initial_state.magistrates = {150, Distribution::exponential(60), {}};
  s.initial_state.crown = {60, Distribution::exponential(120), {}};
  return s;
}

}  // namespace cjtest

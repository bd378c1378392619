// Capacity that binds: police and CPS hours, custody first, custody time limits, costs that add
// up.
#include <gtest/gtest.h>

#include <cmath>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

TEST(Capacity, FewerInvestigatorsLeaveMoreInvestigationsOpen) {
  cj::Scenario ample = cjtest::small_scenario();
  cj::PoliceTeam team;
  team.name = "all";
  team.fte = cj::DatedSteps::constant(500);
  team.investigation_hours = 20;
  ample.investigation.teams = {team};
  cj::Scenario few = ample;
  few.investigation.teams[0].fte = cj::DatedSteps::constant(40);
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const auto a = cj::run_model(ample, cjtest::run_options(seed));
    const auto b = cj::run_model(few, cjtest::run_options(seed));
    // 3,400 reports a year of 20 hours each need 68,000 hours; 40 investigators give 56,000: a
    // backlog of about 600 reports a year.
    EXPECT_GT(kpi(b.metrics, "investigations_open_at_horizon"),
              kpi(a.metrics, "investigations_open_at_horizon") + 200);
  }
}

TEST(Capacity, FewerLawyersMakeChargingSlower) {
  cj::Scenario ample = cjtest::small_scenario();
  cj::CpsTeam team;
  team.name = "all";
  team.fte = cj::DatedSteps::constant(30);
  team.triage_hours = 0.5;
  team.decision_hours = 3;
  ample.charging.teams = {team};
  cj::Scenario few = ample;
  // About 1,000 files a year (triage and decision) need ~3,700 hours; two lawyers give 2,800.
  few.charging.teams[0].fte = cj::DatedSteps::constant(2);
  const auto a = cj::run_model(ample, cjtest::run_options(4));
  const auto b = cj::run_model(few, cjtest::run_options(4));
  // The shortfall of ~900 hours a year leaves ~250 more files a year waiting.
  EXPECT_GT(kpi(b.metrics, "awaiting_charge_open_at_horizon"),
            kpi(a.metrics, "awaiting_charge_open_at_horizon") + 200);
}

// Mean days from the PTPH to the first trial listing in the Crown Court, for cases sent in the
// first year; a case still waiting at the horizon counts its wait so far (the longest waiters
// must not drop out of the average just because their trial has not come).
double wait_for_trial(const cjtest::CaseLog& log, bool custody, double horizon) {
  double n = 0, sum = 0;
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      if (c.custody != custody || c.from_stock || std::isnan(c.ptph)) continue;
      if (c.sent_to_crown > 365 || c.committed_for_sentence) continue;
      const bool waiting = c.outcome == cj::Outcome::open && c.stage == cj::Stage::crown;
      if (std::isnan(c.trial_dates[0]) && !waiting) continue;  // ended before a trial was due
      n += 1;
      sum += (std::isnan(c.trial_dates[0]) ? horizon : c.trial_dates[0]) - c.ptph;
    }
  }
  return n > 0 ? sum / n : NAN;
}

TEST(Capacity, CustodyCasesAreTriedFirstWhenRoomsAreShort) {
  cj::Scenario s = cjtest::small_scenario();
  s.crown.centres[0].rooms = cj::DatedSteps::constant(2);
  s.crown.listing.custody_share = 0.5;  // one of the two rooms is kept for custody trials
  s.offences[1].reports_per_year = 1200;
  s.initial_state.crown.count = 0;
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(5), &log);
  const double custody = wait_for_trial(log, true, s.horizon_days);
  const double bail = wait_for_trial(log, false, s.horizon_days);
  // Rooms take custody cases first: beyond the time each needs to prepare, their wait for a room
  // is a fraction of the others'.
  const double custody_wait = custody - s.crown.custody_preparation_days;
  const double bail_wait = bail - s.crown.trial_preparation_days;
  EXPECT_LT(3 * custody_wait, bail_wait) << "custody " << custody << " bail " << bail;
}

TEST(Capacity, CustodyTimeLimitBreachesAppearOnlyWhenTrialsWait) {
  cj::Scenario tight = cjtest::small_scenario();
  tight.crown.centres[0].rooms = cj::DatedSteps::constant(1);
  tight.offences[1].reports_per_year = 4000;  // far more trials than one room can hear
  tight.offences[1].custody_share = 1.0;
  // Every listed trial goes ahead or cracks: breaches then come from waiting for a room only,
  // not from ineffective trials relisted again and again.
  for (auto& g : tight.crown.groups) {
    g.trial.effective += g.trial.ineffective;
    g.trial.ineffective = 0;
  }
  cj::Scenario ample = tight;
  ample.crown.centres[0].rooms = cj::DatedSteps::constant(30);
  ample.initial_state.crown.count = 0;
  tight.initial_state.crown.count = 0;
  const auto a = cj::run_model(ample, cjtest::run_options(6));
  const auto t = cj::run_model(tight, cjtest::run_options(6));
  EXPECT_EQ(kpi(a.metrics, "custody_time_limit_breaches"), 0);
  EXPECT_GT(kpi(t.metrics, "custody_time_limit_breaches"), 20);
}

TEST(Costs, DirectCostsByOutcomeAndCapacityCostsAddUpToTheTotal) {
  cj::Scenario s = cjtest::small_scenario();
  s.costs = cj::Costs{900, 250, 60, 1200, 2800, 350, 1500, 700, 6000};
  const auto r = cj::run_model(s, cjtest::run_options(7));
  double parts = kpi(r.metrics, "capacity_cost");
  for (int o = 0; o < cj::kOutcomes; ++o) {
    parts +=
        kpi(r.metrics, std::string("direct_cost_") + cj::outcome_name(static_cast<cj::Outcome>(o)));
  }
  const double total = kpi(r.metrics, "total_cost");
  EXPECT_GT(total, 0);
  EXPECT_NEAR(parts, total, 1e-6 * total);
  EXPECT_GT(kpi(r.metrics, "direct_cost_victim_withdrawn_pre_charge"), 0);
  // Capacity costs: every session and sitting day offered, whatever is done in them.
  EXPECT_GT(kpi(r.metrics, "capacity_cost"), 0);
}

}  // namespace

// Police and CPS teams whose hours bind (Workforce): work stops while a team has no hours and
// resumes after; Little's law on every team's jobs in work; early investigative advice with
// ample staff gives the result of the same parameters without teams; advice beyond the CPS's
// capacity queues and delays charges rather than adding any.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

constexpr int kRape = 1;  // the small scenario's second group

double group_kpi(const cj::RunMetrics& m, const std::string& name, int group) {
  for (const auto& k : m.kpis_by_group) {
    if (k.name == name) return k.values.at(static_cast<std::size_t>(group));
  }
  throw std::runtime_error("no KPI by group " + name);
}

const std::vector<double>& series(const cj::RunMetrics& m, const std::string& name) {
  for (const auto& s : m.series) {
    if (s.name == name) return s.values;
  }
  throw std::runtime_error("no series " + name);
}

cj::PoliceTeam police(std::string name, std::vector<int> serves, double fte) {
  cj::PoliceTeam t;
  t.name = std::move(name);
  t.serves = std::move(serves);
  t.fte = cj::DatedSteps::constant(fte);
  t.investigation_hours = 20;
  t.file_build_hours = 8;
  t.rework_hours = 4;
  t.eia_action_hours = 6;
  return t;
}

cj::CpsTeam cps(std::string name, std::vector<int> serves, cj::DatedSteps fte) {
  cj::CpsTeam t;
  t.name = std::move(name);
  t.serves = std::move(serves);
  t.fte = std::move(fte);
  t.triage_hours = 0.5;
  t.decision_hours = 3;
  t.eia_consultation_hours = 6;
  return t;
}

// Mean and standard error of the mean of values over seeds.
struct Sample {
  double mean = 0;
  double se = 0;
};
Sample sample(const std::vector<double>& x) {
  double m = 0;
  for (double v : x) m += v;
  m /= static_cast<double>(x.size());
  double ss = 0;
  for (double v : x) ss += (v - m) * (v - m);
  const double n = static_cast<double>(x.size());
  return {m, std::sqrt(ss / (n - 1) / n)};
}

TEST(Workload, ZeroCapacityForAPeriodStopsThatWorkAndItResumesAfter) {
  cj::Scenario s = cjtest::small_scenario();
  // The CPS team is away from day 183 (1 Oct 2026) to day 275 (1 Jan 2027).
  cj::DatedSteps fte;
  fte.steps = {{cj::Date{2026, 4, 1}, 6}, {cj::Date{2026, 10, 1}, 0}, {cj::Date{2027, 1, 1}, 6}};
  s.charging.teams = {cps("charging", {}, fte)};
  const auto r = cj::run_model(s, cjtest::run_options(11));
  const auto& worked = series(r.metrics, "cps_charging_hours_worked");
  const auto& offered = series(r.metrics, "cps_charging_hours_offered");
  const auto& in_work = series(r.metrics, "cps_charging_in_work");
  const auto& starts = r.metrics.period_start;
  double before = 0, during_end = 0, after_hours = 0;
  for (std::size_t p = 0; p + 1 < starts.size(); ++p) {
    const double from = starts[p], to = starts[p + 1];
    if (from >= 183 && to <= 275) {
      EXPECT_EQ(worked[p], 0) << "week from day " << from;
      EXPECT_EQ(offered[p], 0) << "week from day " << from;
    }
    if (from <= 183 && to > 183) before = in_work[p];
    if (from <= 275 && to > 275) during_end = in_work[p];
    if (from >= 275 && to <= 365) after_hours += worked[p];
  }
  // Files pile up while nobody works (about 25 a week arrive) and are worked off after.
  EXPECT_GT(during_end, before + 200);
  EXPECT_GT(after_hours, 0);
  EXPECT_LT(in_work[starts.size() - 2], before + 50);
}

TEST(Workload, LittlesLawHoldsOnEveryTeamsJobsInWork) {
  cj::Scenario s = cjtest::small_scenario();
  s.investigation.teams = {police("da", {0}, 45), police("rasso", {kRape}, 12)};
  s.charging.teams = {cps("charging", {}, cj::DatedSteps::constant(4))};
  const auto r = cj::run_model(s, cjtest::run_options(12));
  for (const std::string team : {"police_da", "police_rasso", "cps_charging"}) {
    const double in_work = kpi(r.metrics, team + "_mean_in_work");
    const double rate = kpi(r.metrics, team + "_jobs_per_day");
    const double days = kpi(r.metrics, team + "_mean_days_in_work");
    const double utilisation = kpi(r.metrics, team + "_utilisation");
    EXPECT_GT(utilisation, 0.3) << team;  // loaded enough for queues to form
    EXPECT_LT(utilisation, 1.0) << team;
    // L = lambda W; the jobs still in work at the horizon are in L but not yet in W: at most
    // their number times the longest they can have waited, over the run.
    const double open = kpi(r.metrics, team + "_in_work_at_horizon");
    const double censored = open * 5 * days / s.horizon_days;
    EXPECT_NEAR(in_work, rate * days, 0.02 * in_work + censored) << team;
  }
}

// Each run's charges of rape, rape CPS charge rate and median days from report to charge.
struct Result {
  double charged = 0;
  double cps_charge_rate = 0;
  double report_to_charge = 0;
  double advice_wait = NAN;
};
Result run(const cj::Scenario& s, std::uint64_t seed, const std::string& cps_team = "") {
  const auto r = cj::run_model(s, cjtest::run_options(seed));
  Result out{group_kpi(r.metrics, "charged", kRape), group_kpi(r.metrics, "cps_charge_rate", kRape),
             group_kpi(r.metrics, "median_days_report_to_charge", kRape)};
  if (!cps_team.empty()) out.advice_wait = kpi(r.metrics, cps_team + "_eia_advice_wait_days");
  return out;
}

cj::Scenario eia_scenario() {
  cj::Scenario s = cjtest::small_scenario();
  s.charging.eia.uptake = 0.6;
  s.charging.eia.accept_first_change = 0.05;
  s.charging.eia.investigation_days_scale = 0.85;
  s.charging.eia.file_for_charging_change = 0.05;
  s.charging.eia.withdrawal_hazard_ratio = 0.9;
  s.charging.eia.consultation_at = 0.3;
  return s;
}

TEST(Workload, EiaWithAmpleStaffGivesTheResultWithoutTeams) {
  const cj::Scenario without = eia_scenario();
  cj::Scenario ample = without;
  ample.investigation.teams = {police("all", {}, 5000)};
  ample.charging.teams = {cps("all", {}, cj::DatedSteps::constant(5000))};
  std::vector<double> a_charged, b_charged, a_rate, b_rate, a_days, b_days, waits;
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    const Result a = run(without, seed);
    const Result b = run(ample, seed, "cps_all");
    a_charged.push_back(a.charged);
    b_charged.push_back(b.charged);
    a_rate.push_back(a.cps_charge_rate);
    b_rate.push_back(b.cps_charge_rate);
    a_days.push_back(a.report_to_charge);
    b_days.push_back(b.report_to_charge);
    waits.push_back(b.advice_wait);
  }
  // Within the sampling error of the runs without teams (3 standard errors of their mean).
  const auto same = [](const std::vector<double>& a, const std::vector<double>& b,
                       const char* what) {
    const Sample x = sample(a), y = sample(b);
    EXPECT_NEAR(y.mean, x.mean, 3 * x.se) << what;
  };
  same(a_charged, b_charged, "rape charged");
  same(a_rate, b_rate, "rape CPS charge rate");
  same(a_days, b_days, "rape median days report to charge");
  EXPECT_LT(sample(waits).mean, 0.01);  // advice comes at once
}

TEST(Workload, EiaBeyondCpsCapacityQueuesForAdviceAndDelaysCharges) {
  cj::Scenario ample = eia_scenario();
  ample.charging.eia.uptake = 1.0;
  ample.charging.teams = {cps("rasso", {kRape}, cj::DatedSteps::constant(30)),
                          cps("charging", {}, cj::DatedSteps::constant(30))};
  ample.charging.teams[0].eia_consultation_hours = 12;
  ample.charging.teams[0].decision_hours = 10;
  cj::Scenario short_staffed = ample;
  // 400 rape reports a year need ~4,800 hours of advice and ~1,600 of decisions; two lawyers
  // give 2,800.
  short_staffed.charging.teams[0].fte = cj::DatedSteps::constant(2);
  std::vector<double> charged_ample, charged_short, days_ample, days_short;
  for (std::uint64_t seed = 21; seed <= 24; ++seed) {
    const Result a = run(ample, seed, "cps_rasso");
    const Result b = run(short_staffed, seed, "cps_rasso");
    EXPECT_LT(a.advice_wait, 1);
    EXPECT_GT(b.advice_wait, 60);  // a queue for advice, reported
    charged_ample.push_back(a.charged);
    charged_short.push_back(b.charged);
    days_ample.push_back(a.report_to_charge);
    days_short.push_back(b.report_to_charge);
  }
  // Charges come later, and fewer within the horizon: advice that waits is not free.
  EXPECT_GT(sample(days_short).mean, sample(days_ample).mean + 30);
  EXPECT_LT(sample(charged_short).mean, sample(charged_ample).mean);
}

// Every case's record and every KPI and series not about teams, as bits.
std::vector<std::uint64_t> case_fingerprint(const cj::Scenario& s) {
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(31), &log);
  std::vector<double> v;
  for (const auto& k : r.metrics.kpis) {
    if (k.name.rfind("police_", 0) != 0 && k.name.rfind("cps_", 0) != 0) v.push_back(k.value);
  }
  for (const auto& k : r.metrics.kpis_by_group) v.insert(v.end(), k.values.begin(), k.values.end());
  for (const auto& se : r.metrics.series) {
    if (se.name.rfind("police_", 0) != 0 && se.name.rfind("cps_", 0) != 0) {
      v.insert(v.end(), se.values.begin(), se.values.end());
    }
  }
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      v.insert(v.end(), {static_cast<double>(c.id), c.report, c.file_submitted, c.charge,
                         c.first_hearing, c.end, static_cast<double>(c.outcome),
                         static_cast<double>(c.submissions), static_cast<double>(c.direct_cost)});
    }
  }
  std::vector<std::uint64_t> bits(v.size());
  std::memcpy(bits.data(), v.data(), v.size() * sizeof(double));
  return bits;
}

TEST(Workload, TeamsWithNoHoursToGiveLeaveEveryCaseAsWithoutTeams) {
  // Teams are present but no activity takes their hours: each step goes on at once, as without
  // teams, so every case must end bit for bit as it did (the path without teams is the old one).
  const cj::Scenario without = eia_scenario();
  cj::Scenario idle = without;
  cj::PoliceTeam police_team;
  police_team.name = "all";
  police_team.fte = cj::DatedSteps::constant(10);
  idle.investigation.teams = {police_team};
  cj::CpsTeam cps_team;
  cps_team.name = "all";
  cps_team.fte = cj::DatedSteps::constant(10);
  idle.charging.teams = {cps_team};
  const auto a = case_fingerprint(without);
  const auto b = case_fingerprint(idle);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_TRUE(a == b);
}

TEST(Workload, AGroupServedByTwoTeamsIsRejected) {
  cj::Scenario s = cjtest::small_scenario();
  s.investigation.teams = {police("a", {kRape}, 10), police("b", {kRape}, 10)};
  EXPECT_THROW(cj::run_model(s, cjtest::run_options(1)), std::invalid_argument);
}

}  // namespace

// Each stage on small scenarios whose answers are known.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

std::vector<cj::CaseRecord> all_cases(const cjtest::CaseLog& log) {
  std::vector<cj::CaseRecord> all = log.closed;
  all.insert(all.end(), log.open.begin(), log.open.end());
  return all;
}

void no_attrition(cj::Scenario& s) {
  for (auto& g : s.attrition.groups) {
    g.pre_charge_days.reset();
    g.post_charge_days.reset();
  }
}

TEST(Triage, AllFilesAcceptedAtFirstSubmissionMeansNoResubmissions) {
  cj::Scenario s = cjtest::small_scenario();
  for (auto& g : s.charging.groups) g.accept_first = g.accept_resubmission = 1.0;
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(11), &log);
  int files = 0;
  for (const auto& c : all_cases(log)) {
    EXPECT_LE(c.submissions, 1) << "case " << c.id;
    files += c.submissions;
  }
  EXPECT_GT(files, 500);
  EXPECT_EQ(kpi(r.metrics, "triage_accepted_first_rate"), 1.0);
  EXPECT_EQ(kpi(r.metrics, "triage_third_submission_rate"), 0.0);
}

TEST(Triage, AcceptanceProbabilityPGivesOneOverPSubmissions) {
  cj::Scenario s = cjtest::small_scenario();
  no_attrition(s);
  const double p = 0.4;
  for (auto& g : s.charging.groups) {
    g.accept_first = g.accept_resubmission = p;
    g.police_charge_share = 0;
    g.rework_days = sim::Distribution::exponential(5);
  }
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(12), &log);
  // Files whose CPS decision was made: charged by the CPS, or closed by it without charge.
  double n = 0, sum = 0;
  for (const auto& c : all_cases(log)) {
    const bool decided = !std::isnan(c.charge) ||
                         (c.stage == cj::Stage::awaiting_charge && c.outcome != cj::Outcome::open);
    if (c.submissions == 0 || !decided || c.from_stock) continue;
    n += 1;
    sum += c.submissions;
  }
  ASSERT_GT(n, 1000);
  const double mean = sum / n;
  const double se = std::sqrt((1 - p) / (p * p) / n);  // geometric: variance (1-p)/p^2
  EXPECT_NEAR(mean, 1 / p, 4 * se) << "n=" << n;
}

TEST(Magistrates, ACourtWithNoSessionsListsNothing) {
  cj::Scenario s = cjtest::small_scenario();
  s.magistrates.courts[0].hearing_sessions = cj::DatedSteps::constant(0);
  s.magistrates.courts[0].trial_sessions = cj::DatedSteps::constant(0);
  s.initial_state.magistrates.count = 0;
  s.initial_state.crown.count = 0;
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(13), &log);
  for (const auto& c : all_cases(log)) {
    EXPECT_TRUE(std::isnan(c.first_hearing)) << "case " << c.id << " was heard";
    EXPECT_EQ(c.hearings, 0);
    if (c.outcome != cj::Outcome::open) {
      EXPECT_NE(c.stage, cj::Stage::magistrates);
    }
  }
  EXPECT_GT(kpi(r.metrics, "magistrates_open_at_horizon"), 500);
  EXPECT_EQ(kpi(r.metrics, "charged"), kpi(r.metrics, "magistrates_open_at_horizon"));
}

TEST(Magistrates, TrialsAreListedIntoWholeSessions) {
  // Two 180-minute trial sessions a day and 100-minute trials, every one effective: one trial a
  // session, so two a day, though the day's 360 minutes would hold three.
  cj::Scenario s = cjtest::small_scenario();
  s.magistrates.courts[0].trial_sessions = cj::DatedSteps::constant(2);
  s.magistrates.session_minutes = 180;
  s.magistrates.overlisting = 1;
  for (auto& g : s.magistrates.groups) {
    g.trial_minutes = 100;
    g.trial.effective = 1;
    g.trial.cracked = 0;
    g.trial.ineffective = 0;
  }
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(17), &log);
  std::map<double, int> trials_on;
  for (const auto& c : all_cases(log)) {
    if (std::isnan(c.sent_to_crown) && !std::isnan(c.trial_dates[0])) ++trials_on[c.trial_dates[0]];
  }
  int most = 0;
  int days_full = 0;
  for (const auto& [day, n] : trials_on) {
    most = std::max(most, n);
    days_full += n == 2;
  }
  EXPECT_EQ(most, 2) << days_full << " of " << trials_on.size();
  EXPECT_GT(days_full, 100);  // trials queue, so the sessions are filled
}

TEST(Crown, NoRoomsMeansNoTrials) {
  cj::Scenario s = cjtest::small_scenario();
  s.crown.centres[0].rooms = cj::DatedSteps::constant(0);
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(14), &log);
  for (const auto& c : all_cases(log)) {
    if (!std::isnan(c.sent_to_crown)) {
      EXPECT_EQ(c.trial_listings, 0) << "case " << c.id;
    }
  }
}

TEST(Attrition, NoWithdrawalLawMeansNoWithdrawals) {
  cj::Scenario s = cjtest::small_scenario();
  no_attrition(s);
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(15), &log);
  EXPECT_EQ(kpi(r.metrics, "victim_withdrawals"), 0);
  for (const auto& c : log.closed) {
    EXPECT_NE(c.outcome, cj::Outcome::victim_withdrawn_pre_charge);
    EXPECT_NE(c.outcome, cj::Outcome::victim_withdrawn_post_charge);
  }
}

TEST(Charging, PoliceChargingEverythingMeansNoCpsFiles) {
  cj::Scenario s = cjtest::small_scenario();
  for (auto& g : s.charging.groups) g.police_charge_share = 1;
  s.initial_state.awaiting_charge.count = 0;
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(16), &log);
  for (const auto& c : all_cases(log)) EXPECT_EQ(c.submissions, 0);
  EXPECT_GT(kpi(r.metrics, "charged"), 500);
}

TEST(Run, SameSeedSameResultsOtherSeedOtherResults) {
  const cj::Scenario s = cjtest::small_scenario();
  const auto a = cj::run_model(s, cjtest::run_options(5));
  const auto b = cj::run_model(s, cjtest::run_options(5));
  const auto c = cj::run_model(s, cjtest::run_options(6));
  ASSERT_EQ(a.metrics.kpis.size(), b.metrics.kpis.size());
  bool any_difference = false;
  for (std::size_t i = 0; i < a.metrics.kpis.size(); ++i) {
    const double x = a.metrics.kpis[i].value, y = b.metrics.kpis[i].value;
    EXPECT_TRUE(x == y || (std::isnan(x) && std::isnan(y))) << a.metrics.kpis[i].name;
    if (a.metrics.kpis[i].value != c.metrics.kpis[i].value) any_difference = true;
  }
  EXPECT_EQ(a.events, b.events);
  EXPECT_TRUE(any_difference);
}

}  // namespace

namespace {

TEST(Demand, RareArrivalsRunToTheHorizonThroughEmptyMonths) {
  // Most months bring no report at all: the stream must step month by month to the horizon
  // (a past bug read beyond the month table when the last months were empty).
  cj::Scenario s = cjtest::small_scenario();
  s.offences[0].reports_per_year = 0.5;
  s.offences[1].reports_per_year = 0;
  s.horizon_days = 400;
  s.initial_state = cj::InitialState{};
  double reports = 0;
  for (int r = 0; r < 20; ++r) {
    const auto result = cj::run_model(s, cjtest::run_options(static_cast<std::uint64_t>(r)));
    reports += kpi(result.metrics, "reports");
  }
  // 20 runs of 400 days at 0.5 a year: 10.95 expected; Poisson, so within 4 sd (about 13).
  EXPECT_NEAR(reports, 20 * 0.5 * 400 / 365.25, 4 * std::sqrt(20 * 0.5 * 400 / 365.25));
}

}  // namespace

// Policies move results in the direction, and roughly the size, that theory predicts. Each test
// runs paired replications (the same seeds for both policies: common random numbers) and asks
// that the mean paired difference be at least four standard errors from zero.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

constexpr int kReplications = 12;

double group_kpi(const cj::RunMetrics& m, const std::string& name, int group) {
  for (const auto& k : m.kpis_by_group) {
    if (k.name == name) return k.values.at(static_cast<std::size_t>(group));
  }
  throw std::runtime_error("no group KPI " + name);
}

struct Difference {
  double mean = 0;
  double se = 0;
  double z() const { return se > 0 ? mean / se : (mean > 0 ? INFINITY : -INFINITY); }
};

// Mean and standard error of measure(b) - measure(a) over paired replications.
Difference paired(
    const cj::Scenario& a, const cj::Scenario& b,
    const std::function<double(const cj::RunResult&, const cjtest::CaseLog&)>& measure) {
  std::vector<double> d;
  for (int r = 0; r < kReplications; ++r) {
    const std::uint64_t seed = cj::replication_seed(2026, r);
    cjtest::CaseLog la, lb;
    const auto ra = cj::run_model(a, cjtest::run_options(seed), &la);
    const auto rb = cj::run_model(b, cjtest::run_options(seed), &lb);
    d.push_back(measure(rb, lb) - measure(ra, la));
  }
  double mean = 0;
  for (double x : d) mean += x;
  mean /= static_cast<double>(d.size());
  double var = 0;
  for (double x : d) var += (x - mean) * (x - mean);
  var /= static_cast<double>(d.size() - 1);
  return {mean, std::sqrt(var / static_cast<double>(d.size()))};
}

// A Crown Court short of rooms: two rooms (1.6 for trials) where trials need about 600 room
// days a year; 1.5 times the sitting days brings it close to balance.
cj::Scenario tight_crown() {
  cj::Scenario s = cjtest::small_scenario();
  s.crown.centres[0].rooms = cj::DatedSteps::constant(2);
  s.offences[1].reports_per_year = 1200;
  return s;
}

TEST(PolicyEffects, MoreCrownSittingDaysLowerTheCrownCaseloadAndWaits) {
  const cj::Scenario base = tight_crown();
  cj::Scenario more = base;
  more.crown.sitting_days_scale = cj::DatedSteps::constant(1.5);
  const auto open = paired(base, more, [](const cj::RunResult& r, const cjtest::CaseLog&) {
    return kpi(r.metrics, "crown_open_at_horizon");
  });
  EXPECT_LT(open.z(), -4) << "difference " << open.mean << " se " << open.se;
  // The wait for trial of the cases sent during the run, not the time to completion of the cases
  // completed: more rooms complete more of the oldest cases, which lengthens the latter.
  const auto wait = paired(base, more, [](const cj::RunResult& r, const cjtest::CaseLog&) {
    return kpi(r.metrics, "median_weeks_ptph_to_trial_crown");
  });
  EXPECT_LT(wait.z(), -4) << "difference " << wait.mean << " se " << wait.se;
}

// Mean days from first hearing to first trial date, for DA or other magistrates' trials.
double days_to_trial(const cjtest::CaseLog& log, bool domestic_abuse) {
  double n = 0, sum = 0;
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      if (c.domestic_abuse != domestic_abuse || std::isnan(c.first_hearing) ||
          std::isnan(c.trial_dates[0]) || !std::isnan(c.sent_to_crown)) {
        continue;
      }
      n += 1;
      sum += c.trial_dates[0] - c.first_hearing;
    }
  }
  return n > 0 ? sum / n : NAN;
}

TEST(PolicyEffects, DaFastListingShortensDaWaitsForTrialAndLengthensOthers) {
  cj::Scenario base = cjtest::small_scenario();
  base.offences[0].domestic_abuse_share = 0.5;
  base.magistrates.courts[0].trial_sessions = cj::DatedSteps::constant(1.2);  // a queue for trials
  cj::Scenario fast = base;
  fast.magistrates.da_fast_listing.enabled = true;
  fast.magistrates.da_fast_listing.preparation_days = 14;
  fast.magistrates.da_fast_listing.ring_fenced_share = 0.4;
  fast.magistrates.da_fast_listing.release_days = 3;
  const auto da = paired(base, fast, [](const cj::RunResult&, const cjtest::CaseLog& log) {
    return days_to_trial(log, true);
  });
  EXPECT_LT(da.z(), -4) << "difference " << da.mean << " se " << da.se;
  const auto others = paired(base, fast, [](const cj::RunResult&, const cjtest::CaseLog& log) {
    return days_to_trial(log, false);
  });
  EXPECT_GT(others.z(), 4) << "difference " << others.mean << " se " << others.se;
}

TEST(PolicyEffects, MoreEarlyAdviceRaisesRapeChargesAndShortensTimeToCharge) {
  cj::Scenario base = cjtest::small_scenario();
  base.charging.eia.uptake = 0.1;
  cj::Scenario more = base;
  more.charging.eia.uptake = 0.9;
  constexpr int kRape = 1;
  const auto charges = paired(base, more, [](const cj::RunResult& r, const cjtest::CaseLog&) {
    return group_kpi(r.metrics, "charged", kRape);
  });
  EXPECT_GT(charges.z(), 4) << "difference " << charges.mean << " se " << charges.se;
  const auto time = paired(base, more, [](const cj::RunResult& r, const cjtest::CaseLog&) {
    return group_kpi(r.metrics, "median_days_report_to_charge", kRape);
  });
  EXPECT_LT(time.z(), -4) << "difference " << time.mean << " se " << time.se;
}

TEST(PolicyEffects, LessCourtCapacityRaisesVictimWithdrawals) {
  const cj::Scenario base = tight_crown();
  cj::Scenario less = base;
  less.crown.sitting_days_scale = cj::DatedSteps::constant(0.7);
  less.magistrates.courts[0].trial_sessions = cj::DatedSteps::constant(1.0);
  const auto withdrawals = paired(base, less, [](const cj::RunResult& r, const cjtest::CaseLog&) {
    return kpi(r.metrics, "victim_withdrawal_rate_post_charge");
  });
  EXPECT_GT(withdrawals.z(), 4) << "difference " << withdrawals.mean << " se " << withdrawals.se;
}

}  // namespace

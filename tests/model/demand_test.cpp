// Demand: exact monthly counts, later entries at the Crown Court, seasonality and trend.
#include <gtest/gtest.h>

#include <cmath>

#include "models/model.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

const cj::NamedSeries& series(const cj::RunMetrics& m, const std::string& name) {
  for (const auto& s : m.series) {
    if (s.name == name) return s;
  }
  throw std::runtime_error("no series " + name);
}

double total(const cj::NamedSeries& s) {
  double sum = 0;
  for (double v : s.values) sum += v;
  return sum;
}

cj::Scenario empty_system() {
  cj::Scenario s = cjtest::small_scenario();
  for (auto& g : s.offences) g.reports_per_year = 0;
  s.initial_state = cj::InitialState{};
  return s;
}

TEST(Demand, MonthlyCountsArriveExactlyInTheirMonths) {
  cj::Scenario s = empty_system();
  s.horizon_days = 61;  // April and May 2026
  s.offences[0].monthly_reports = {{cj::Date{2026, 4, 1}, 100}, {cj::Date{2026, 5, 1}, 50}};
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    const auto r = cj::run_model(s, cjtest::run_options(seed));
    EXPECT_EQ(kpi(r.metrics, "reports"), 150);
    // April is days 0-29: the first four weekly periods (28 days) hold only April's reports.
    const auto& in = series(r.metrics, "receipts_investigation").values;
    EXPECT_LE(in[0] + in[1] + in[2] + in[3], 100);
  }
}

TEST(Demand, LaterEntriesBringCrownReceiptsAtTheirRate) {
  cj::Scenario s = empty_system();
  s.horizon_days = 365;
  cj::LaterEntry entry;
  entry.name = "crown_receipts";
  entry.stage = cj::EntryStage::crown;
  entry.per_year = 1200;
  entry.offence_mix = {0.5, 0.5};
  s.later_entries = {entry};
  double receipts = 0;
  const int runs = 10;
  for (int r = 0; r < runs; ++r) {
    const auto result = cj::run_model(s, cjtest::run_options(static_cast<std::uint64_t>(r)));
    receipts += total(series(result.metrics, "receipts_crown"));
    EXPECT_EQ(total(series(result.metrics, "receipts_magistrates")), 0);
    EXPECT_EQ(kpi(result.metrics, "reports"), 0);
  }
  // Poisson: mean 1200 a run, so the sum over 10 runs has sd sqrt(12,000) ~ 110.
  EXPECT_NEAR(receipts, 1200.0 * runs, 4 * std::sqrt(1200.0 * runs));
}

TEST(Demand, SeasonalityShiftsReportsBetweenMonths) {
  cj::Scenario s = empty_system();
  s.horizon_days = 365;
  s.offences[0].reports_per_year = 3650;
  s.offences[0].seasonality = {1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1};  // April three times as busy
  const auto r = cj::run_model(s, cjtest::run_options(9));
  const auto& in = series(r.metrics, "receipts_investigation").values;
  // Normalised to mean 1 (the twelve sum to 14): April's multiplier is 3 x 12/14, the others'
  // 12/14. First four weeks (April) against weeks 10-13 (June).
  const double april = in[0] + in[1] + in[2] + in[3];
  const double june = in[9] + in[10] + in[11] + in[12];
  const double daily = 3650.0 / 365.25;
  const double expected_april = daily * 3 * 12 / 14 * 28;
  const double expected_june = daily * 12 / 14 * 28;
  EXPECT_NEAR(april, expected_april, 4 * std::sqrt(expected_april));
  EXPECT_NEAR(june, expected_june, 4 * std::sqrt(expected_june));
}

TEST(Demand, TrendGrowsReportsYearOnYear) {
  cj::Scenario s = empty_system();
  s.horizon_days = 2 * 365;
  s.offences[0].reports_per_year = 5000;
  s.offences[0].trend_per_year = 0.5;
  const auto r = cj::run_model(s, cjtest::run_options(10));
  const auto& in = series(r.metrics, "receipts_investigation").values;
  double first = 0, second = 0;
  for (std::size_t k = 0; k < 52; ++k) first += in[k];
  for (std::size_t k = 52; k < 104; ++k) second += in[k];
  // Monthly steps of (1.5)^(t/365.25): the second year runs about 1.5 times the first.
  EXPECT_NEAR(second / first, 1.5, 0.08);
}

}  // namespace

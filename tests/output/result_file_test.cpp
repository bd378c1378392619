// The merged sweep read back through ResultFile.
#include <cmath>
#include <string>
#include <vector>

#include "output/confidence.hpp"
#include "output/errors.hpp"
#include "output/result_file.hpp"
#include "sweep_fixture.hpp"

namespace out {
namespace {

using testing::SweepTest;

using testing::same;

TEST_F(SweepTest, ReaderSeesProvenancePointsAndRuns) {
  const ResultFile f(result_);
  const Provenance want = testing::synthetic_provenance(spec_.replications, spec_.groups);
  const Provenance& got = f.provenance();
  EXPECT_EQ(got.cjsim_version, want.cjsim_version);
  EXPECT_EQ(got.source_revision, want.source_revision);
  EXPECT_EQ(got.created_utc, want.created_utc);
  EXPECT_EQ(got.scenario_name, want.scenario_name);
  EXPECT_EQ(got.engine, want.engine);
  EXPECT_EQ(got.command_line, want.command_line);
  EXPECT_EQ(got.start_date, want.start_date);
  EXPECT_EQ(got.seed, want.seed);
  EXPECT_EQ(got.replications, 3);
  EXPECT_EQ(got.period_days, 7);
  EXPECT_EQ(got.scenario_yaml, want.scenario_yaml);
  EXPECT_EQ(got.scenario_sources, want.scenario_sources);
  EXPECT_EQ(got.offence_groups, want.offence_groups);
  EXPECT_EQ(f.trace(), Trace::events);

  ASSERT_EQ(f.points().size(), 2u);
  EXPECT_EQ(f.points()[1].index, 1);
  EXPECT_EQ(f.points()[1].label, "point 1");
  const std::vector<std::pair<std::string, std::string>> values{
      {"crown.sitting_days_scale", "1"}, {"magistrates.listing", "da_first"}};
  EXPECT_EQ(f.points()[1].values, values);
  EXPECT_EQ(f.points()[0].values[0].second, "0.9");

  ASSERT_EQ(f.runs().size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& run = f.runs()[i];
    EXPECT_EQ(run.point, static_cast<int>(i / 3));
    EXPECT_EQ(run.replication, static_cast<int>(i % 3));
    EXPECT_EQ(run.cases, spec_.cases_of(run.point, run.replication));
    EXPECT_EQ(run.seed, static_cast<std::uint64_t>(1000 * run.point + run.replication + 1));
    EXPECT_EQ(run.wall_seconds, 0.25 * (run.replication + 1));
  }
  EXPECT_EQ(f.trace_rows("cases"), 6 * 300u + 37 * 15u);
  EXPECT_GT(f.trace_rows("events"), f.trace_rows("cases"));
}

TEST_F(SweepTest, KpisPerRunAndPointWithIntervals) {
  const ResultFile f(result_);
  ASSERT_EQ(f.kpis().size(), 3u);
  EXPECT_EQ(f.kpis()[0].name, "charge_rate");
  EXPECT_EQ(f.kpis()[1].name, "median_days_report_to_charge");
  EXPECT_EQ(f.kpis()[1].units, "days");
  EXPECT_EQ(f.kpis()[2].description, "Share of completed cases convicted");
  for (const char* name : {"charge_rate", "median_days_report_to_charge", "conviction_rate"}) {
    const auto want = kpi(name);
    const auto got = f.kpi_runs(name);
    ASSERT_EQ(got.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(same(got[i], want[i])) << name << " " << i;
    const auto points = f.kpi_points(name);
    ASSERT_EQ(points.size(), 2u);
    for (std::size_t p = 0; p < 2; ++p) {
      const Interval expected = mean_ci95(std::span(want).subspan(3 * p, 3));
      EXPECT_DOUBLE_EQ(points[p].mean, expected.mean);
      EXPECT_DOUBLE_EQ(points[p].low, expected.low);
      EXPECT_DOUBLE_EQ(points[p].high, expected.high);
      EXPECT_EQ(points[p].n, expected.n);
    }
  }
  EXPECT_EQ(f.kpi_points("conviction_rate")[1].n, 2u);  // NaN in replication 2 left out
  EXPECT_THROW(f.kpi_runs("no_such_kpi"), ReadError);
}

TEST_F(SweepTest, KpisByGroupAreNaNAware) {
  const ResultFile f(result_);
  ASSERT_EQ(f.kpis_by_group().size(), 1u);
  const auto runs = f.kpi_runs_by_group("charge_rate_by_group");
  ASSERT_EQ(runs.rows, 6u);
  ASSERT_EQ(runs.cols, 4u);
  EXPECT_TRUE(std::isnan(runs.at(0, 1)));
  EXPECT_TRUE(std::isnan(runs.at(3, 1)));
  EXPECT_DOUBLE_EQ(runs.at(4, 2), 0.2 + 0.01 + 1);
  const auto points = f.kpi_points_by_group("charge_rate_by_group");
  ASSERT_EQ(points.rows, 2u);
  ASSERT_EQ(points.cols, 4u);
  EXPECT_EQ(points.at(0, 1).n, 2u);
  EXPECT_EQ(points.at(1, 0).n, 3u);
  EXPECT_DOUBLE_EQ(points.at(1, 1).mean, 0.1 + 1 + 0.015);
  EXPECT_LT(points.at(1, 1).low, points.at(1, 1).mean);
}

TEST_F(SweepTest, TimeSeriesAndTimeAxis) {
  const ResultFile f(result_);
  ASSERT_EQ(f.series().size(), 2u);
  EXPECT_EQ(f.series()[0].name, "open_investigation");
  EXPECT_EQ(f.series()[1].name, "receipts_crown");
  ASSERT_EQ(f.time().size(), 12u);
  EXPECT_EQ(f.time()[3], 21);
  ASSERT_EQ(f.period_start().size(), 12u);
  EXPECT_EQ(f.period_start()[0], "2026-04-01");
  EXPECT_EQ(f.period_start()[1], "2026-04-08");
  EXPECT_EQ(f.period_start()[11], "2026-06-17");
  const auto open = f.series_values("open_investigation");
  ASSERT_EQ(open.rows, 6u);
  ASSERT_EQ(open.cols, 12u);
  EXPECT_EQ(open.at(5, 4), 1000 + 40 + 100 + 2);
  const auto receipts = f.series_values("receipts_crown");
  EXPECT_TRUE(std::isnan(receipts.at(1, 2)));
  EXPECT_EQ(receipts.at(1, 3), 50 + 0.5);
}

}  // namespace
}  // namespace out

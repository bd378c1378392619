// The probes without the model: the period clock (stocks read at the start of each period, flows
// summed within it, readings on a date), KPIs written section by section, and the probes' counts
// for a handful of cases reported by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/probes/period_clock.hpp"
#include "models/probes/probe_set.hpp"
#include "models/probes/summary.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

using cj::CaseEvent;
using cj::Outcome;
using cj::Stage;

const cj::NamedSeries& series(const std::vector<cj::NamedSeries>& all, const std::string& name) {
  for (const auto& s : all) {
    if (s.name == name) return s;
  }
  throw std::runtime_error("no series " + name);
}

TEST(PeriodClock, StocksAreReadAtTheStartOfEachPeriodAndFlowsSummedWithinIt) {
  cj::PeriodClock clock(7, 20);  // periods from days 0, 7 and 14; the last is 6 days long
  cj::StockSeries& open = clock.stock("open", "cases", "Cases open");
  cj::FlowSeries& in = clock.flow("in", "cases", "Cases in during the period");
  open.open(2);  // already open at the start
  clock.advance_to(3);
  open.add(1);
  in.add(1);
  clock.advance_to(7);  // a report at a period's first instant belongs to that period
  open.add(1);
  in.add(1);
  clock.advance_to(13.9);
  in.add(1);
  clock.advance_to(19);
  in.add(1);
  open.add(-4);
  const auto all = clock.finish(20);
  EXPECT_EQ(clock.period_starts(), (std::vector<double>{0, 7, 14}));
  EXPECT_EQ(series(all, "open").values, (std::vector<double>{2, 3, 4}));
  EXPECT_EQ(series(all, "in").values, (std::vector<double>{1, 2, 1}));
  EXPECT_EQ(series(all, "open").description, "Cases open at the start of the period");
  EXPECT_EQ(series(all, "in").description, "Cases in during the period");
  EXPECT_EQ(open.level(), 0);
  EXPECT_EQ(all.front().name, "open");  // in the order declared
}

TEST(PeriodClock, AStockOpenedLaterCountsAsOpenAtItsPeriodsStart) {
  cj::PeriodClock clock(7, 14);
  cj::StockSeries& open = clock.stock("open", "cases", "Cases open");
  clock.advance_to(8);
  open.open(5);
  EXPECT_EQ(series(clock.finish(14), "open").values, (std::vector<double>{0, 5}));
}

TEST(PeriodClock, AReadingIsTakenOnceBeforeTheFirstReportOnOrAfterItsDay) {
  cj::PeriodClock clock(7, 730);
  int taken = 0;
  double level_read = -1;
  cj::StockSeries& open = clock.stock("open", "cases", "Cases open");
  clock.on_reaching(365, [&] {
    ++taken;
    level_read = open.level();
  });
  open.add(3);
  clock.advance_to(364.9);
  EXPECT_EQ(taken, 0);
  open.add(1);
  clock.advance_to(std::nan(""));  // a report without a date moves nothing
  clock.advance_to(365.5);
  open.add(1);
  clock.advance_to(400);
  clock.finish(730);
  EXPECT_EQ(taken, 1);
  EXPECT_EQ(level_read, 4);
}

TEST(PeriodClock, AReadingDueBeforeTheHorizonIsTakenAtTheEndIfNoReportCame) {
  cj::PeriodClock clock(7, 400);
  bool taken = false, too_late = false;
  clock.on_reaching(365, [&] { taken = true; });
  clock.on_reaching(401, [&] { too_late = true; });
  clock.finish(400);
  EXPECT_TRUE(taken);
  EXPECT_FALSE(too_late);
}

TEST(Summary, KpisAreWrittenSectionBySectionThenInTheOrderAdded) {
  cj::Summary s;
  s.add(cj::Section::costs, "c1", "GBP", "", 1);
  s.add(cj::Section::caseload, "a1", "cases", "", 2);
  s.add(cj::Section::costs, "c2", "GBP", "", 3);
  s.add(cj::Section::caseload, "a2", "cases", "", 4);
  s.add_by_group(cj::Section::volumes, "v", "cases", "", {1, 2});
  s.add_by_group(cj::Section::rates, "r", "share", "", {0.5, 0.25});
  std::vector<std::string> names;
  for (const auto& k : s.kpis()) names.push_back(k.name);
  EXPECT_EQ(names, (std::vector<std::string>{"a1", "a2", "c1", "c2"}));
  EXPECT_EQ(s.kpis().front().value, 2);
  EXPECT_EQ(s.kpis_by_group().front().name, "r");
  EXPECT_EQ(s.kpis_by_group().back().values, (std::vector<double>{1, 2}));
}

// Cases reported by hand to the probes of the small scenario (one Crown centre, "central").
class Probes : public ::testing::Test {
 protected:
  Probes() : scenario_(cjtest::small_scenario()), probes_(scenario_) {}

  cj::CaseRecord case_in(std::uint16_t group) {
    cj::CaseRecord c;
    c.id = next_id_++;
    c.group = group;
    return c;
  }
  void move(cj::CaseRecord& c, Stage to, double time) {
    const Stage from = c.stage;
    c.stage = to;
    probes_.on_stage(c, from, to, time);
  }
  void create(cj::CaseRecord& c, Stage at, double time) {
    c.stage = at;
    probes_.on_stage(c, Stage::closed, at, time);
  }
  void close(cj::CaseRecord& c, Outcome outcome, double time) {
    c.outcome = outcome;
    c.end = time;
    probes_.on_event(c, CaseEvent::closed, time);
    probes_.on_stage(c, c.stage, Stage::closed, time);
    probes_.on_closed(c);
  }

  cj::Scenario scenario_;
  cj::ProbeSet probes_;
  std::uint64_t next_id_ = 0;
};

TEST_F(Probes, StockCasesAreOpenAtTheStartAndNewOnesAreReceipts) {
  cj::CaseRecord stock = case_in(0);
  stock.from_stock = true;
  stock.crown_centre = 0;
  create(stock, Stage::crown, 0);
  cj::CaseRecord fresh = case_in(0);
  create(fresh, Stage::investigation, 0);
  probes_.on_event(fresh, CaseEvent::reported, 0);
  close(stock, Outcome::convicted_verdict, 8);
  move(fresh, Stage::awaiting_charge, 9);
  const cj::RunMetrics m = probes_.finish();
  const auto& all = m.series;
  EXPECT_EQ(series(all, "open_crown").values[0], 1);
  EXPECT_EQ(series(all, "receipts_crown").values[0], 0);
  EXPECT_EQ(series(all, "disposals_crown").values[1], 1);
  EXPECT_EQ(series(all, "open_crown").values[2], 0);
  EXPECT_EQ(series(all, "open_crown_central").values[0], 1);
  EXPECT_EQ(series(all, "disposals_crown_central").values[1], 1);
  EXPECT_EQ(series(all, "open_investigation").values[0], 0);
  EXPECT_EQ(series(all, "receipts_investigation").values[0], 1);
  EXPECT_EQ(series(all, "disposals_investigation").values[1], 1);
  EXPECT_EQ(series(all, "outcome_convicted_verdict").values[1], 1);
  EXPECT_EQ(kpi(m, "awaiting_charge_open_at_horizon"), 1);
  EXPECT_EQ(kpi(m, "crown_open_at_horizon"), 0);
  EXPECT_EQ(kpi(m, "crown_disposals_first_year_central"), 1);
  EXPECT_EQ(kpi(m, "reports"), 1);
  EXPECT_EQ(m.period_start.size(), series(all, "cost").values.size());
}

TEST_F(Probes, OneTrialsBlockServesBothCourtsAndCommittalsCompleteInTheMagistrates) {
  cj::CaseRecord crown = case_in(1);
  create(crown, Stage::crown, 1);
  probes_.on_event(crown, CaseEvent::trial_effective, 10);
  crown.ineffective_cause = cj::IneffectiveCause::witness_absent;
  probes_.on_event(crown, CaseEvent::trial_ineffective, 11);
  cj::CaseRecord mags = case_in(0);
  create(mags, Stage::magistrates, 1);
  probes_.on_event(mags, CaseEvent::trial_cracked, 12);
  // Convicted on a plea in the magistrates' court, sentenced at the Crown.
  cj::CaseRecord committed = case_in(0);
  committed.charge = 2;
  committed.committed_for_sentence = true;
  create(committed, Stage::crown, 3);
  close(committed, Outcome::convicted_plea, 30);
  const cj::RunMetrics m = probes_.finish();
  EXPECT_EQ(kpi(m, "effective_trial_rate_crown"), 0.5);
  EXPECT_EQ(kpi(m, "ineffective_trial_rate_crown"), 0.5);
  EXPECT_EQ(kpi(m, "ineffective_witness_absent_share_crown"), 1.0);
  EXPECT_EQ(kpi(m, "cracked_trial_rate_magistrates"), 1.0);
  EXPECT_EQ(series(m.series, "trials_cracked_magistrates").values[1], 1);
  EXPECT_EQ(series(m.series, "trials_effective_crown").values[1], 1);
  EXPECT_EQ(kpi(m, "guilty_plea_rate_magistrates"), 1.0);
  EXPECT_TRUE(std::isnan(kpi(m, "guilty_plea_rate_crown")));  // none completed there
  EXPECT_NEAR(kpi(m, "median_days_charge_to_completion_magistrates"), 28, 0.5);
  EXPECT_TRUE(std::isnan(kpi(m, "median_days_charge_to_completion_crown")));
  EXPECT_EQ(kpi(m, "conviction_rate"), 1.0);
}

TEST_F(Probes, KpisAndSeriesAreWrittenInTheirPublishedOrder) {
  const cj::RunMetrics m = probes_.finish();
  ASSERT_GE(m.kpis.size(), 50u);
  EXPECT_EQ(m.kpis.front().name, "crown_open_at_horizon");  // the caseload first
  EXPECT_EQ(m.kpis[4].name, "median_days_report_to_charge");
  EXPECT_EQ(m.kpis.back().name, "crown_open_at_horizon_central");  // the centres last
  EXPECT_EQ(m.kpis_by_group.front().name, "median_days_report_to_charge");
  EXPECT_EQ(m.kpis_by_group.back().name, "charged");
  EXPECT_EQ(m.series.front().name, "open_investigation");
  EXPECT_EQ(m.series.back().name, "cost");
  for (const auto& g : m.kpis_by_group) EXPECT_EQ(g.values.size(), 2u) << g.name;
  for (const auto& s : m.series) EXPECT_EQ(s.values.size(), m.period_start.size()) << s.name;
}

TEST_F(Probes, TheCaseloadOneYearInIsReadOnTheDay) {
  cj::CaseRecord c = case_in(1);
  c.crown_centre = 0;
  create(c, Stage::crown, 100);
  probes_.on_cost(366, 10);  // any report after the day takes the reading first
  cj::CaseRecord later = case_in(1);
  later.crown_centre = 0;
  create(later, Stage::crown, 370);
  const cj::RunMetrics m = probes_.finish();
  EXPECT_EQ(kpi(m, "crown_open_after_first_year_central"), 1);
  EXPECT_EQ(kpi(m, "crown_open_at_horizon_central"), 2);
  EXPECT_EQ(kpi(m, "total_cost"), 10);
}

}  // namespace

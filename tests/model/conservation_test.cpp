// Every case is somewhere: created = ended + open, per stage and period, and no case is in two
// places at once.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

const cj::NamedSeries& series(const cj::RunMetrics& m, const std::string& name) {
  for (const auto& s : m.series) {
    if (s.name == name) return s;
  }
  throw std::runtime_error("no series " + name);
}

TEST(Conservation, StockPlusReceiptsEqualsDisposalsPlusOpenInEveryStageAndPeriod) {
  const cj::Scenario s = cjtest::small_scenario();
  cjtest::CaseLog log;
  const cj::RunResult r = cj::run_model(s, cjtest::run_options(7), &log);
  EXPECT_TRUE(log.violations.empty()) << log.violations.front();

  const char* stages[] = {"investigation", "awaiting_charge", "magistrates", "crown"};
  const char* at_horizon[] = {"investigations_open_at_horizon", "awaiting_charge_open_at_horizon",
                              "magistrates_open_at_horizon", "crown_open_at_horizon"};
  for (int st = 0; st < 4; ++st) {
    const auto& open = series(r.metrics, std::string("open_") + stages[st]).values;
    const auto& in = series(r.metrics, std::string("receipts_") + stages[st]).values;
    const auto& out = series(r.metrics, std::string("disposals_") + stages[st]).values;
    ASSERT_EQ(open.size(), r.metrics.period_start.size());
    for (std::size_t k = 0; k + 1 < open.size(); ++k) {
      ASSERT_EQ(open[k + 1], open[k] + in[k] - out[k]) << stages[st] << " period " << k;
    }
    const std::size_t last = open.size() - 1;
    EXPECT_EQ(kpi(r.metrics, at_horizon[st]), open[last] + in[last] - out[last]) << stages[st];
  }
  // Created = ended + open, and the open ones are where the stage counts say.
  EXPECT_EQ(r.cases, log.closed.size() + log.open.size());
  std::map<cj::Stage, double> open_by_stage;
  for (const auto& c : log.open) open_by_stage[c.stage] += 1;
  EXPECT_EQ(open_by_stage[cj::Stage::crown], kpi(r.metrics, "crown_open_at_horizon"));
  EXPECT_EQ(open_by_stage[cj::Stage::investigation],
            kpi(r.metrics, "investigations_open_at_horizon"));
  // Each case ends once, with one outcome; none is both closed and open.
  std::set<std::uint64_t> ids;
  for (const auto& c : log.closed) {
    EXPECT_TRUE(ids.insert(c.id).second) << "case " << c.id << " closed twice";
    EXPECT_NE(c.outcome, cj::Outcome::open);
    EXPECT_FALSE(std::isnan(c.end));
  }
  for (const auto& c : log.open) {
    EXPECT_TRUE(ids.insert(c.id).second) << "case " << c.id << " both closed and open";
    EXPECT_EQ(c.outcome, cj::Outcome::open);
  }
  // The outcome series add up to the cases closed.
  double outcomes = 0;
  for (const auto& se : r.metrics.series) {
    if (se.name.rfind("outcome_", 0) == 0) {
      for (double v : se.values) outcomes += v;
    }
  }
  EXPECT_EQ(outcomes, static_cast<double>(log.closed.size()));
}

TEST(Conservation, MemoryFollowsOpenCasesNotAllCases) {
  cj::Scenario s = cjtest::small_scenario();
  s.horizon_days = 5 * 365;
  const cj::RunResult r = cj::run_model(s, cjtest::run_options(3));
  // Slots are reused: the store never holds more than the peak of open cases.
  EXPECT_LT(r.peak_open_cases * 5, r.cases);
}

}  // namespace

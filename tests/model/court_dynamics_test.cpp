// The courts judged by their dynamics, not their point targets: nothing heard on a closed day,
// never more court time used than offered, no hearing at all while a court sits for no days, a
// backlog that grows by what arrives and recovers only as fast as spare capacity allows, custody
// cases tried before bail cases, and no start-up jump from the opening stock.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "models/model.hpp"
#include "models/scenario/loader.hpp"
#include "models/sitting_days.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

using cjtest::kpi;

using cj::CaseEvent;
using cj::Court;

// Events that happen in a courtroom: they need a sitting day and court time.
bool in_court(CaseEvent e) {
  switch (e) {
    case CaseEvent::first_hearing:
    case CaseEvent::hearing_adjourned:
    case CaseEvent::ptph:
    case CaseEvent::not_guilty_plea:
    case CaseEvent::trial_effective:
    case CaseEvent::trial_cracked:
    case CaseEvent::trial_ineffective:
    case CaseEvent::sentenced:
      return true;
    default:
      return false;
  }
}

// Every court day and every in-court event of a run, checked as they come.
class CourtTrace final : public cj::Observer {
 public:
  explicit CourtTrace(const cj::Scenario& s)
      : calendar_(s.calendar, cj::to_day(s.start), static_cast<int>(s.horizon_days) + 400) {}

  void on_court_day(Court court, int index, double day, double available, double used) override {
    const int d = static_cast<int>(day);
    if (!calendar_.sits(d)) closed_day_sittings.push_back(d);
    if (used > available + 1e-6)
      over_capacity.push_back(describe(court, index, day, available, used));
    offered[court][d / 365] += available;
    consumed[court][d / 365] += used;
  }
  void on_event(const cj::CaseRecord& c, CaseEvent e, double time) override {
    if (!in_court(e)) return;
    const int d = static_cast<int>(time);
    if (!calendar_.sits(d)) closed_day_events.push_back(d);
    const bool crown = !std::isnan(c.sent_to_crown) && time >= c.sent_to_crown;
    ++hearings[crown ? Court::crown : Court::magistrates][d / 365];
  }

  std::vector<int> closed_day_sittings;
  std::vector<int> closed_day_events;
  std::vector<std::string> over_capacity;
  std::map<Court, std::map<int, double>> offered, consumed;  // by court and year
  std::map<Court, std::map<int, int>> hearings;

 private:
  static std::string describe(Court court, int index, double day, double available, double used) {
    return std::string(court == Court::crown ? "crown " : "magistrates ") + std::to_string(index) +
           " day " + std::to_string(day) + ": used " + std::to_string(used) + " of " +
           std::to_string(available);
  }
  cj::SittingCalendar calendar_;
};

void expect_causal(const CourtTrace& t, const std::string& what) {
  EXPECT_TRUE(t.closed_day_sittings.empty())
      << what << ": a court sat on a closed day, first " << t.closed_day_sittings.front();
  EXPECT_TRUE(t.closed_day_events.empty())
      << what << ": " << t.closed_day_events.size() << " hearings on closed days, first on day "
      << t.closed_day_events.front();
  EXPECT_TRUE(t.over_capacity.empty()) << what << ": " << t.over_capacity.front();
}

cj::Scenario bundled(const std::string& name) {
  const auto loaded = cj::scenario::load_file(std::string(CJSIM_SOURCE_DIR) + "/scenarios/" + name);
  if (!loaded.scenario) throw std::runtime_error(loaded.problems.front().format());
  return *loaded.scenario;
}

// The date `days` after the scenario's start.
cj::Date after(const cj::Scenario& s, int days) {
  return cj::from_day(cj::to_day(s.start) + days);
}

std::vector<double> series(const cj::RunMetrics& m, const std::string& name) {
  for (const auto& s : m.series) {
    if (s.name == name) return s.values;
  }
  throw std::runtime_error("no series " + name);
}

// The open caseload of `stage` in each period of the run.
std::vector<double> open_series(const cj::RunMetrics& m, const std::string& stage) {
  return series(m, "open_" + stage);
}

// A flow series summed over periods [from, to).
double total(const std::vector<double>& v, std::size_t from, std::size_t to) {
  double sum = 0;
  for (std::size_t i = from; i < std::min(to, v.size()); ++i) sum += v[i];
  return sum;
}

TEST(CourtDynamics, NoHearingOnAClosedDayAndNoDayOverCapacityInAnyBundledScenario) {
  for (const std::string name :
       {"west-yorkshire/baseline.yaml", "west-yorkshire/crown-sitting-days-plus-10.yaml",
        "west-yorkshire/da-fast-listing.yaml", "west-yorkshire/eia-uptake-60.yaml",
        "test/small.yaml", "test/busy.yaml", "test/small-more-crown.yaml"}) {
    cj::Scenario s = bundled(name);
    s.horizon_days = std::min(s.horizon_days, 2 * 365.0);
    CourtTrace trace(s);
    cj::run_model(s, cjtest::run_options(31), &trace);
    expect_causal(trace, name);
    EXPECT_GT(trace.hearings[Court::crown][0], 0) << name;
  }
}

TEST(CourtDynamics, ZeroCapacityExtremesStayCausal) {
  cj::Scenario s = cjtest::small_scenario();
  s.crown.sitting_days_scale = cj::DatedSteps::constant(0);
  s.magistrates.courts[0].trial_sessions = cj::DatedSteps::constant(0);
  CourtTrace trace(s);
  cj::run_model(s, cjtest::run_options(32), &trace);
  expect_causal(trace, "no Crown rooms, no trial sessions");
  EXPECT_EQ(trace.hearings[Court::crown][0], 0);
  EXPECT_EQ(trace.consumed[Court::crown][0], 0);
}

// Crown rooms sit for no days in the second year. With the first year's disposals as the rate
// the court can clear, the second year must add about its receipts (less the victims who
// withdraw) to the caseload, and in the third year the backlog may shrink by no more than the
// capacity left over after that year's own receipts.
TEST(CourtDynamics, ACrownYearWithoutSittingDaysHearsNothingAndTheBacklogGrowsByItsReceipts) {
  cj::Scenario s = cjtest::small_scenario();
  s.horizon_days = 3 * 365;
  s.crown.sitting_days_scale.steps = {
      {after(s, 0), 1.0}, {after(s, 365), 0.0}, {after(s, 730), 1.0}};
  CourtTrace trace(s);
  const auto r = cj::run_model(s, cjtest::run_options(33), &trace);
  expect_causal(trace, "a year without Crown sitting days");
  EXPECT_EQ(trace.hearings[Court::crown][1], 0) << "Crown hearings in the closed year";
  EXPECT_EQ(trace.offered[Court::crown][1], 0);
  const auto open = open_series(r.metrics, "crown");
  const double per_year = static_cast<double>(open.size()) / 3.0;
  const auto at = [&](double years) {
    return open[std::min(open.size() - 1, static_cast<std::size_t>(years * per_year))];
  };
  const double growth = at(2) - at(1);
  const auto weeks = static_cast<std::size_t>(per_year);
  const double receipts = total(series(r.metrics, "receipts_crown"), weeks, 2 * weeks);
  const double closed_year = total(series(r.metrics, "disposals_crown"), weeks, 2 * weeks);
  // Only victims who withdraw (acted on at a hearing: none) or nothing leaves in the closed year.
  EXPECT_LT(closed_year, 0.02 * receipts) << "disposals in the closed year";
  EXPECT_GT(growth, 0.9 * receipts) << "receipts " << receipts;
  EXPECT_LE(growth, receipts * 1.02);
  // Recovery: year 3 clears at most what its room-days can hear (at year 1's room-days per
  // disposal, with every room-day used) less its own receipts.
  const double disposals = total(series(r.metrics, "disposals_crown"), 0, weeks);
  const double per_disposal = trace.consumed[Court::crown][0] / disposals;
  const double can_hear = trace.offered[Court::crown][2] / per_disposal;
  const double recovered = at(2) - at(3);
  const double receipts_3 = total(series(r.metrics, "receipts_crown"), 2 * weeks, 3 * weeks);
  EXPECT_LE(recovered, 1.05 * can_hear - receipts_3)
      << "can hear " << can_hear << " receipts " << receipts_3;
  EXPECT_GT(recovered, 0) << "the backlog should come down once the rooms sit again";
}

TEST(CourtDynamics, AMagistratesYearWithoutSessionsHearsNothingThere) {
  cj::Scenario s = cjtest::small_scenario();
  s.horizon_days = 2 * 365;
  const cj::Day start = cj::to_day(s.start);
  for (auto& court : s.magistrates.courts) {
    court.hearing_sessions.steps = {{after(s, 0), court.hearing_sessions.at(start)},
                                    {after(s, 365), 0.0}};
    court.trial_sessions.steps = {{after(s, 0), court.trial_sessions.at(start)},
                                  {after(s, 365), 0.0}};
  }
  CourtTrace trace(s);
  const auto r = cj::run_model(s, cjtest::run_options(34), &trace);
  expect_causal(trace, "a year without magistrates' sessions");
  EXPECT_EQ(trace.hearings[Court::magistrates][1], 0);
  const auto open = open_series(r.metrics, "magistrates");
  const double charged_a_year = kpi(r.metrics, "charged") / 2;  // about the same each year
  // Every case charged in the second year stays open in the magistrates' court.
  EXPECT_GT(open.back() - open[open.size() / 2], 0.8 * charged_a_year);
}

// Halved Crown rooms: the excess of receipts over what half the rooms clear piles up at a steady
// rate, so the caseload grows about linearly (the second half-period adds about what the first
// did, not a shrinking amount as a self-correcting backlog would).
TEST(CourtDynamics, HalvedCrownCapacityGrowsTheBacklogLinearly) {
  cj::Scenario s = bundled("west-yorkshire/baseline.yaml");
  s.horizon_days = 3 * 365;
  s.crown.sitting_days_scale = cj::DatedSteps::constant(0.5);
  const auto r = cj::run_model(s, cjtest::run_options(35));
  const auto open = open_series(r.metrics, "crown");
  const std::size_t n = open.size();
  const double first = open[2 * n / 3] - open[n / 3];   // year 2
  const double second = open[n - 1] - open[2 * n / 3];  // year 3
  ASSERT_GT(first, 1000) << "the backlog should grow";
  EXPECT_GT(second, 0.75 * first) << "first " << first << " second " << second;
  EXPECT_LT(second, 1.33 * first) << "first " << first << " second " << second;
}

// Days from the PTPH to the first trial listing, cases sent in year 2, by custody.
TEST(CourtDynamics, CustodyCasesComeToTrialBeforeBailCases) {
  cj::Scenario s = bundled("west-yorkshire/baseline.yaml");
  s.horizon_days = 3 * 365;
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(36), &log);
  for (int centre = 0; centre < 2; ++centre) {
    std::vector<double> wait[2];
    for (const auto* list : {&log.closed, &log.open}) {
      for (const auto& c : *list) {
        if (c.from_stock || c.crown_centre != centre || std::isnan(c.ptph)) continue;
        if (c.ptph < 365 || c.ptph >= 730 || std::isnan(c.trial_dates[0])) continue;
        wait[c.custody ? 1 : 0].push_back(c.trial_dates[0] - c.ptph);
      }
    }
    for (auto& w : wait) std::sort(w.begin(), w.end());
    ASSERT_GT(wait[1].size(), 30u);
    const double bail = wait[0][wait[0].size() / 2];
    const double custody = wait[1][wait[1].size() / 2];
    EXPECT_LT(custody, bail) << "centre " << centre;
  }
}

// The opening stock is in the flow's own steady state. By Little's law a court's caseload is its
// receipts a week times the weeks a case stays; with no start-up transient that ratio is the same
// in the opening weeks as later, whatever the receipts do (they still rise for a few months as
// the police stage settles). Before the opening stock's states and ages followed the flow, the
// Crown caseload jumped 12% in its first weeks.
TEST(CourtDynamics, TheOpeningStockShowsNoStartUpJump) {
  cj::Scenario s = bundled("west-yorkshire/baseline.yaml");
  s.horizon_days = 2 * 365;
  const auto r = cj::run_model(s, cjtest::run_options(37));
  for (const std::string stage : {"magistrates", "crown"}) {
    const auto open = open_series(r.metrics, stage);
    const auto receipts = series(r.metrics, "receipts_" + stage);
    // Weeks a case stays, from the caseload at week w and the receipts of the 8 weeks around it.
    const auto stay = [&](std::size_t w) {
      const std::size_t from = w < 4 ? 1 : w - 4;  // week 0 is a part week
      return open[w] / (total(receipts, from, from + 8) / 8);
    };
    double later = 0;
    for (std::size_t w = 39; w < 91; ++w) later += stay(w) / 52;
    EXPECT_NEAR(stay(13), later, 0.08 * later)
        << stage << ": weeks a case stays, at week 13 against weeks 39-90";
  }
}

}  // namespace

// The scenario's header (name, dates, runs), calendar, initial state, costs and outputs.
#include <algorithm>
#include <cmath>

#include "models/scenario/build.hpp"

namespace cj::scenario {
namespace {

// Whole years count calendar days from the start (29 February becomes 28 in other years); a
// fraction of a year is that fraction of 365.25 days.
double horizon_from_years(const Date& start, double years) {
  const double whole = std::floor(years);
  Date end = start;
  end.year += static_cast<int>(whole);
  const bool leap = (end.year % 4 == 0 && end.year % 100 != 0) || end.year % 400 == 0;
  if (end.month == 2 && end.day == 29 && !leap) end.day = 28;
  return static_cast<double>(to_day(end) - to_day(start)) + (years - whole) * 365.25;
}

StockStage stock(Build& b, const View& stage) {
  StockStage s;
  s.count = b.integer(stage, "count");
  s.age_days = b.distribution(stage, "age_days");
  s.offence_mix = b.group_shares(stage, "offence_mix");
  return s;
}

}  // namespace

void build_general(Build& b, Scenario& s) {
  const View r = b.root();
  s.name = b.text(r, "name");
  if (b.find(r, "name").value && s.name.empty()) {
    b.problem(r, "name", "an empty name (expected the scenario's name)");
  }
  s.description = b.text(r, "description");
  s.start = b.date(r, "start");
  if (b.find(r, "horizon_years").value) {
    s.horizon_days = horizon_from_years(s.start, b.number(r, "horizon_years"));
  } else {
    s.horizon_days = b.number(r, "horizon_days");
  }
  s.replications = static_cast<int>(b.integer(r, "replications"));
  s.seed = b.seed(r, "seed");

  const View calendar = b.section(r, "calendar");
  s.calendar.closed_weekdays = b.weekdays(calendar, "closed_weekdays");
  std::vector<int> closed = s.calendar.closed_weekdays;
  std::sort(closed.begin(), closed.end());
  if (std::unique(closed.begin(), closed.end()) - closed.begin() == 7) {
    b.problem(calendar, "closed_weekdays",
              "every weekday is closed (expected courts to sit on some day of the week)");
  }
  s.calendar.england_and_wales_bank_holidays =
      b.choice(calendar, "bank_holidays") == "england-and-wales";
  s.calendar.closed_dates = b.dates(calendar, "closed_dates");

  if (!b.is_none(r, "costs")) {
    const View c = b.section(r, "costs");
    Costs costs;
    costs.investigation = b.number(c, "investigation");
    costs.charging_decision = b.number(c, "charging_decision");
    costs.triage = b.number(c, "triage");
    costs.magistrates_session = b.number(c, "magistrates_session");
    costs.crown_sitting_day = b.number(c, "crown_sitting_day");
    costs.first_hearing = b.number(c, "first_hearing");
    costs.magistrates_trial = b.number(c, "magistrates_trial");
    costs.ptph = b.number(c, "ptph");
    costs.crown_trial = b.number(c, "crown_trial");
    s.costs = costs;
  }

  const View outputs = b.section(r, "outputs");
  const std::string trace = b.choice(outputs, "trace");
  s.outputs.trace = trace == "none"     ? TraceLevel::none
                    : trace == "events" ? TraceLevel::events
                                        : TraceLevel::cases;
  s.outputs.period_days = b.number(outputs, "period_days");
}

void build_initial_state(Build& b, Scenario& s) {
  const View state = b.section(b.root(), "initial_state");
  s.initial_state.investigation = stock(b, b.section(state, "investigation"));
  s.initial_state.awaiting_charge = stock(b, b.section(state, "awaiting_charge"));
  const View magistrates = b.section(state, "magistrates");
  s.initial_state.magistrates = stock(b, magistrates);
  s.initial_state.magistrates_awaiting_trial_share = b.number(magistrates, "awaiting_trial_share");
  const View crown = b.section(state, "crown");
  s.initial_state.crown = stock(b, crown);
  s.initial_state.crown_awaiting_trial_share = b.number(crown, "awaiting_trial_share");
}

}  // namespace cj::scenario

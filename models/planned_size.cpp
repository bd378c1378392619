#include "models/planned_size.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "models/case_store.hpp"

namespace cj {
namespace {

constexpr double kDaysPerYear = 365.25;

// Expected arrivals of one source over the horizon, month by month as the demand draws them: a
// month's exact count where one is given, else the year's rate shaped by season and trend. The
// last month counts whole: an estimate errs on the side of more.
double expected_arrivals(const Scenario& s, double per_year, double trend,
                         std::array<double, 12> seasonality,
                         const std::vector<MonthlyCount>& monthly) {
  if (std::all_of(seasonality.begin(), seasonality.end(), [](double v) { return v == 0; })) {
    seasonality.fill(1.0);
  }
  const double mean = std::accumulate(seasonality.begin(), seasonality.end(), 0.0) / 12;
  const Day start = to_day(s.start);
  Date month = s.start;
  double total = 0;
  for (double t = 0; t < s.horizon_days;) {
    const Date next{month.month == 12 ? month.year + 1 : month.year,
                    month.month == 12 ? 1 : month.month + 1, 1};
    const double end = static_cast<double>(to_day(next) - start);
    const auto exact = std::find_if(monthly.begin(), monthly.end(), [&](const MonthlyCount& c) {
      return c.month.year == month.year && c.month.month == month.month;
    });
    if (exact != monthly.end()) {
      total += exact->count;
    } else {
      const double shape =
          mean > 0 ? seasonality[static_cast<std::size_t>(month.month - 1)] / mean : 0;
      total += per_year / kDaysPerYear * shape * std::pow(1 + trend, t / kDaysPerYear) * (end - t);
    }
    t = end;
    month = next;
  }
  return total;
}

std::string scientific(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, v < 1e6 ? "%.0f" : "%.3g", v);
  return buffer;
}

}  // namespace

double PlannedSize::worst_case_bytes() const {
  // A case's slot and its pending stage event (the calendar's entry, about 32 bytes).
  return cases() * static_cast<double>(sizeof(Case) + 32);
}

PlannedSize planned_size(const Scenario& s) {
  PlannedSize size;
  const InitialState& stock = s.initial_state;
  for (const StockStage* stage :
       {&stock.investigation, &stock.awaiting_charge, &stock.magistrates, &stock.crown}) {
    size.initial_cases += static_cast<double>(stage->count);
  }
  for (const OffenceGroup& g : s.offences) {
    size.arrivals += expected_arrivals(s, g.reports_per_year, g.trend_per_year, g.seasonality,
                                       g.monthly_reports);
  }
  for (const LaterEntry& e : s.later_entries) {
    size.arrivals += expected_arrivals(s, e.per_year, 0, {}, e.monthly);
  }
  return size;
}

std::string size_refusal(const PlannedSize& size, double max_cases) {
  if (size.cases() <= max_cases) return {};
  const double gib = size.worst_case_bytes() / (1024.0 * 1024 * 1024);
  char memory[32];
  std::snprintf(memory, sizeof memory, "%.1f", gib);
  return "a run would create about " + scientific(size.cases()) + " cases (" +
         scientific(size.initial_cases) + " open at the start, " + scientific(size.arrivals) +
         " arriving over the horizon), up to " + memory +
         " GiB of memory if they stay open; the limit is " + scientific(max_cases) +
         " cases a run (--max-cases raises it)";
}

}  // namespace cj

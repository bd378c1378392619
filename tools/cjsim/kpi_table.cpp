#include "tools/cjsim/kpi_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace cjsim {
namespace {

std::string with_thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

}  // namespace

std::string format_value(double value, const std::string& units) {
  if (std::isnan(value)) return "-";
  char buffer[64];
  if (units == "share") {
    std::snprintf(buffer, sizeof buffer, "%.1f%%", 100 * value);
    return buffer;
  }
  if (units == "days") {
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
  }
  if (std::abs(value) >= 1000) return with_thousands(std::llround(value));
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

std::string format_interval(const out::Interval& i, const std::string& units) {
  if (std::isnan(i.mean)) return "-";
  if (i.n < 2) return format_value(i.mean, units);
  return format_value(i.mean, units) + " [" + format_value(i.low, units) + ", " +
         format_value(i.high, units) + "]";
}

void print_kpi_table(const out::ResultFile& result, std::ostream& os, bool by_group,
                     const std::vector<std::string>& only) {
  const auto& p = result.provenance();
  os << p.scenario_name << ": " << result.points().size()
     << (result.points().size() == 1 ? " point, " : " points, ") << p.replications
     << " replications, seed " << p.seed << ", engine " << p.engine << ", start " << p.start_date
     << "\nMeans with 95% confidence intervals across replications.\n\n";
  const auto& points = result.points();
  const std::size_t width = 44;
  for (std::size_t first = 0; first < points.size(); first += 3) {
    const std::size_t last = std::min(points.size(), first + 3);
    os << pad("KPI", width);
    for (std::size_t k = first; k < last; ++k) os << pad(points[k].label, 34);
    os << "units\n";
    for (const auto& kpi : result.kpis()) {
      if (!only.empty() && std::find(only.begin(), only.end(), kpi.name) == only.end()) continue;
      const auto intervals = result.kpi_points(kpi.name);
      os << pad(kpi.name, width);
      for (std::size_t k = first; k < last; ++k)
        os << pad(format_interval(intervals[k], kpi.units), 34);
      os << kpi.units << "\n";
    }
    os << "\n";
  }
  if (!by_group) return;
  const auto& groups = p.offence_groups;
  for (const auto& kpi : result.kpis_by_group()) {
    const auto table = result.kpi_points_by_group(kpi.name);
    os << kpi.name << " (" << kpi.units << ") by offence group\n";
    os << pad("", 18);
    for (std::size_t k = 0; k < points.size() && k < 4; ++k) os << pad(points[k].label, 30);
    os << "\n";
    for (std::size_t g = 0; g < groups.size(); ++g) {
      os << pad(groups[g], 18);
      for (std::size_t k = 0; k < points.size() && k < 4; ++k) {
        os << pad(format_interval(table.at(k, g), kpi.units), 30);
      }
      os << "\n";
    }
    os << "\n";
  }
}

void print_headline_kpis(const std::filesystem::path& result, std::ostream& os) {
  static const std::vector<std::string> headline = {"crown_open_at_horizon",
                                                    "magistrates_open_at_horizon",
                                                    "investigations_open_at_horizon",
                                                    "median_days_report_to_charge",
                                                    "median_days_charge_to_completion",
                                                    "median_days_report_to_completion",
                                                    "charge_rate",
                                                    "conviction_rate",
                                                    "victim_withdrawal_rate_pre_charge",
                                                    "victim_withdrawal_rate_post_charge",
                                                    "guilty_plea_rate_first_hearing",
                                                    "effective_trial_rate_magistrates",
                                                    "ineffective_trial_rate_magistrates",
                                                    "effective_trial_rate_crown",
                                                    "ineffective_trial_rate_crown",
                                                    "custody_time_limit_breaches",
                                                    "total_cost"};
  print_kpi_table(out::ResultFile(result), os, false, headline);
  os << "All KPIs, by offence group too: cjsim summary " << result.string() << " --all\n";
}

}  // namespace cjsim

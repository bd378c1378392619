// KPI tables for the terminal: means with 95% confidence intervals, per point; by offence group.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "output/result_file.hpp"

namespace cjsim {

// "1,234.5" style, with the precision a planner needs for the units.
std::string format_value(double value, const std::string& units);
std::string format_interval(const out::Interval& i, const std::string& units);

// The KPIs of each point (one column per point when there are few, else one row per point).
// `only`, when not empty, keeps just those KPIs (in the file's order).
void print_kpi_table(const out::ResultFile& result, std::ostream& os, bool by_group = false,
                     const std::vector<std::string>& only = {});
// The short table a run or sweep ends with: the headline KPIs, and where to find the rest.
void print_headline_kpis(const std::filesystem::path& result, std::ostream& os);

}  // namespace cjsim

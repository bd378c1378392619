// Names shared by the result writer and reader. The layout is a contract (design.md, "Outputs"):
//   root attributes  cjsim_version, source_revision, created_utc, scenario_name, seed,
//                    replications, engine, command_line, start_date, period_days, trace, format
//   /scenario, /scenario_sources/<n> (attribute path), /offence_groups
//   /runs, /points                              compound tables, one row per run / sweep point
//   /timeseries/time, /timeseries/period_start, /timeseries/<series>   [runs x periods]
//                    /timeseries@series: the names of the series (readers check them when given)
//   /cases, /events                             trace rows (see trace_rows.hpp)
//   /summary/runs/<kpi> [runs]; /summary/points/<kpi>/{mean,ci_low,ci_high,n} [points]
//   /summary/runs_by_group/<kpi> [runs x groups];
//   /summary/points_by_group/<kpi>/{mean,ci_low,ci_high,n} [points x groups]
// Every dataset has `units` and `description` attributes.
#pragma once

namespace out::result {

inline constexpr const char* kFormat = "cjsim-result/1";

inline constexpr const char* kSummaryRuns = "summary/runs";
inline constexpr const char* kSummaryPoints = "summary/points";
inline constexpr const char* kSummaryRunsByGroup = "summary/runs_by_group";
inline constexpr const char* kSummaryPointsByGroup = "summary/points_by_group";

}  // namespace out::result

// Spreadsheet copies of a result: one CSV file per table, each with a header row; a missing value
// (NaN) is an empty cell, and a text cell that would start a formula (= + - @) starts with '.
// All files are written in a scratch folder beside `dir` and take their places (replacing any
// there) only once every one is complete, so a failed export leaves nothing behind. In `dir`:
//   dictionary.csv       kind, name, units, description of every KPI and series
//   runs.csv             one row per run: run, point, label, replication, seed, events,
//                        wall_seconds, cases, then one column per KPI
//   points.csv           one row per point: point, label, <swept keys>, then for each KPI
//                        <kpi>_mean, <kpi>_ci_low, <kpi>_ci_high, <kpi>_n
//   runs_by_group.csv    one row per run and offence group: run, point, replication,
//                        offence_group, then one column per KPI by group
//   points_by_group.csv  one row per point, offence group and KPI: point, label, offence_group,
//                        kpi, units, mean, ci_low, ci_high, n
//   timeseries.csv       one row per run and period: run, point, replication, period_start,
//                        time, then one column per series
#pragma once

#include <filesystem>
#include <string>

namespace out {

class ResultFile;

// A cell that a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return
// first) with a leading ' so that it shows as the text it is; numbers stay as they are.
std::string as_text_in_spreadsheets(const std::string& cell);

// Creates `dir` if needed; WriteError naming the file on failure.
void export_csv(const ResultFile& result, const std::filesystem::path& dir);

}  // namespace out

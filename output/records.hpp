// What a result file records besides the model's metrics: where it came from (Provenance), each
// run (RunInfo), each sweep point (PointInfo), and how much of each case it traces (Trace).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace out {

// none: metrics only; cases: one /cases row per case; events: also one /events row per event.
enum class Trace { none = 0, cases = 1, events = 2 };
const char* trace_name(Trace trace);
std::optional<Trace> parse_trace(std::string_view name);

struct Provenance {
  std::string cjsim_version;
  std::string source_revision;
  std::string created_utc;  // ISO 8601, e.g. 2026-04-01T09:30:00Z
  std::string scenario_name;
  std::string engine;
  std::string command_line;
  std::string start_date;  // ISO date: day 0 of every time in the file
  std::uint64_t seed = 0;
  int replications = 1;
  double period_days = 7;
  double horizon_days = 0;    // length of every run: the last period may be shorter than the rest
  std::string scenario_yaml;  // resolved scenario
  std::vector<std::pair<std::string, std::string>> scenario_sources;  // path, original text
  std::vector<std::string> offence_groups;                            // index = group id
  std::vector<std::string> magistrates_courts;                        // index in /cases
  std::vector<std::string> crown_centres;                             // index in /cases
};

struct RunInfo {
  int point = 0;
  int replication = 0;
  std::uint64_t seed = 0;
  std::uint64_t events = 0;
  double wall_seconds = 0;
  std::uint64_t cases = 0;
};

struct PointInfo {
  int index = 0;
  std::string label;
  std::vector<std::pair<std::string, std::string>> values;  // swept key path, value as text
};

}  // namespace out

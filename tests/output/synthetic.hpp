// Made-up cases and metrics for the output tests and benchmark: no model needed. Cases look like
// the model's (random report dates, most closing early with later milestones NaN, ids assigned at
// report and rows arriving in closing order) so that compression figures are realistic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include "models/records/named_values.hpp"
#include "models/records/observer.hpp"
#include "output/records.hpp"
#include "output/result_writer.hpp"
#include "output/trace_rows.hpp"

namespace out::testing {

struct SyntheticOptions {
  std::uint64_t seed = 1;
  std::size_t cases = 1000;
  std::size_t groups = 4;
  double horizon_days = 1826;
  bool closing_order = true;  // false: report order (no heap of open cases: flat memory)
  bool events = true;         // also report events (a handful a case)
};

struct SyntheticTotals {
  std::uint64_t cases = 0;  // closed + open at the horizon
  std::uint64_t open = 0;
  std::uint64_t events = 0;
};

SyntheticTotals report_synthetic_cases(cj::Observer& observer, const SyntheticOptions& options);

// Deterministic metrics of one run; conviction_rate is NaN for point 1 replication 2, and
// charge_rate_by_group is NaN for group 1 in replication 0.
cj::RunMetrics synthetic_metrics(int point, int replication, std::size_t groups,
                                 std::size_t periods);

// The generator options write_synthetic_part uses for a run (to replay what it was told).
SyntheticOptions part_options(int point, int replication, Trace trace, std::size_t cases,
                              std::size_t groups);

// Writes the part of (point, replication) with `cases` synthetic cases; returns its run info.
RunInfo write_synthetic_part(const std::filesystem::path& part, int point, int replication,
                             Trace trace, std::size_t cases, std::size_t groups,
                             std::size_t periods);

// The rows a part writer makes of what it is told, for comparison with a file.
class RowRecorder : public cj::Observer {
 public:
  void on_event(const cj::CaseRecord& c, cj::CaseEvent e, double time) override {
    events.push_back(event_row(c, e, time));
  }
  void on_closed(const cj::CaseRecord& c) override { cases.push_back(case_row(c, c.outcome)); }
  void on_open_at_horizon(const cj::CaseRecord& c) override {
    cases.push_back(case_row(c, cj::Outcome::open));
  }
  std::vector<CaseRow> cases;
  std::vector<EventRow> events;
};

Provenance synthetic_provenance(int replications, std::size_t groups);
std::vector<PointInfo> synthetic_points(int count);

struct SweepSpec {
  int points = 2;
  int replications = 3;
  std::size_t groups = 4;
  std::size_t periods = 12;
  Trace trace = Trace::events;
  std::size_t cases = 300;  // run r has cases + 37 r
  std::size_t cases_of(int point, int replication) const {
    return cases + 37 * static_cast<std::size_t>(point * replications + replication);
  }
};

// Writes every part of the sweep into "<result>.parts", in `order` ((point, replication) pairs;
// run order if empty), then merges them into `result`.
void make_sweep(const std::filesystem::path& result, const SweepSpec& spec,
                std::vector<std::pair<int, int>> order = {}, ResultOptions options = {});

}  // namespace out::testing

// cjsim-output-bench: what tracing cases costs. Writes `runs` parts of `cases` synthetic cases
// each (timing the part writer against the same cases sent nowhere), merges them, and prints one
// `key=value` per line: seconds, bytes a case row (part and result) and merge rows a second.
//
//   cjsim-output-bench [--cases N] [--runs R] [--level L] [--threads T] [--dir D] [--events]
// --level L: zlib level L (0: none) for the result instead of the default run-length strategy.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "output/part_writer.hpp"
#include "output/result_writer.hpp"
#include "synthetic.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t cases = 1'000'000;
  int runs = 4;
  out::ResultOptions options;
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "cjsim-output-bench";
  out::Trace trace = out::Trace::cases;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&] { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--cases") {
      cases = std::strtoull(value(), nullptr, 10);
    } else if (arg == "--runs") {
      runs = std::atoi(value());
    } else if (arg == "--level") {
      options.compression = {std::atoi(value()), false};
    } else if (arg == "--threads") {
      options.threads = static_cast<unsigned>(std::atoi(value()));
    } else if (arg == "--dir") {
      dir = value();
    } else if (arg == "--events") {
      trace = out::Trace::events;
    } else {
      std::fprintf(stderr,
                   "usage: cjsim-output-bench [--cases N] [--runs R] [--level L] [--threads T] "
                   "[--dir D] [--events]\n");
      return 2;
    }
  }
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::size_t groups = 6, periods = 260;
  const auto result = dir / "bench.h5";
  const auto parts = out::parts_directory(result);

  // What the model would report, kept in memory so that only the writer is timed.
  struct Report : cj::Observer {
    void on_event(const cj::CaseRecord& c, cj::CaseEvent e, double t) override {
      calls.push_back({c, e, t, 0});
    }
    void on_closed(const cj::CaseRecord& c) override { calls.push_back({c, {}, 0, 1}); }
    void on_open_at_horizon(const cj::CaseRecord& c) override { calls.push_back({c, {}, 0, 2}); }
    struct Call {
      cj::CaseRecord record;
      cj::CaseEvent event;
      double time;
      int kind;
    };
    std::vector<Call> calls;
    std::uint64_t cases = 0;
  };
  double write_parts = 0;
  std::uint64_t rows = 0, event_rows = 0;
  for (int r = 0; r < runs; ++r) {
    Report report;
    out::testing::report_synthetic_cases(report,
                                         out::testing::part_options(0, r, trace, cases, groups));
    const auto start = Clock::now();
    out::RunPartWriter writer(out::part_path(parts, 0, r), trace, groups);
    for (const auto& call : report.calls) {
      if (call.kind == 0) writer.on_event(call.record, call.event, call.time);
      if (call.kind == 1) writer.on_closed(call.record);
      if (call.kind == 2) writer.on_open_at_horizon(call.record);
    }
    const auto reported = writer.cases_reported();
    for (const auto& call : report.calls)
      event_rows += call.kind == 0 && trace == out::Trace::events;
    writer.finish({0, r, 1, 0, 0, reported},
                  out::testing::synthetic_metrics(0, r, groups, periods));
    write_parts += seconds_since(start);
    rows += reported;
  }
  std::uintmax_t part_bytes = 0;
  for (const auto& e : std::filesystem::directory_iterator(parts)) part_bytes += e.file_size();

  auto start = Clock::now();
  {
    out::ResultWriter writer(result, true, out::testing::synthetic_provenance(runs, groups),
                             out::testing::synthetic_points(1), runs, trace, options);
    for (int r = 0; r < runs; ++r) writer.add_run(out::part_path(parts, 0, r));
    writer.commit();
  }
  const double merge = seconds_since(start);
  const auto result_bytes = std::filesystem::file_size(result);

  const double n = static_cast<double>(rows);
  std::printf("cases_per_run=%zu\nruns=%d\ncompression=%s%d\nthreads=%u\n", cases, runs,
              options.compression.run_length ? "run_length" : "level_",
              options.compression.run_length ? 0 : options.compression.level, options.threads);
  std::printf("part_write_seconds=%.3f\n", write_parts);
  std::printf("part_writer_ns_per_case=%.1f\n", write_parts / n * 1e9);
  std::printf("part_bytes_per_row=%.2f\n", static_cast<double>(part_bytes) / n);
  std::printf("merge_seconds=%.3f\n", merge);
  std::printf("merge_rows_per_second=%.0f\n", n / merge);
  std::printf("result_bytes_per_row=%.2f\n", static_cast<double>(result_bytes) / n);
  std::printf("result_mb=%.1f\n", static_cast<double>(result_bytes) / 1e6);
  if (event_rows > 0) {
    std::printf("event_rows=%llu\nevent_rows_per_case=%.2f\n",
                static_cast<unsigned long long>(event_rows), static_cast<double>(event_rows) / n);
  }
  std::filesystem::remove_all(dir);
  return 0;
}

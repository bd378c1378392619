// Reading one finished part back for the merge: its run, trace level, metrics and trace rows.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "models/records/named_values.hpp"
#include "output/chunked_rows.hpp"
#include "output/hdf5_error.hpp"
#include "output/hdf5_handles.hpp"
#include "output/records.hpp"

namespace out {

class RunPart {
 public:
  // Throws NotAResult unless `path` is a finished part of this format; ReadError if damaged.
  RunPart(const std::filesystem::path& path, unsigned threads);

  const std::filesystem::path& path() const noexcept { return path_; }
  const RunInfo& run() const noexcept { return run_; }
  Trace trace() const noexcept { return trace_; }
  std::size_t groups() const noexcept { return groups_; }
  const cj::RunMetrics& metrics() const noexcept { return metrics_; }

  // The trace rows (requires trace() to include them).
  ChunkedRowReader cases(hid_t row_type) const;
  ChunkedRowReader events(hid_t row_type) const;

 private:
  std::filesystem::path path_;
  unsigned threads_;
  h5::ReadCheck check_;
  h5::File file_;
  RunInfo run_;
  Trace trace_ = Trace::none;
  std::size_t groups_ = 0;
  cj::RunMetrics metrics_;
};

}  // namespace out

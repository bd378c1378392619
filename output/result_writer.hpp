// The merge: builds the one result file of a run or sweep from its finished parts, added in
// (point, replication) order. The file is written under a temporary name in the final folder and
// renamed only by commit(); an existing final file is never overwritten unless `force`. If the
// writer is destroyed without commit() (an exception, a cancelled sweep) the temporary goes.
//
// The merged data depend only on the parts' contents, never on the order they were produced in;
// the provenance attributes and /runs' wall_seconds are the only wall-clock values.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "output/chunk_codec.hpp"
#include "output/records.hpp"

namespace out {

struct ResultOptions {
  // Of /cases and /events: shuffle + run-length zlib by default (chunk_codec.hpp for figures);
  // {4, false} is zlib level 4, {0, false} no compression.
  Compression compression;
  // Threads compressing trace chunks; 0 uses every core.
  unsigned threads = 0;
};

class ResultWriter {
 public:
  // Throws WriteError if `final_path` exists and not `force`, or the temporary file cannot be
  // created; std::invalid_argument for inconsistent arguments (no points, replications < 1,
  // point indexes not 0..n-1, a start date that is not ISO).
  ResultWriter(std::filesystem::path final_path, bool force, const Provenance& provenance,
               const std::vector<PointInfo>& points, int replications, Trace trace,
               ResultOptions options = {});
  ResultWriter(const ResultWriter&) = delete;
  ResultWriter& operator=(const ResultWriter&) = delete;
  ~ResultWriter();

  // Appends the next run's part: the part must hold the next (point, replication) in order, the
  // same metric names and periods as the first run, the same number of offence groups, and a
  // trace at least as detailed as the result's (Incompatible otherwise, naming the difference).
  void add_run(const std::filesystem::path& part);

  // Writes /runs, the time axis and /summary, closes, flushes and renames the file into place.
  // Requires every run (std::logic_error otherwise).
  void commit();

  const std::filesystem::path& temporary_path() const noexcept;
  int runs_added() const noexcept;
  int runs_expected() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace out

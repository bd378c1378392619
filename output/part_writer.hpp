// The writer of one run's part file. It is the Observer the model reports to: case rows (and
// event rows) are compressed and appended a chunk at a time as the run goes, so memory does not
// grow with the trace. finish() adds the run's metrics, flushes the file to disk and renames it to
// its final name; a part that was not finished is removed, and a crash leaves only a temporary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

#include "models/records/named_values.hpp"
#include "models/records/observer.hpp"
#include "output/records.hpp"

namespace out {

// "<final result>.parts": where a run or sweep keeps its parts until the merge.
std::filesystem::path parts_directory(const std::filesystem::path& final_result);
// "<parts>/p0003-r0012.h5" for point 3, replication 12.
std::filesystem::path part_path(const std::filesystem::path& parts, int point, int replication);

// True only for a finished part under its final name (never throws).
bool part_is_complete(const std::filesystem::path& part);

// Removes the temporaries crashed workers left in `parts` ("*.tmp-<pid>"); returns how many.
// Only while no worker writes there (before a resumed sweep starts its workers).
std::size_t remove_part_temporaries(const std::filesystem::path& parts);

class RunPartWriter : public cj::Observer {
 public:
  // Creates the part under a temporary name beside `final_part_path` (creating its folder).
  // `groups`: the number of offence groups (the length of every KPI-by-group vector).
  RunPartWriter(std::filesystem::path final_part_path, Trace trace, std::size_t groups);
  RunPartWriter(const RunPartWriter&) = delete;
  RunPartWriter& operator=(const RunPartWriter&) = delete;
  ~RunPartWriter() override;

  void on_event(const cj::CaseRecord& c, cj::CaseEvent event, double time) override;
  void on_closed(const cj::CaseRecord& c) override;
  void on_open_at_horizon(const cj::CaseRecord& c) override;

  // Writes the run's metrics and publishes the part. `info.cases` must equal the cases reported
  // through on_closed/on_open_at_horizon when any were (std::logic_error otherwise); metrics of
  // the wrong shape throw std::invalid_argument; failures to write throw WriteError.
  void finish(const RunInfo& info, const cj::RunMetrics& metrics);

  std::uint64_t cases_reported() const noexcept { return cases_; }
  const std::filesystem::path& temporary_path() const noexcept { return temporary_; }

 private:
  struct Impl;
  std::filesystem::path final_;
  std::filesystem::path temporary_;
  Trace trace_;
  std::size_t groups_;
  std::uint64_t cases_ = 0;
  std::unique_ptr<Impl> impl_;  // open file and trace writers; null once finished
};

}  // namespace out

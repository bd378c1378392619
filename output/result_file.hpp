// Reading a result file back: provenance, points, runs, KPIs per run and per point (with their
// confidence intervals), KPIs by offence group, time series and the time axis. The trace
// datasets (/cases, /events) are left to HDF5 readers; only their sizes are reported here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "models/records/named_values.hpp"
#include "output/confidence.hpp"
#include "output/hdf5_error.hpp"
#include "output/hdf5_handles.hpp"
#include "output/records.hpp"

namespace out {

// A row-major [rows x cols] table.
template <class T>
struct Table {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::vector<T> values;
  const T& at(std::size_t r, std::size_t c) const { return values[r * cols + c]; }
};

class ResultFile {
 public:
  // Throws NotAResult with a one-line message if the file is missing, not HDF5, or not a cjsim
  // result ("<path>: not a cjsim result file (missing /runs)"); ReadError if it is damaged: every
  // dataset the accessors below read is checked here for presence, type and shape, so that
  // none of them reads past what the file holds ("<path>: /summary/runs/x: shape [3], expected
  // [4] ...").
  explicit ResultFile(const std::filesystem::path& path);

  const std::filesystem::path& path() const noexcept { return path_; }
  const Provenance& provenance() const noexcept { return provenance_; }
  Trace trace() const noexcept { return trace_; }
  const std::vector<PointInfo>& points() const noexcept { return points_; }
  const std::vector<RunInfo>& runs() const noexcept { return runs_; }
  int replications() const noexcept { return provenance_.replications; }
  std::size_t groups() const noexcept { return provenance_.offence_groups.size(); }

  // Names, units and descriptions, in the order the model reported them.
  const std::vector<cj::Described>& kpis() const noexcept { return kpis_; }
  const std::vector<cj::Described>& kpis_by_group() const noexcept { return kpis_by_group_; }
  const std::vector<cj::Described>& series() const noexcept { return series_; }

  // Unknown names throw ReadError.
  std::vector<double> kpi_runs(const std::string& kpi) const;         // [runs]
  std::vector<Interval> kpi_points(const std::string& kpi) const;     // [points]
  Table<double> kpi_runs_by_group(const std::string& kpi) const;      // [runs x groups]
  Table<Interval> kpi_points_by_group(const std::string& kpi) const;  // [points x groups]
  Table<double> series_values(const std::string& series) const;       // [runs x periods]
  const std::vector<double>& time() const noexcept { return time_; }  // days since start
  const std::vector<std::string>& period_start() const noexcept { return period_start_; }
  // Rows of /cases or /events ("cases" or "events"); 0 when not traced.
  std::uint64_t trace_rows(const std::string& dataset) const;

 private:
  void require(const std::vector<cj::Described>& list, const std::string& name,
               const char* what) const;
  // The reader contract (result_contract.hpp), checked as the file is opened.
  void check_header() const;
  void check_runs() const;
  std::size_t periods_in_file() const;
  void check_time_axis() const;
  void check_datasets() const;
  void check_trace() const;
  std::vector<Interval> intervals(const std::string& group, std::vector<hsize_t>* dims) const;

  std::filesystem::path path_;
  h5::ReadCheck check_;
  h5::File file_;
  Provenance provenance_;
  Trace trace_ = Trace::none;
  std::vector<PointInfo> points_;
  std::vector<RunInfo> runs_;
  std::vector<cj::Described> kpis_, kpis_by_group_, series_;
  std::vector<double> time_;
  std::vector<std::string> period_start_;
};

}  // namespace out

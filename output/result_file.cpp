#include "output/result_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "output/errors.hpp"
#include "output/hdf5_io.hpp"
#include "output/label_tables.hpp"
#include "output/result_contract.hpp"
#include "output/result_format.hpp"
#include "output/run_rows.hpp"

namespace out {

namespace {

hsize_t h5_count(std::size_t n) {
  return static_cast<hsize_t>(n);
}

std::string number_text(double x) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

// One field of a compound dataset, read through a one-member memory type (HDF5 matches by name).
std::vector<double> read_number_field(hid_t ds, const std::string& name, std::size_t n,
                                      const h5::ReadCheck& check) {
  const std::string what = "reading /points field " + name;
  const h5::Type mem(check(H5Tcreate(H5T_COMPOUND, sizeof(double)), what));
  check(H5Tinsert(mem.get(), name.c_str(), 0, H5T_NATIVE_DOUBLE), what);
  std::vector<double> values(n);
  if (n > 0) check(H5Dread(ds, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), what);
  return values;
}

std::vector<std::string> read_text_field(hid_t ds, const std::string& name, std::size_t n,
                                         const h5::ReadCheck& check) {
  const std::string what = "reading /points field " + name;
  const h5::Type text = h5::string_type();
  const h5::Type mem(check(H5Tcreate(H5T_COMPOUND, sizeof(char*)), what));
  check(H5Tinsert(mem.get(), name.c_str(), 0, text.get()), what);
  std::vector<char*> pointers(n, nullptr);
  std::vector<std::string> values;
  if (n == 0) return values;
  check(H5Dread(ds, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()), what);
  for (const char* p : pointers) values.emplace_back(p ? p : "");
  const h5::Space space(H5Dget_space(ds));
  H5Dvlen_reclaim(mem.get(), space.get(), H5P_DEFAULT, pointers.data());
  return values;
}

std::vector<PointInfo> read_points(hid_t file, const h5::ReadCheck& check) {
  const std::string what = "reading /points";
  if (!h5::exists(file, "points")) check.fail(what, "missing");
  const h5::Dataset ds(check(H5Dopen2(file, "points", H5P_DEFAULT), what));
  const h5::Space space(check(H5Dget_space(ds.get()), what));
  const auto n = static_cast<std::size_t>(check(H5Sget_simple_extent_npoints(space.get()), what));
  const h5::Type type(check(H5Dget_type(ds.get()), what));
  if (H5Tget_class(type.get()) != H5T_COMPOUND) check.fail(what, "not a table");
  std::vector<PointInfo> points(n);
  const auto index = read_number_field(ds.get(), "index", n, check);
  const auto label = read_text_field(ds.get(), "label", n, check);
  for (std::size_t i = 0; i < n; ++i) {
    // A point's index is its row; anything else (a NaN, a huge number) is damage, not a cast.
    if (index[i] != static_cast<double>(i))
      check.fail("/points", "row " + std::to_string(i) + " has index " + number_text(index[i]));
    points[i].index = static_cast<int>(i);
    points[i].label = label[i];
  }
  const int members = check(H5Tget_nmembers(type.get()), what);
  for (int m = 0; m < members; ++m) {
    char* raw = H5Tget_member_name(type.get(), static_cast<unsigned>(m));
    const std::string name = raw ? raw : "";
    H5free_memory(raw);
    if (name == "index" || name == "label") continue;
    if (H5Tget_member_class(type.get(), static_cast<unsigned>(m)) == H5T_STRING) {
      const auto values = read_text_field(ds.get(), name, n, check);
      for (std::size_t i = 0; i < n; ++i) points[i].values.emplace_back(name, values[i]);
    } else {
      const auto values = read_number_field(ds.get(), name, n, check);
      for (std::size_t i = 0; i < n; ++i) {
        points[i].values.emplace_back(name, number_text(values[i]));
      }
    }
  }
  return points;
}

std::vector<RunInfo> read_runs(hid_t file, const h5::ReadCheck& check) {
  const std::string what = "reading /runs";
  const h5::Dataset ds(check(H5Dopen2(file, "runs", H5P_DEFAULT), what));
  const h5::Space space(check(H5Dget_space(ds.get()), what));
  const auto n = static_cast<std::size_t>(check(H5Sget_simple_extent_npoints(space.get()), what));
  const h5::Type mem = run_row_type();
  std::vector<RunRow> rows(n);
  if (n > 0) check(H5Dread(ds.get(), mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), what);
  std::vector<RunInfo> runs;
  for (const auto& r : rows) runs.push_back(run_info(r));
  return runs;
}

// Names (in creation order) with their units and description attributes.
std::vector<cj::Described> described_children(hid_t file, const std::string& group,
                                              const h5::ReadCheck& check) {
  std::vector<cj::Described> list;
  if (!h5::exists(file, group)) return list;
  for (const auto& name : h5::child_names(file, group, check)) {
    const std::string path = group + "/" + name;
    const h5::Dataset ds(check(H5Dopen2(file, path.c_str(), H5P_DEFAULT), "opening /" + path));
    list.push_back({name, h5::read_string_attribute(ds.get(), "units", check).value_or(""),
                    h5::read_string_attribute(ds.get(), "description", check).value_or("")});
  }
  return list;
}

}  // namespace

ResultFile::ResultFile(const std::filesystem::path& path) : path_(path), check_(path.string()) {
  h5::silence_errors();
  const std::string name = path_.string();
  std::error_code error;
  if (!std::filesystem::exists(path_, error)) throw NotAResult(name + ": no such file");
  if (std::filesystem::is_directory(path_, error)) throw NotAResult(name + ": is a folder");
  if (H5Fis_hdf5(path_.c_str()) <= 0) throw NotAResult(name + ": not an HDF5 file");
  {
    const h5::Plist fapl = h5::file_access_plist(check_);
    file_ = h5::File(H5Fopen(path_.c_str(), H5F_ACC_RDONLY, fapl.get()));
    // The cause now: the next HDF5 call (closing fapl) clears HDF5's error stack.
    if (!file_) throw NotAResult(name + ": cannot be opened as HDF5: " + h5::failure_cause());
  }
  const hid_t f = file_.get();
  if (!h5::exists(f, "runs")) throw NotAResult(name + ": not a cjsim result file (missing /runs)");
  const auto format = h5::read_string_attribute(f, "format", check_);
  if (format != result::kFormat) {
    throw NotAResult(name + ": not a cjsim result of format " + result::kFormat + " (format " +
                     (format ? "'" + *format + "'" : "attribute missing") + ")");
  }

  auto text = [&](const char* attr) {
    return h5::read_string_attribute(f, attr, check_).value_or("");
  };
  provenance_.cjsim_version = text("cjsim_version");
  provenance_.source_revision = text("source_revision");
  provenance_.created_utc = text("created_utc");
  provenance_.scenario_name = text("scenario_name");
  provenance_.engine = text("engine");
  provenance_.command_line = text("command_line");
  provenance_.start_date = text("start_date");
  provenance_.seed = h5::read_number_attribute<std::uint64_t>(f, "seed", check_).value_or(0);
  provenance_.replications =
      h5::read_number_attribute<std::int32_t>(f, "replications", check_).value_or(0);
  provenance_.period_days = h5::read_number_attribute<double>(f, "period_days", check_).value_or(0);
  provenance_.horizon_days =
      h5::read_number_attribute<double>(f, "horizon_days", check_).value_or(0);
  trace_ = parse_trace(text("trace")).value_or(Trace::none);
  contract::require_strings(f, "scenario", 1, check_);
  provenance_.scenario_yaml = h5::read_strings(f, "scenario", check_).at(0);
  contract::require_group(f, "scenario_sources", check_);
  // One per file read, numbered from 0 in the order they were read.
  const auto sources = h5::child_names(f, "scenario_sources", check_);
  if (sources.empty()) check_.fail("/scenario_sources", "empty");
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (std::find(sources.begin(), sources.end(), std::to_string(i)) == sources.end()) {
      check_.fail("/scenario_sources/" + std::to_string(i), "missing");
    }
  }
  for (const auto& n : sources) {
    const std::string p = "scenario_sources/" + n;
    contract::require_strings(f, p, 1, check_);
    const h5::Dataset ds(check_(H5Dopen2(f, p.c_str(), H5P_DEFAULT), "opening /" + p));
    provenance_.scenario_sources.emplace_back(
        h5::read_string_attribute(ds.get(), "path", check_).value_or(""),
        h5::read_strings(f, p, check_).at(0));
  }
  if (!h5::exists(f, "offence_groups")) check_.fail("/offence_groups", "missing");
  provenance_.offence_groups = h5::read_strings(f, "offence_groups", check_);

  check_header();
  points_ = read_points(f, check_);
  runs_ = read_runs(f, check_);
  check_runs();
  for (const char* group : {result::kSummaryRuns, result::kSummaryPoints,
                            result::kSummaryRunsByGroup, result::kSummaryPointsByGroup}) {
    contract::require_group(f, group, check_);
  }
  contract::require_group(f, "timeseries", check_);
  kpis_ = described_children(f, result::kSummaryRuns, check_);
  kpis_by_group_ = described_children(f, result::kSummaryRunsByGroup, check_);
  series_ = described_children(f, "timeseries", check_);
  std::erase_if(
      series_, [](const cj::Described& d) { return d.name == "time" || d.name == "period_start"; });
  contract::require_numbers(f, "timeseries/time", {h5_count(periods_in_file())}, check_);
  time_ = h5::read_numbers<double>(f, "timeseries/time", check_);
  contract::require_strings(f, "timeseries/period_start", time_.size(), check_);
  period_start_ = h5::read_strings(f, "timeseries/period_start", check_);
  check_time_axis();
  check_datasets();
  check_labels(f, check_);
  check_trace();
}

// A trace holds one row per case of every run (closed, or open at the horizon).
void ResultFile::check_trace() const {
  const hid_t f = file_.get();
  if (trace_ == Trace::none) return;
  std::uint64_t cases = 0;
  for (const auto& run : runs_) cases += run.cases;
  const std::string what = "/cases";
  if (!h5::exists(f, "cases")) check_.fail(what, "missing (the file says it traces cases)");
  const h5::Dataset ds(check_(H5Dopen2(f, "cases", H5P_DEFAULT), what));
  const h5::Type type(check_(H5Dget_type(ds.get()), what));
  if (H5Tget_class(type.get()) != H5T_COMPOUND) check_.fail(what, "not a table");
  if (trace_rows("cases") != cases) {
    check_.fail(what, std::to_string(trace_rows("cases")) + " rows, expected one per case (" +
                          std::to_string(cases) + " in /runs)");
  }
  if (trace_ == Trace::events && !h5::exists(f, "events")) {
    check_.fail("/events", "missing (the file says it traces events)");
  }
}

namespace {

std::vector<std::string> names_of(const std::vector<cj::Described>& list) {
  std::vector<std::string> names;
  for (const auto& d : list) names.push_back(d.name);
  return names;
}

}  // namespace

// The counts every shape is checked against: replications, points and groups as the file
// states them, and a time axis that is there.
void ResultFile::check_header() const {
  const hid_t f = file_.get();
  if (provenance_.replications < 1) {
    check_.fail("attribute /@replications", "missing, or not a number of runs >= 1");
  }
  if (!(provenance_.period_days > 0) || !std::isfinite(provenance_.period_days)) {
    check_.fail("attribute /@period_days", "missing, or not a length of period > 0");
  }
  if (!(provenance_.horizon_days > 0) || !std::isfinite(provenance_.horizon_days)) {
    check_.fail("attribute /@horizon_days", "missing, or not a horizon > 0");
  }
  if (!contract::is_iso_date(provenance_.start_date)) {
    check_.fail("attribute /@start_date", "not a date YYYY-MM-DD");
  }
  contract::require_strings(f, "offence_groups", provenance_.offence_groups.size(), check_);
  if (provenance_.offence_groups.empty()) check_.fail("/offence_groups", "empty");
}

// One run per point and replication, each once: readers index runs by both.
void ResultFile::check_runs() const {
  if (points_.empty()) check_.fail("/points", "empty");
  const auto replications = static_cast<std::size_t>(provenance_.replications);
  if (runs_.size() != points_.size() * replications) {
    check_.fail("/runs", std::to_string(runs_.size()) +
                             " rows, expected one per point and "
                             "replication (" +
                             std::to_string(points_.size() * replications) + ")");
  }
  std::vector<bool> seen(runs_.size(), false);
  for (const auto& run : runs_) {
    if (run.point < 0 || static_cast<std::size_t>(run.point) >= points_.size() ||
        run.replication < 0 || static_cast<std::size_t>(run.replication) >= replications) {
      check_.fail("/runs", "a run of point " + std::to_string(run.point) + ", replication " +
                               std::to_string(run.replication) + ", outside the file's " +
                               std::to_string(points_.size()) + " points and " +
                               std::to_string(replications) + " replications");
    }
    const std::size_t at = static_cast<std::size_t>(run.point) * replications +
                           static_cast<std::size_t>(run.replication);
    if (seen[at]) {
      check_.fail("/runs", "point " + std::to_string(run.point) + ", replication " +
                               std::to_string(run.replication) + " twice");
    }
    seen[at] = true;
  }
}

std::size_t ResultFile::periods_in_file() const {
  const std::string what = "/timeseries/time";
  if (!h5::exists(file_.get(), "timeseries/time")) check_.fail(what, "missing");
  const h5::Dataset ds(check_(H5Dopen2(file_.get(), "timeseries/time", H5P_DEFAULT), what));
  const h5::Space space(check_(H5Dget_space(ds.get()), what));
  const auto n = check_(H5Sget_simple_extent_npoints(space.get()), what);
  if (n < 1) check_.fail(what, "empty (a run has at least one period)");
  return static_cast<std::size_t>(n);
}

// Periods start at 0, one after another, before the horizon.
void ResultFile::check_time_axis() const {
  for (std::size_t t = 0; t < time_.size(); ++t) {
    const bool in_order = t == 0 ? time_[t] == 0 : time_[t] > time_[t - 1];
    const bool before_horizon =
        provenance_.horizon_days == 0 || time_[t] < provenance_.horizon_days;
    if (!in_order || !before_horizon) {
      check_.fail("/timeseries/time", "period " + std::to_string(t) + " starts at day " +
                                          number_text(time_[t]) +
                                          " (expected increasing from 0, before the horizon)");
    }
  }
}

// Every dataset a reader may read, of numbers and of the shape the counts give.
void ResultFile::check_datasets() const {
  const hid_t f = file_.get();
  const hsize_t runs = runs_.size();
  const hsize_t points = points_.size();
  const hsize_t groups = provenance_.offence_groups.size();
  const hsize_t periods = time_.size();
  const std::vector<std::string> kpis = names_of(kpis_);
  const std::vector<std::string> by_group = names_of(kpis_by_group_);
  if (kpis.empty()) check_.fail(std::string("/") + result::kSummaryRuns, "no KPIs");
  contract::require_same_names(kpis, result::kSummaryRuns,
                               h5::child_names(f, result::kSummaryPoints, check_),
                               result::kSummaryPoints, check_);
  contract::require_same_names(by_group, result::kSummaryRunsByGroup,
                               h5::child_names(f, result::kSummaryPointsByGroup, check_),
                               result::kSummaryPointsByGroup, check_);
  for (const auto& kpi : kpis) {
    contract::require_numbers(f, std::string(result::kSummaryRuns) + "/" + kpi, {runs}, check_);
    for (const char* part : {"mean", "ci_low", "ci_high", "n"}) {
      contract::require_numbers(f, std::string(result::kSummaryPoints) + "/" + kpi + "/" + part,
                                {points}, check_);
    }
  }
  for (const auto& kpi : by_group) {
    contract::require_numbers(f, std::string(result::kSummaryRunsByGroup) + "/" + kpi,
                              {runs, groups}, check_);
    for (const char* part : {"mean", "ci_low", "ci_high", "n"}) {
      contract::require_numbers(f,
                                std::string(result::kSummaryPointsByGroup) + "/" + kpi + "/" + part,
                                {points, groups}, check_);
    }
  }
  for (const auto& s : series_) {
    contract::require_numbers(f, "timeseries/" + s.name, {runs, periods}, check_);
  }
  // Files since the series list was written name every series they hold (older ones do not).
  const h5::Group timeseries(check_(H5Gopen2(f, "timeseries", H5P_DEFAULT), "/timeseries"));
  const auto listed = h5::read_string_array_attribute(timeseries.get(), "series", check_);
  const std::vector<std::string> present = names_of(series_);
  for (const auto& name : listed) {
    if (std::find(present.begin(), present.end(), name) == present.end()) {
      check_.fail("/timeseries/" + name, "missing (listed in /timeseries@series)");
    }
  }
  for (const auto& name : present) {
    if (!listed.empty() && std::find(listed.begin(), listed.end(), name) == listed.end()) {
      check_.fail("/timeseries/" + name, "not listed in /timeseries@series");
    }
  }
}

void ResultFile::require(const std::vector<cj::Described>& list, const std::string& name,
                         const char* what) const {
  if (std::none_of(list.begin(), list.end(), [&](const auto& d) { return d.name == name; })) {
    throw ReadError(path_.string() + ": no " + what + " '" + name + "'");
  }
}

std::vector<double> ResultFile::kpi_runs(const std::string& kpi) const {
  require(kpis_, kpi, "KPI");
  return h5::read_numbers<double>(file_.get(), std::string(result::kSummaryRuns) + "/" + kpi,
                                  check_);
}

std::vector<Interval> ResultFile::intervals(const std::string& group,
                                            std::vector<hsize_t>* dims) const {
  const hid_t f = file_.get();
  const auto mean = h5::read_numbers<double>(f, group + "/mean", check_, dims);
  const auto low = h5::read_numbers<double>(f, group + "/ci_low", check_);
  const auto high = h5::read_numbers<double>(f, group + "/ci_high", check_);
  const auto n = h5::read_numbers<std::uint64_t>(f, group + "/n", check_);
  if (low.size() != mean.size() || high.size() != mean.size() || n.size() != mean.size()) {
    check_.fail("reading /" + group, "datasets of different sizes");
  }
  std::vector<Interval> result;
  for (std::size_t i = 0; i < mean.size(); ++i) result.push_back({mean[i], low[i], high[i], n[i]});
  return result;
}

std::vector<Interval> ResultFile::kpi_points(const std::string& kpi) const {
  require(kpis_, kpi, "KPI");
  return intervals(std::string(result::kSummaryPoints) + "/" + kpi, nullptr);
}

Table<double> ResultFile::kpi_runs_by_group(const std::string& kpi) const {
  require(kpis_by_group_, kpi, "KPI by group");
  Table<double> t;
  std::vector<hsize_t> dims;
  t.values = h5::read_numbers<double>(
      file_.get(), std::string(result::kSummaryRunsByGroup) + "/" + kpi, check_, &dims);
  t.rows = dims.size() > 0 ? dims[0] : 0;
  t.cols = dims.size() > 1 ? dims[1] : 1;
  return t;
}

Table<Interval> ResultFile::kpi_points_by_group(const std::string& kpi) const {
  require(kpis_by_group_, kpi, "KPI by group");
  Table<Interval> t;
  std::vector<hsize_t> dims;
  t.values = intervals(std::string(result::kSummaryPointsByGroup) + "/" + kpi, &dims);
  t.rows = dims.size() > 0 ? dims[0] : 0;
  t.cols = dims.size() > 1 ? dims[1] : 1;
  return t;
}

Table<double> ResultFile::series_values(const std::string& series) const {
  require(series_, series, "time series");
  Table<double> t;
  std::vector<hsize_t> dims;
  t.values = h5::read_numbers<double>(file_.get(), "timeseries/" + series, check_, &dims);
  t.rows = dims.size() > 0 ? dims[0] : 0;
  t.cols = dims.size() > 1 ? dims[1] : 1;
  return t;
}

std::uint64_t ResultFile::trace_rows(const std::string& dataset) const {
  if (!h5::exists(file_.get(), dataset)) return 0;
  const std::string what = "reading /" + dataset;
  const h5::Dataset ds(check_(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), what));
  const h5::Space space(check_(H5Dget_space(ds.get()), what));
  return static_cast<std::uint64_t>(check_(H5Sget_simple_extent_npoints(space.get()), what));
}

}  // namespace out

#include "output/result_file.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "output/errors.hpp"
#include "output/hdf5_io.hpp"
#include "output/result_format.hpp"
#include "output/run_rows.hpp"

namespace out {

namespace {

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
    points[i].index = static_cast<int>(index[i]);
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
  if (h5::exists(f, "scenario"))
    provenance_.scenario_yaml = h5::read_strings(f, "scenario", check_).at(0);
  if (h5::exists(f, "scenario_sources")) {
    for (const auto& n : h5::child_names(f, "scenario_sources", check_)) {
      const std::string p = "scenario_sources/" + n;
      const h5::Dataset ds(check_(H5Dopen2(f, p.c_str(), H5P_DEFAULT), "opening /" + p));
      provenance_.scenario_sources.emplace_back(
          h5::read_string_attribute(ds.get(), "path", check_).value_or(""),
          h5::read_strings(f, p, check_).at(0));
    }
  }
  provenance_.offence_groups = h5::read_strings(f, "offence_groups", check_);

  points_ = read_points(f, check_);
  runs_ = read_runs(f, check_);
  if (runs_.size() != points_.size() * static_cast<std::size_t>(provenance_.replications)) {
    check_.fail("reading /runs", "not one row per point and replication");
  }
  kpis_ = described_children(f, result::kSummaryRuns, check_);
  kpis_by_group_ = described_children(f, result::kSummaryRunsByGroup, check_);
  series_ = described_children(f, "timeseries", check_);
  std::erase_if(
      series_, [](const cj::Described& d) { return d.name == "time" || d.name == "period_start"; });
  time_ = h5::read_numbers<double>(f, "timeseries/time", check_);
  period_start_ = h5::read_strings(f, "timeseries/period_start", check_);
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

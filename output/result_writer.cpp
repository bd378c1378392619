#include "output/result_writer.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "output/chunked_rows.hpp"
#include "output/compatibility.hpp"
#include "output/files.hpp"
#include "output/hdf5_io.hpp"
#include "output/label_tables.hpp"
#include "output/part_format.hpp"
#include "output/part_reader.hpp"
#include "output/result_layout.hpp"
#include "output/summaries.hpp"
#include "output/trace_rows.hpp"

namespace out {

namespace {

template <class Items>
std::vector<std::string> names_of(const Items& items) {
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(item.name);
  return names;
}

// Position of each of `expected`'s names in `items`; Incompatible if the sets differ.
template <class Items>
std::vector<std::size_t> match(const std::vector<std::string>& expected, const Items& items,
                               const std::string& what, const std::filesystem::path& part) {
  const auto got = names_of(items);
  if (const auto diff = name_difference(what, expected, got, "the first run", "this part");
      !diff.empty()) {
    throw Incompatible(part.string() + ": " + diff);
  }
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < got.size(); ++i) index[got[i]] = i;
  std::vector<std::size_t> positions;
  for (const auto& name : expected) positions.push_back(index.at(name));
  return positions;
}

}  // namespace

struct ResultWriter::Impl {
  std::filesystem::path final_path;
  std::filesystem::path temporary;
  bool force = false;
  Provenance provenance;
  std::size_t points = 0;
  std::size_t replications = 0;
  Trace trace = Trace::none;
  Compression compression;
  unsigned threads = 1;
  h5::WriteCheck check;
  h5::File file;
  h5::Type case_type = case_row_type();
  h5::Type event_type = event_row_type();
  std::optional<ChunkedRowWriter> cases;
  std::optional<ChunkedRowWriter> events;
  h5::Group timeseries;
  std::vector<h5::Dataset> series;

  // Set by the first run; every later run must match.
  bool have_layout = false;
  std::vector<double> period_start;
  std::vector<std::string> series_names, kpi_names, group_kpi_names;
  std::vector<KpiColumn> kpis, kpis_by_group;
  std::vector<RunInfo> runs;
  bool committed = false;
  bool broken = false;  // an add_run failed half-way: only destruction is left

  explicit Impl(const std::filesystem::path& temp) : temporary(temp), check(temp.string()) {}
  ~Impl() {
    if (committed) return;
    cases.reset();
    events.reset();
    series.clear();
    timeseries.reset();
    file.reset();
    remove_quietly(temporary);
  }

  void create_traces();
  void first_run(const RunPart& part);
  void copy_rows(const RunPart& part, std::uint32_t run);
  void add_metrics(const RunPart& part, std::size_t run);
};

void ResultWriter::Impl::create_traces() {
  const hid_t f = file.get();
  if (trace != Trace::none) {
    cases.emplace(f, "cases", case_type.get(), part::case_layout(compression),
                  part::kMergeBatchChunks, threads, check);
    const hid_t ds = cases->dataset();
    h5::describe(ds, case_fields_units(provenance.start_date), case_fields_description(), check);
    h5::write_attribute(ds, "mapping", provenance.offence_groups, check);
    h5::write_attribute(ds, "magistrates_court_mapping", provenance.magistrates_courts, check);
    h5::write_attribute(ds, "crown_centre_mapping", provenance.crown_centres, check);
    h5::write_number_attribute<double>(ds, "time_resolution_days", cj::kTraceTimeResolutionDays,
                                       check);
  }
  if (trace == Trace::events) {
    events.emplace(f, "events", event_type.get(), part::event_layout(compression),
                   part::kMergeBatchChunks, threads, check);
    h5::describe(events->dataset(), event_fields_units(provenance.start_date),
                 event_fields_description(), check);
  }
}

void ResultWriter::Impl::first_run(const RunPart& part) {
  const auto& m = part.metrics();
  period_start = m.period_start;
  series_names = names_of(m.series);
  kpi_names = names_of(m.kpis);
  group_kpi_names = names_of(m.kpis_by_group);
  const std::size_t runs_total = points * replications;
  for (const auto& k : m.kpis) {
    kpis.push_back({{k.name, k.units, k.description}, std::vector<double>(runs_total)});
  }
  for (const auto& k : m.kpis_by_group) {
    kpis_by_group.push_back({{k.name, k.units, k.description},
                             std::vector<double>(runs_total * provenance.offence_groups.size())});
  }
  const hsize_t dims[2] = {runs_total, period_start.size()};
  const h5::Space space(check(H5Screate_simple(2, dims, nullptr), "creating /timeseries"));
  const h5::Plist dcpl = h5::dataset_create_plist(check);
  for (const auto& s : m.series) {
    const std::string what = "creating /timeseries/" + s.name;
    h5::Dataset ds(check(H5Dcreate2(timeseries.get(), s.name.c_str(), H5T_NATIVE_DOUBLE,
                                    space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
                         what));
    h5::describe(ds.get(), s.units, s.description + " [runs x periods]", check);
    series.push_back(std::move(ds));
  }
  have_layout = true;
}

void ResultWriter::Impl::copy_rows(const RunPart& part, std::uint32_t run) {
  if (trace == Trace::none) return;
  std::uint64_t copied = 0;
  {
    const RowStamp stamp{kRunOffset, run};
    ChunkedRowReader reader = part.cases(case_type.get());
    reader.read([&](const std::byte* rows, std::size_t n) {
      cases->append(rows, n, &stamp);
      copied += n;
    });
  }
  if (copied != part.run().cases) {
    throw ReadError(part.path().string() + ": " + std::to_string(copied) + " case rows for " +
                    std::to_string(part.run().cases) + " cases");
  }
  if (trace == Trace::events) {
    const RowStamp stamp{kRunOffset, run};
    ChunkedRowReader reader = part.events(event_type.get());
    reader.read([&](const std::byte* rows, std::size_t n) { events->append(rows, n, &stamp); });
  }
}

void ResultWriter::Impl::add_metrics(const RunPart& part, std::size_t run) {
  const auto& m = part.metrics();
  if (m.period_start != period_start) {
    throw Incompatible(part.path().string() + ": its " + std::to_string(m.period_start.size()) +
                       " periods differ from the first run's " +
                       std::to_string(period_start.size()));
  }
  const auto s_at = match(series_names, m.series, "time series", part.path());
  const auto k_at = match(kpi_names, m.kpis, "KPIs", part.path());
  const auto g_at = match(group_kpi_names, m.kpis_by_group, "KPIs by group", part.path());
  const hsize_t start[2] = {run, 0};
  const hsize_t count[2] = {1, period_start.size()};
  for (std::size_t i = 0; i < series.size() && count[1] > 0; ++i) {
    const std::string what = "writing /timeseries/" + series_names[i];
    const h5::Space file_space(check(H5Dget_space(series[i].get()), what));
    check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, count, nullptr),
          what);
    const h5::Space memory(check(H5Screate_simple(2, count, nullptr), what));
    check(H5Dwrite(series[i].get(), H5T_NATIVE_DOUBLE, memory.get(), file_space.get(), H5P_DEFAULT,
                   m.series[s_at[i]].values.data()),
          what);
  }
  for (std::size_t i = 0; i < kpis.size(); ++i) kpis[i].values[run] = m.kpis[k_at[i]].value;
  const std::size_t groups = provenance.offence_groups.size();
  for (std::size_t i = 0; i < kpis_by_group.size(); ++i) {
    const auto& values = m.kpis_by_group[g_at[i]].values;
    std::copy(values.begin(), values.end(),
              kpis_by_group[i].values.begin() + static_cast<std::ptrdiff_t>(run * groups));
  }
}

ResultWriter::ResultWriter(std::filesystem::path final_path, bool force,
                           const Provenance& provenance, const std::vector<PointInfo>& points,
                           int replications, Trace trace, ResultOptions options) {
  h5::silence_errors();
  if (points.empty()) throw std::invalid_argument("a result needs at least one point");
  if (replications < 1) throw std::invalid_argument("a result needs at least one replication");
  if (provenance.replications != replications) {
    throw std::invalid_argument("provenance says " + std::to_string(provenance.replications) +
                                " replications, the writer was given " +
                                std::to_string(replications));
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].index != static_cast<int>(i)) {
      throw std::invalid_argument("point " + std::to_string(i) + " has index " +
                                  std::to_string(points[i].index));
    }
  }
  iso_date_after(provenance.start_date, 0);  // throws if the start date is not ISO
  if (options.compression.level < 0 || options.compression.level > 9) {
    throw std::invalid_argument("compression level must be 0..9");
  }
  std::error_code error;
  if (!force && std::filesystem::exists(final_path, error)) {
    throw WriteError(final_path.string() + ": already exists (not overwritten without force)");
  }

  impl_ = std::make_unique<Impl>(temporary_path_for(final_path));
  Impl& w = *impl_;
  w.final_path = std::move(final_path);
  w.force = force;
  w.provenance = provenance;
  w.points = points.size();
  w.replications = static_cast<std::size_t>(replications);
  w.trace = trace;
  w.compression = options.compression;
  w.threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  {
    const h5::Plist fcpl = h5::file_create_plist(w.check);
    const h5::Plist fapl = h5::file_access_plist(w.check);
    w.file = h5::File(
        w.check(H5Fcreate(w.temporary.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get()), "creating"));
  }
  write_provenance(w.file.get(), provenance, trace, w.check);
  write_labels(w.file.get(), w.check);
  write_points(w.file.get(), points, w.check);
  w.timeseries = h5::create_group(w.file.get(), "timeseries", w.check);
  h5::write_attribute(w.timeseries.get(), "description",
                      "Per-period values of each run: [runs x periods], rows as in /runs.",
                      w.check);
  w.create_traces();
}

ResultWriter::~ResultWriter() = default;

void ResultWriter::add_run(const std::filesystem::path& part_path) {
  Impl& w = *impl_;
  if (w.committed) throw std::logic_error("add_run after commit");
  if (w.broken) throw std::logic_error("add_run after a failed add_run");
  const std::size_t run = w.runs.size();
  if (run >= w.points * w.replications) {
    throw std::logic_error(part_path.string() + ": more runs than points x replications");
  }
  const RunPart part(part_path, w.threads);
  const RunInfo& info = part.run();
  const auto point = static_cast<int>(run / w.replications);
  const auto replication = static_cast<int>(run % w.replications);
  if (info.point != point || info.replication != replication) {
    throw Incompatible(part_path.string() + ": holds point " + std::to_string(info.point) +
                       " replication " + std::to_string(info.replication) + " but point " +
                       std::to_string(point) + " replication " + std::to_string(replication) +
                       " comes next");
  }
  if (part.groups() != w.provenance.offence_groups.size()) {
    throw Incompatible(part_path.string() + ": " + std::to_string(part.groups()) +
                       " offence groups, the result has " +
                       std::to_string(w.provenance.offence_groups.size()));
  }
  if (static_cast<int>(part.trace()) < static_cast<int>(w.trace)) {
    throw Incompatible(part_path.string() + ": written with trace " + trace_name(part.trace()) +
                       ", the result needs " + trace_name(w.trace));
  }
  w.broken = true;
  if (!w.have_layout) w.first_run(part);
  w.add_metrics(part, run);
  w.copy_rows(part, static_cast<std::uint32_t>(run));
  w.runs.push_back(info);
  w.broken = false;
}

void ResultWriter::commit() {
  Impl& w = *impl_;
  if (w.committed) throw std::logic_error("commit called twice");
  if (w.broken) throw std::logic_error("commit after a failed add_run");
  if (w.runs.size() != w.points * w.replications) {
    throw std::logic_error("commit after " + std::to_string(w.runs.size()) + " of " +
                           std::to_string(w.points * w.replications) + " runs");
  }
  w.broken = true;  // a failure from here on leaves nothing to retry
  if (w.cases) w.cases->finish();
  if (w.events) w.events->finish();
  write_runs(w.file.get(), w.runs, w.check);
  write_time_axis(w.timeseries.get(), w.period_start, w.provenance.start_date, w.check);
  for (std::size_t i = 0; i < w.series.size(); ++i) {
    w.check(w.series[i].close(), "writing /timeseries/" + w.series_names[i]);
  }
  // The names the group should hold: a reader can tell a deleted series from one never written.
  h5::write_attribute(w.timeseries.get(), "series", w.series_names, w.check);
  w.check(w.timeseries.close(), "writing /timeseries");
  write_summaries(w.file.get(), w.kpis, w.kpis_by_group,
                  {w.points, w.replications, w.provenance.offence_groups.size()}, w.check);
  w.check(w.file.close(), "closing");
  std::error_code error;
  if (!w.force && std::filesystem::exists(w.final_path, error)) {
    throw WriteError(w.final_path.string() + ": appeared while merging (not overwritten)");
  }
  publish(w.temporary, w.final_path);
  w.committed = true;
}

const std::filesystem::path& ResultWriter::temporary_path() const noexcept {
  return impl_->temporary;
}
int ResultWriter::runs_added() const noexcept {
  return static_cast<int>(impl_->runs.size());
}
int ResultWriter::runs_expected() const noexcept {
  return static_cast<int>(impl_->points * impl_->replications);
}

}  // namespace out

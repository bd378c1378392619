#include "output/part_writer.hpp"

#include <cstdio>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "output/chunked_rows.hpp"
#include "output/files.hpp"
#include "output/hdf5_io.hpp"
#include "output/part_format.hpp"

namespace out {

namespace {

// Names become HDF5 link names in the result, and scripts depend on them being unique.
template <class Items>
void check_names(const Items& items, const char* table) {
  std::set<std::string> seen;
  for (const auto& item : items) {
    if (item.name.empty() || item.name.find('/') != std::string::npos || item.name == ".") {
      throw std::invalid_argument(std::string(table) + ": invalid name '" + item.name + "'");
    }
    if (!seen.insert(item.name).second) {
      throw std::invalid_argument(std::string(table) + ": duplicate name '" + item.name + "'");
    }
  }
}

void check_metrics(const cj::RunMetrics& m, std::size_t groups) {
  check_names(m.series, "time series");
  check_names(m.kpis, "KPIs");
  check_names(m.kpis_by_group, "KPIs by group");
  for (const auto& s : m.series) {
    if (s.values.size() != m.period_start.size()) {
      throw std::invalid_argument("time series '" + s.name + "' has " +
                                  std::to_string(s.values.size()) + " values for " +
                                  std::to_string(m.period_start.size()) + " periods");
    }
  }
  for (const auto& g : m.kpis_by_group) {
    if (g.values.size() != groups) {
      throw std::invalid_argument("KPI by group '" + g.name + "' has " +
                                  std::to_string(g.values.size()) + " values for " +
                                  std::to_string(groups) + " offence groups");
    }
  }
}

// names, units, descriptions and values of one metric table; `values` row-major [items x width].
template <class Items>
void write_table(hid_t metrics, const char* table, const Items& items, std::size_t width,
                 const std::vector<double>& values, const h5::WriteCheck& check) {
  std::vector<std::string> names, units, descriptions;
  for (const auto& item : items) {
    names.push_back(item.name);
    units.push_back(item.units);
    descriptions.push_back(item.description);
  }
  const h5::Group group = h5::create_group(metrics, table, check);
  h5::write_strings(group.get(), "names", names, "", "metric names", check);
  h5::write_strings(group.get(), "units", units, "", "metric units", check);
  h5::write_strings(group.get(), "descriptions", descriptions, "", "metric descriptions", check);
  std::vector<hsize_t> dims{items.size()};
  if (width != 1) dims.push_back(width);
  h5::write_numbers<double>(group.get(), "values", values, dims, "", "metric values", check);
}

}  // namespace

std::filesystem::path parts_directory(const std::filesystem::path& final_result) {
  std::filesystem::path dir = final_result;
  dir += ".parts";
  return dir;
}

std::filesystem::path part_path(const std::filesystem::path& parts, int point, int replication) {
  char name[64];
  std::snprintf(name, sizeof name, "p%04d-r%04d.h5", point, replication);
  return parts / name;
}

bool part_is_complete(const std::filesystem::path& part) {
  h5::silence_errors();
  std::error_code error;
  if (!std::filesystem::is_regular_file(part, error)) return false;
  if (H5Fis_hdf5(part.c_str()) <= 0) return false;
  try {
    const h5::ReadCheck check(part.string());
    const h5::Plist fapl = h5::file_access_plist(check);
    const h5::File file(H5Fopen(part.c_str(), H5F_ACC_RDONLY, fapl.get()));
    if (!file) return false;
    const auto format = h5::read_string_attribute(file.get(), "format", check);
    const auto complete = h5::read_number_attribute<std::uint8_t>(file.get(), "complete", check);
    return format == part::kFormat && complete == 1;
  } catch (const Error&) {
    return false;
  }
}

std::size_t remove_part_temporaries(const std::filesystem::path& parts) {
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(parts, error)) {
    if (entry.path().filename().string().find(".tmp-") == std::string::npos) continue;
    if (std::filesystem::remove(entry.path(), error)) ++removed;
  }
  return removed;
}

struct RunPartWriter::Impl {
  explicit Impl(const std::filesystem::path& temporary) : check(temporary.string()) {}
  h5::WriteCheck check;
  h5::File file;
  h5::Type case_type = case_row_type();
  h5::Type event_type = event_row_type();
  std::optional<ChunkedRowWriter> cases;
  std::optional<ChunkedRowWriter> events;
};

RunPartWriter::RunPartWriter(std::filesystem::path final_part_path, Trace trace, std::size_t groups)
    : final_(std::move(final_part_path)),
      temporary_(temporary_path_for(final_)),
      trace_(trace),
      groups_(groups),
      impl_(std::make_unique<Impl>(temporary_)) {
  h5::silence_errors();
  const auto& check = impl_->check;
  if (final_.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(final_.parent_path(), error);
    if (error) check.fail("creating folder " + final_.parent_path().string(), error.message());
  }
  {
    const h5::Plist fcpl = h5::file_create_plist(check);
    const h5::Plist fapl = h5::file_access_plist(check);
    impl_->file = h5::File(
        check(H5Fcreate(temporary_.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get()), "creating"));
  }
  try {
    h5::write_attribute(impl_->file.get(), "format", part::kFormat, check);
    if (trace_ != Trace::none) {
      impl_->cases.emplace(impl_->file.get(), "cases", impl_->case_type.get(),
                           part::case_layout(part::kPartCompression), part::kPartBatchChunks, 1,
                           check);
    }
    if (trace_ == Trace::events) {
      impl_->events.emplace(impl_->file.get(), "events", impl_->event_type.get(),
                            part::event_layout(part::kPartCompression), part::kPartBatchChunks, 1,
                            check);
    }
  } catch (...) {
    impl_.reset();
    remove_quietly(temporary_);
    throw;
  }
}

RunPartWriter::~RunPartWriter() {
  if (impl_) {
    impl_.reset();  // closes the file before it goes
    remove_quietly(temporary_);
  }
}

void RunPartWriter::on_event(const cj::CaseRecord& c, cj::CaseEvent event, double time) {
  if (impl_ && impl_->events) {
    const EventRow row = event_row(c, event, time);
    impl_->events->append(row.data(), 1);
  }
}

void RunPartWriter::on_closed(const cj::CaseRecord& c) {
  ++cases_;
  if (impl_ && impl_->cases) {
    const CaseRow row = case_row(c, c.outcome);
    impl_->cases->append(row.data(), 1);
  }
}

void RunPartWriter::on_open_at_horizon(const cj::CaseRecord& c) {
  ++cases_;
  if (impl_ && impl_->cases) {
    const CaseRow row = case_row(c, cj::Outcome::open);
    impl_->cases->append(row.data(), 1);
  }
}

void RunPartWriter::finish(const RunInfo& info, const cj::RunMetrics& metrics) {
  if (!impl_) throw std::logic_error(final_.string() + ": part already finished");
  if (cases_ > 0 && info.cases != cases_) {
    throw std::logic_error(final_.string() + ": " + std::to_string(cases_) +
                           " cases were reported but the run info says " +
                           std::to_string(info.cases));
  }
  check_metrics(metrics, groups_);
  const auto& check = impl_->check;
  const hid_t file = impl_->file.get();
  if (impl_->cases) impl_->cases->finish();
  if (impl_->events) impl_->events->finish();

  {
    h5::Group group = h5::create_group(file, "metrics", check);
    h5::write_numbers<double>(group.get(), "period_start", metrics.period_start,
                              {metrics.period_start.size()}, "days since the start",
                              "start of each period", check);
    h5::write_number_attribute(group.get(), "period_days", metrics.period_days, check);
    std::vector<double> values;
    for (const auto& s : metrics.series)
      values.insert(values.end(), s.values.begin(), s.values.end());
    write_table(group.get(), "series", metrics.series, metrics.period_start.size(), values, check);
    values.clear();
    for (const auto& k : metrics.kpis) values.push_back(k.value);
    write_table(group.get(), "kpis", metrics.kpis, 1, values, check);
    values.clear();
    for (const auto& g : metrics.kpis_by_group)
      values.insert(values.end(), g.values.begin(), g.values.end());
    write_table(group.get(), "kpis_by_group", metrics.kpis_by_group, groups_, values, check);
    check(group.close(), "writing /metrics");
  }

  h5::write_attribute(file, "trace", trace_name(trace_), check);
  h5::write_number_attribute<std::uint64_t>(file, "groups", groups_, check);
  h5::write_number_attribute<std::int32_t>(file, "point", info.point, check);
  h5::write_number_attribute<std::int32_t>(file, "replication", info.replication, check);
  h5::write_number_attribute<std::uint64_t>(file, "seed", info.seed, check);
  h5::write_number_attribute<std::uint64_t>(file, "events", info.events, check);
  h5::write_number_attribute<double>(file, "wall_seconds", info.wall_seconds, check);
  h5::write_number_attribute<std::uint64_t>(file, "cases", cases_ > 0 ? cases_ : info.cases, check);
  h5::write_number_attribute<std::uint8_t>(file, "complete", 1, check);  // last: the part is whole
  check(impl_->file.close(), "closing");
  publish(temporary_, final_);
  impl_.reset();
}

}  // namespace out

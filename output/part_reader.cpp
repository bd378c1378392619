#include "output/part_reader.hpp"

#include <vector>

#include "output/hdf5_io.hpp"
#include "output/part_format.hpp"

namespace out {

namespace {

template <class T>
T required_attribute(hid_t file, const char* name, const h5::ReadCheck& check) {
  const auto value = h5::read_number_attribute<T>(file, name, check);
  if (!value) check.fail("reading the run", std::string("missing attribute ") + name);
  return *value;
}

struct Table {
  std::vector<std::string> names, units, descriptions;
  std::vector<double> values;
  std::size_t width = 0;
};

Table read_table(hid_t file, const std::string& table, const h5::ReadCheck& check) {
  const std::string base = "metrics/" + table + "/";
  Table t;
  t.names = h5::read_strings(file, base + "names", check);
  t.units = h5::read_strings(file, base + "units", check);
  t.descriptions = h5::read_strings(file, base + "descriptions", check);
  std::vector<hsize_t> dims;
  t.values = h5::read_numbers<double>(file, base + "values", check, &dims);
  t.width = dims.size() > 1 ? dims[1] : 1;
  if (t.units.size() != t.names.size() || t.descriptions.size() != t.names.size() || dims.empty() ||
      dims[0] != t.names.size()) {
    check.fail("reading /" + base, "inconsistent sizes");
  }
  return t;
}

template <class Item>
void describe(Item& item, const Table& t, std::size_t i) {
  item.name = t.names[i];
  item.units = t.units[i];
  item.description = t.descriptions[i];
}

}  // namespace

RunPart::RunPart(const std::filesystem::path& path, unsigned threads)
    : path_(path), threads_(threads), check_(path.string()) {
  h5::silence_errors();
  std::error_code error;
  if (!std::filesystem::is_regular_file(path_, error)) {
    throw NotAResult(path_.string() + ": no such part");
  }
  if (H5Fis_hdf5(path_.c_str()) <= 0) throw NotAResult(path_.string() + ": not an HDF5 file");
  const h5::Plist fapl = h5::file_access_plist(check_);
  file_ = h5::File(check_(H5Fopen(path_.c_str(), H5F_ACC_RDONLY, fapl.get()), "opening"));
  const hid_t f = file_.get();
  if (h5::read_string_attribute(f, "format", check_) != part::kFormat) {
    throw NotAResult(path_.string() + ": not a cjsim part file of format " + part::kFormat);
  }
  if (h5::read_number_attribute<std::uint8_t>(f, "complete", check_) != 1) {
    throw NotAResult(path_.string() + ": unfinished part");
  }
  const auto trace = parse_trace(h5::read_string_attribute(f, "trace", check_).value_or(""));
  if (!trace) check_.fail("reading the run", "unknown trace level");
  trace_ = *trace;
  groups_ = required_attribute<std::uint64_t>(f, "groups", check_);
  run_.point = required_attribute<std::int32_t>(f, "point", check_);
  run_.replication = required_attribute<std::int32_t>(f, "replication", check_);
  run_.seed = required_attribute<std::uint64_t>(f, "seed", check_);
  run_.events = required_attribute<std::uint64_t>(f, "events", check_);
  run_.wall_seconds = required_attribute<double>(f, "wall_seconds", check_);
  run_.cases = required_attribute<std::uint64_t>(f, "cases", check_);

  metrics_.period_start = h5::read_numbers<double>(f, "metrics/period_start", check_);
  if (const h5::Group m(H5Gopen2(f, "metrics", H5P_DEFAULT)); m) {
    metrics_.period_days =
        h5::read_number_attribute<double>(m.get(), "period_days", check_).value_or(0);
  }
  const Table series = read_table(f, "series", check_);
  const Table kpis = read_table(f, "kpis", check_);
  const Table by_group = read_table(f, "kpis_by_group", check_);
  if (series.values.size() != series.names.size() * metrics_.period_start.size() ||
      kpis.values.size() != kpis.names.size() ||
      by_group.values.size() != by_group.names.size() * groups_) {
    check_.fail("reading /metrics", "values of the wrong size");
  }
  for (std::size_t i = 0; i < series.names.size(); ++i) {
    cj::NamedSeries s;
    describe(s, series, i);
    const auto n = metrics_.period_start.size();
    s.values.assign(series.values.begin() + static_cast<std::ptrdiff_t>(i * n),
                    series.values.begin() + static_cast<std::ptrdiff_t>((i + 1) * n));
    metrics_.series.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < kpis.names.size(); ++i) {
    cj::NamedValue v;
    describe(v, kpis, i);
    v.value = kpis.values[i];
    metrics_.kpis.push_back(std::move(v));
  }
  for (std::size_t i = 0; i < by_group.names.size(); ++i) {
    cj::GroupValues g;
    describe(g, by_group, i);
    g.values.assign(by_group.values.begin() + static_cast<std::ptrdiff_t>(i * groups_),
                    by_group.values.begin() + static_cast<std::ptrdiff_t>((i + 1) * groups_));
    metrics_.kpis_by_group.push_back(std::move(g));
  }
}

ChunkedRowReader RunPart::cases(hid_t row_type) const {
  return ChunkedRowReader(file_.get(), "cases", row_type, part::case_layout(part::kPartCompression),
                          threads_, check_);
}

ChunkedRowReader RunPart::events(hid_t row_type) const {
  return ChunkedRowReader(file_.get(), "events", row_type,
                          part::event_layout(part::kPartCompression), threads_, check_);
}

}  // namespace out

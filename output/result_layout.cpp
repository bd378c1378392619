#include "output/result_layout.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "models/records/dates.hpp"
#include "output/hdf5_io.hpp"
#include "output/result_format.hpp"
#include "output/run_rows.hpp"

namespace out {

namespace {

bool parse_number(const std::string& text, double& value) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && ptr == end && !text.empty();
}

}  // namespace

std::string iso_date_after(const std::string& start, double days) {
  const auto date = cj::parse_iso_date(start);
  if (!date) throw std::invalid_argument("start date '" + start + "' is not an ISO date");
  return cj::format_iso_day(cj::to_day(*date) + static_cast<cj::Day>(std::floor(days)));
}

void write_provenance(hid_t file, const Provenance& p, Trace trace, const h5::WriteCheck& check) {
  h5::write_attribute(file, "cjsim_version", p.cjsim_version, check);
  h5::write_attribute(file, "source_revision", p.source_revision, check);
  h5::write_attribute(file, "created_utc", p.created_utc, check);
  h5::write_attribute(file, "scenario_name", p.scenario_name, check);
  h5::write_number_attribute<std::uint64_t>(file, "seed", p.seed, check);
  h5::write_number_attribute<std::int32_t>(file, "replications", p.replications, check);
  h5::write_attribute(file, "engine", p.engine, check);
  h5::write_attribute(file, "command_line", p.command_line, check);
  h5::write_attribute(file, "start_date", p.start_date, check);
  h5::write_number_attribute<double>(file, "period_days", p.period_days, check);
  h5::write_number_attribute<double>(file, "horizon_days", p.horizon_days, check);
  h5::write_attribute(file, "trace", trace_name(trace), check);
  h5::write_attribute(file, "format", result::kFormat, check);

  h5::write_string(file, "scenario", p.scenario_yaml, "none",
                   "The fully resolved scenario (after `extends` and overrides) as YAML: running "
                   "it with the same seed reproduces this file's data.",
                   check);
  const h5::Group sources = h5::create_group(file, "scenario_sources", check);
  h5::write_attribute(sources.get(), "description",
                      "The scenario files as written, comments (sources, assumptions) included.",
                      check);
  for (std::size_t i = 0; i < p.scenario_sources.size(); ++i) {
    const auto& [path, text] = p.scenario_sources[i];
    const h5::Dataset ds =
        h5::write_string(sources.get(), std::to_string(i), text, "none",
                         "Text of the scenario file named by the attribute `path`.", check);
    h5::write_attribute(ds.get(), "path", path, check);
  }
  h5::write_strings(file, "offence_groups", p.offence_groups, "none",
                    "Offence group names; the index is the group id used in /cases and in the "
                    "columns of /summary/*_by_group.",
                    check);
}

void write_points(hid_t file, const std::vector<PointInfo>& points, const h5::WriteCheck& check) {
  const std::string what = "writing /points";
  // Swept keys in the order first seen; numeric if every point's value is a number.
  std::vector<std::string> keys;
  for (const auto& p : points) {
    for (const auto& kv : p.values) {
      if (std::find(keys.begin(), keys.end(), kv.first) == keys.end()) keys.push_back(kv.first);
    }
  }
  std::vector<bool> numeric(keys.size(), true);
  auto value_of = [](const PointInfo& p, const std::string& key) -> const std::string* {
    for (const auto& kv : p.values) {
      if (kv.first == key) return &kv.second;
    }
    return nullptr;
  };
  for (std::size_t k = 0; k < keys.size(); ++k) {
    for (const auto& p : points) {
      double ignored = 0;
      const std::string* v = value_of(p, keys[k]);
      if (v && !parse_number(*v, ignored)) numeric[k] = false;
    }
  }
  // Row: index (int32), label (char*), then 8 bytes a key (double or char*).
  constexpr std::size_t kLabel = 8;
  const std::size_t row = kLabel + 8 + 8 * keys.size();
  std::vector<std::byte> buffer(points.size() * row, std::byte{0});
  static const char* const kEmpty = "";
  for (std::size_t i = 0; i < points.size(); ++i) {
    std::byte* r = buffer.data() + i * row;
    const std::int32_t index = points[i].index;
    const char* label = points[i].label.c_str();
    std::memcpy(r, &index, sizeof index);
    std::memcpy(r + kLabel, &label, sizeof label);
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const std::string* v = value_of(points[i], keys[k]);
      if (numeric[k]) {
        double x = std::nan("");
        if (v) parse_number(*v, x);
        std::memcpy(r + kLabel + 8 + 8 * k, &x, sizeof x);
      } else {
        const char* text = v ? v->c_str() : kEmpty;
        std::memcpy(r + kLabel + 8 + 8 * k, &text, sizeof text);
      }
    }
  }
  const h5::Type text = h5::string_type();
  const h5::Type type(check(H5Tcreate(H5T_COMPOUND, row), what));
  check(H5Tinsert(type.get(), "index", 0, H5T_NATIVE_INT32), what);
  check(H5Tinsert(type.get(), "label", kLabel, text.get()), what);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    check(H5Tinsert(type.get(), keys[k].c_str(), kLabel + 8 + 8 * k,
                    numeric[k] ? H5T_NATIVE_DOUBLE : text.get()),
          what + ": field " + keys[k]);
  }
  const hsize_t n = points.size();
  const h5::Space space(check(H5Screate_simple(1, &n, nullptr), what));
  const h5::Plist dcpl = h5::dataset_create_plist(check);
  h5::Dataset ds(check(
      H5Dcreate2(file, "points", type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
      what));
  if (n > 0) {
    check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), what);
  }
  std::string units = "index: none; label: text";
  for (const auto& k : keys) units += "; " + k + ": as in the scenario";
  h5::describe(ds.get(), units,
               "One row per sweep point: its index (the `point` of /runs), a label, and the value "
               "of each swept scenario key (fields named by the key path; float64 when every "
               "value is a number, text otherwise).",
               check);
  check(ds.close(), what);
}

void write_runs(hid_t file, const std::vector<RunInfo>& runs, const h5::WriteCheck& check) {
  const std::string what = "writing /runs";
  std::vector<RunRow> rows;
  for (const auto& r : runs) rows.push_back(run_row(r));
  const h5::Type type = run_row_type();
  const hsize_t n = rows.size();
  const h5::Space space(check(H5Screate_simple(1, &n, nullptr), what));
  const h5::Plist dcpl = h5::dataset_create_plist(check);
  h5::Dataset ds(
      check(H5Dcreate2(file, "runs", type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
            what));
  if (n > 0) {
    check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), what);
  }
  h5::describe(ds.get(),
               "point, replication: index; seed: none; events: count; wall_seconds: seconds; "
               "cases: count",
               "One row per run, ordered by (point, replication): the sweep point (row of "
               "/points), the replication, the run's own random seed (derived from the master "
               "seed), the simulation events it executed, the wall-clock time it took (the only "
               "value here that varies between identical runs), and the cases it followed "
               "(closed or open at the horizon). The row number is the `run` of /cases, /events "
               "and the first index of every per-run dataset.",
               check);
  check(ds.close(), what);
}

void write_time_axis(hid_t timeseries, const std::vector<double>& period_start,
                     const std::string& start_date, const h5::WriteCheck& check) {
  h5::write_numbers<double>(timeseries, "time", period_start, {period_start.size()},
                            "days since " + start_date,
                            "Start of each period, in days since the scenario's start date "
                            "(CF-style units attribute).",
                            check);
  std::vector<std::string> dates;
  for (const double d : period_start) dates.push_back(iso_date_after(start_date, d));
  h5::write_strings(timeseries, "period_start", dates, "ISO 8601 date",
                    "Start date of each period.", check);
}

}  // namespace out

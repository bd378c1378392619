#include "output/csv_export.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "output/errors.hpp"
#include "output/files.hpp"
#include "output/result_file.hpp"

namespace out {

namespace {

std::string number(double x) {
  if (std::isnan(x)) return {};
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return std::string(buffer, end);
}

template <class Int>
std::string integer(Int x) {
  return std::to_string(x);
}

}  // namespace

std::string as_text_in_spreadsheets(const std::string& cell) {
  if (cell.empty() || std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos) {
    return cell;
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec == std::errc() && end == cell.data() + cell.size()) return cell;
  return "'" + cell;
}

namespace {

// One CSV file, written under a temporary name and renamed by close().
class Csv {
 public:
  explicit Csv(std::filesystem::path path)
      : path_(std::move(path)), temporary_(temporary_path_for(path_)), out_(temporary_) {
    if (!out_) fail("creating");
  }
  ~Csv() {
    if (!closed_) {
      out_.close();
      remove_quietly(temporary_);
    }
  }
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out_ << ',';
      write_field(fields[i]);
    }
    out_ << '\n';
    if (!out_) fail("writing");
  }
  void close() {
    out_.close();
    if (!out_) fail("writing");
    publish(temporary_, path_);
    closed_ = true;
  }

 private:
  void write_field(const std::string& text) {
    const std::string s = as_text_in_spreadsheets(text);
    if (s.find_first_of(",\"\n\r") == std::string::npos) {
      out_ << s;
      return;
    }
    out_ << '"';
    for (const char c : s) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }
  [[noreturn]] void fail(const char* action) const {
    throw WriteError(temporary_.string() + ": " + action + ": " +
                     (errno ? std::strerror(errno) : "stream error"));
  }

  std::filesystem::path path_, temporary_;
  std::ofstream out_;
  bool closed_ = false;
};

void interval_fields(std::vector<std::string>& row, const Interval& i) {
  row.push_back(number(i.mean));
  row.push_back(number(i.low));
  row.push_back(number(i.high));
  row.push_back(integer(i.n));
}

void write_dictionary(const ResultFile& r, const std::filesystem::path& dir) {
  Csv csv(dir / "dictionary.csv");
  csv.row({"kind", "name", "units", "description"});
  for (const auto& d : r.kpis()) csv.row({"kpi", d.name, d.units, d.description});
  for (const auto& d : r.kpis_by_group()) {
    csv.row({"kpi_by_group", d.name, d.units, d.description});
  }
  for (const auto& d : r.series()) csv.row({"series", d.name, d.units, d.description});
  csv.close();
}

void write_runs(const ResultFile& r, const std::filesystem::path& dir) {
  Csv csv(dir / "runs.csv");
  std::vector<std::string> header{"run",  "point",  "label",        "replication",
                                  "seed", "events", "wall_seconds", "cases"};
  std::vector<std::vector<double>> values;
  for (const auto& k : r.kpis()) {
    header.push_back(k.name);
    values.push_back(r.kpi_runs(k.name));
  }
  csv.row(header);
  for (std::size_t i = 0; i < r.runs().size(); ++i) {
    const auto& run = r.runs()[i];
    const auto point = static_cast<std::size_t>(run.point);
    std::vector<std::string> row{integer(i),
                                 integer(run.point),
                                 point < r.points().size() ? r.points()[point].label : "",
                                 integer(run.replication),
                                 integer(run.seed),
                                 integer(run.events),
                                 number(run.wall_seconds),
                                 integer(run.cases)};
    for (const auto& v : values) row.push_back(number(v[i]));
    csv.row(row);
  }
  csv.close();
}

// One row per point (a spreadsheet's natural shape for a sweep): the swept values, then each
// KPI's mean and interval.
void write_points(const ResultFile& r, const std::filesystem::path& dir) {
  Csv csv(dir / "points.csv");
  std::vector<std::string> header{"point", "label"};
  std::vector<std::string> keys;
  if (!r.points().empty()) {
    for (const auto& kv : r.points().front().values) keys.push_back(kv.first);
  }
  header.insert(header.end(), keys.begin(), keys.end());
  std::vector<std::vector<Interval>> intervals;
  for (const auto& k : r.kpis()) {
    for (const char* part : {"_mean", "_ci_low", "_ci_high", "_n"}) header.push_back(k.name + part);
    intervals.push_back(r.kpi_points(k.name));
  }
  csv.row(header);
  for (std::size_t p = 0; p < r.points().size(); ++p) {
    const auto& point = r.points()[p];
    std::vector<std::string> row{integer(point.index), point.label};
    for (std::size_t j = 0; j < keys.size(); ++j) {
      row.push_back(j < point.values.size() ? point.values[j].second : "");
    }
    for (const auto& kpi : intervals) interval_fields(row, kpi.at(p));
    csv.row(row);
  }
  csv.close();
}

void write_by_group(const ResultFile& r, const std::filesystem::path& dir) {
  const auto& groups = r.provenance().offence_groups;
  {
    Csv csv(dir / "runs_by_group.csv");
    std::vector<std::string> header{"run", "point", "replication", "offence_group"};
    std::vector<Table<double>> tables;
    for (const auto& k : r.kpis_by_group()) {
      header.push_back(k.name);
      tables.push_back(r.kpi_runs_by_group(k.name));
    }
    csv.row(header);
    for (std::size_t i = 0; i < r.runs().size(); ++i) {
      for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::string> row{integer(i), integer(r.runs()[i].point),
                                     integer(r.runs()[i].replication), groups[g]};
        for (const auto& t : tables) row.push_back(number(t.at(i, g)));
        csv.row(row);
      }
    }
    csv.close();
  }
  Csv csv(dir / "points_by_group.csv");
  csv.row({"point", "label", "offence_group", "kpi", "units", "mean", "ci_low", "ci_high", "n"});
  for (const auto& k : r.kpis_by_group()) {
    const auto table = r.kpi_points_by_group(k.name);
    for (std::size_t p = 0; p < r.points().size(); ++p) {
      for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::string> row{integer(r.points()[p].index), r.points()[p].label, groups[g],
                                     k.name, k.units};
        interval_fields(row, table.at(p, g));
        csv.row(row);
      }
    }
  }
  csv.close();
}

void write_timeseries(const ResultFile& r, const std::filesystem::path& dir) {
  Csv csv(dir / "timeseries.csv");
  std::vector<std::string> header{"run", "point", "replication", "period_start", "time"};
  std::vector<Table<double>> tables;
  for (const auto& s : r.series()) {
    header.push_back(s.name);
    tables.push_back(r.series_values(s.name));
  }
  csv.row(header);
  for (std::size_t i = 0; i < r.runs().size(); ++i) {
    for (std::size_t t = 0; t < r.time().size(); ++t) {
      std::vector<std::string> row{integer(i), integer(r.runs()[i].point),
                                   integer(r.runs()[i].replication), r.period_start().at(t),
                                   number(r.time()[t])};
      for (const auto& table : tables) row.push_back(number(table.at(i, t)));
      csv.row(row);
    }
  }
  csv.close();
}

}  // namespace

namespace {

// A folder removed with what it holds unless kept: an export that fails leaves nothing.
class ScratchFolder {
 public:
  explicit ScratchFolder(std::filesystem::path path) : path_(std::move(path)) {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
    std::filesystem::create_directories(path_, error);
    if (error) throw WriteError(path_.string() + ": creating folder: " + error.message());
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code ignored;
    if (!kept_) std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  void keep() { kept_ = true; }

 private:
  std::filesystem::path path_;
  bool kept_ = false;
};

}  // namespace

void export_csv(const ResultFile& result, const std::filesystem::path& dir) {
  // Every file is written into a scratch folder beside `dir` first; only when all are complete
  // do they take their places (the folder renamed whole when `dir` is new, else file by file).
  const std::filesystem::path final_dir = dir.filename().empty() ? dir.parent_path() : dir;
  std::error_code error;
  const std::filesystem::path parent =
      final_dir.parent_path().empty() ? std::filesystem::path(".") : final_dir.parent_path();
  std::filesystem::create_directories(parent, error);
  if (error) throw WriteError(parent.string() + ": creating folder: " + error.message());
  ScratchFolder scratch(temporary_path_for(final_dir));
  write_dictionary(result, scratch.path());
  write_runs(result, scratch.path());
  write_points(result, scratch.path());
  write_by_group(result, scratch.path());
  write_timeseries(result, scratch.path());
  if (!std::filesystem::exists(final_dir, error)) {
    std::filesystem::rename(scratch.path(), final_dir, error);
    if (error) throw WriteError(final_dir.string() + ": creating folder: " + error.message());
    scratch.keep();
    return;
  }
  std::vector<std::filesystem::path> written;
  for (const auto& entry : std::filesystem::directory_iterator(scratch.path())) {
    written.push_back(entry.path());
  }
  for (const auto& file : written) publish(file, final_dir / file.filename());
}

}  // namespace out

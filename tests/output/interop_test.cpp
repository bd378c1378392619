// The merged sweep read by h5py (as planners will) and exported to CSV (for spreadsheets).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "output/csv_export.hpp"
#include "output/result_file.hpp"
#include "sweep_fixture.hpp"

namespace out {
namespace {

using testing::SweepTest;

// ---- h5py ----

std::string python_with_h5py() {
  for (const char* python : {"python3", "/usr/bin/python3"}) {
    const std::string probe = std::string(python) + " -c 'import h5py' >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return python;
  }
  return {};
}

TEST_F(SweepTest, ReadableWithH5py) {
  const std::string python = python_with_h5py();
  if (python.empty()) GTEST_SKIP() << "no python3 with h5py (install python3-h5py)";
  const auto script = dir_->path() / "check.py";
  std::ofstream(script) << R"(import sys, h5py, numpy as np
f = h5py.File(sys.argv[1], 'r')
assert f.attrs['format'] == 'cjsim-result/1', f.attrs['format']
c = f['cases']
assert c.dtype.names[:4] == ('run', 'case_id', 'offence_group', 'mode'), c.dtype.names
outcome = h5py.check_enum_dtype(c.dtype['outcome'])
assert outcome['open'] == 0 and outcome['acquitted'] == 3, outcome
runs = f['runs'][:]
counts = np.bincount(c['run'], minlength=len(runs))
assert (counts == runs['cases']).all(), (counts, runs['cases'])
assert np.isnan(c['charge']).sum() > len(c) // 2
assert list(c.attrs['mapping']) == list(f['offence_groups'].asstr()[:])
bad = []
f.visititems(lambda n, o: bad.append(n) if isinstance(o, h5py.Dataset) and not
             ('units' in o.attrs and 'description' in o.attrs) else None)
assert not bad, bad
v = f['summary/runs/charge_rate'][:]
assert abs(v[4] - float(sys.argv[2])) < 1e-12, v
assert np.isnan(f['summary/runs/conviction_rate'][5])
assert f['summary/points_by_group/charge_rate_by_group/mean'].shape == (2, 4)
assert f['timeseries/open_investigation'].shape == (6, 12)
assert f['timeseries/time'].attrs['units'] == 'days since 2026-04-01'
assert f['points']['crown.sitting_days_scale'][1] == 1.0
print('ok')
)";
  const auto log = dir_->path() / "h5py.log";
  const std::string command = python + " " + script.string() + " " + result_.string() + " " +
                              std::to_string(kpi("charge_rate")[4]) + " > " + log.string() +
                              " 2>&1";
  const int status = std::system(command.c_str());
  std::stringstream output;
  output << std::ifstream(log).rdbuf();
  EXPECT_EQ(status, 0) << output.str();
  EXPECT_EQ(output.str(), "ok\n");
}

// ---- CSV ----

std::vector<std::string> lines_of(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(SweepTest, CsvExportHasHeadersAndOneRowPerItem) {
  const ResultFile f(result_);
  const auto csv = dir_->path() / "csv";
  export_csv(f, csv);
  const auto runs = lines_of(csv / "runs.csv");
  ASSERT_EQ(runs.size(), 1u + 6);
  EXPECT_EQ(runs[0],
            "run,point,label,replication,seed,events,wall_seconds,cases,charge_rate,"
            "median_days_report_to_charge,conviction_rate");
  EXPECT_EQ(runs[6].back(), ',');  // conviction_rate is NaN in run 5: an empty cell
  EXPECT_EQ(runs[1].substr(0, 16), "0,0,point 0,0,1,");
  const auto points = lines_of(csv / "points.csv");
  ASSERT_EQ(points.size(), 1u + 2);  // one row per point
  EXPECT_EQ(points[0],
            "point,label,crown.sitting_days_scale,magistrates.listing,charge_rate_mean,"
            "charge_rate_ci_low,charge_rate_ci_high,charge_rate_n,"
            "median_days_report_to_charge_mean,median_days_report_to_charge_ci_low,"
            "median_days_report_to_charge_ci_high,median_days_report_to_charge_n,"
            "conviction_rate_mean,conviction_rate_ci_low,conviction_rate_ci_high,"
            "conviction_rate_n");
  EXPECT_EQ(points[1].substr(0, 26), "0,point 0,0.9,fifo,0.10166");
  EXPECT_EQ(lines_of(csv / "runs_by_group.csv").size(), 1u + 6 * 4);
  const auto by_group = lines_of(csv / "points_by_group.csv");
  ASSERT_EQ(by_group.size(), 1u + 2 * 4);
  EXPECT_EQ(by_group[0], "point,label,offence_group,kpi,units,mean,ci_low,ci_high,n");
  const auto series = lines_of(csv / "timeseries.csv");
  ASSERT_EQ(series.size(), 1u + 6 * 12);
  EXPECT_EQ(series[0], "run,point,replication,period_start,time,open_investigation,receipts_crown");
  EXPECT_EQ(series[2], "0,0,0,2026-04-08,7,1010,50");
  EXPECT_EQ(lines_of(csv / "dictionary.csv").size(), 1u + 3 + 1 + 2);
  for (const auto& entry : std::filesystem::directory_iterator(csv)) {
    EXPECT_EQ(entry.path().extension(), ".csv") << "left behind: " << entry.path();
  }
}

}  // namespace
}  // namespace out

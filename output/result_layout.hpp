// The descriptive parts of a result file, each written once: provenance (root attributes and the
// scenario's text), the offence groups, /points, /runs and the time axis.
#pragma once

#include <hdf5.h>

#include <string>
#include <vector>

#include "output/hdf5_error.hpp"
#include "output/records.hpp"

namespace out {

void write_provenance(hid_t file, const Provenance& provenance, Trace trace,
                      const h5::WriteCheck& check);
// One row per point: index, label, and a float64 field per swept key whose values are all
// numbers (a string field otherwise), named by the key path.
void write_points(hid_t file, const std::vector<PointInfo>& points, const h5::WriteCheck& check);
void write_runs(hid_t file, const std::vector<RunInfo>& runs, const h5::WriteCheck& check);
// /timeseries/time and /timeseries/period_start (ISO dates); `start_date` is ISO.
void write_time_axis(hid_t timeseries, const std::vector<double>& period_start,
                     const std::string& start_date, const h5::WriteCheck& check);

// ISO date of `days` after the ISO date `start` (whole days, rounded down).
std::string iso_date_after(const std::string& start, double days);

}  // namespace out

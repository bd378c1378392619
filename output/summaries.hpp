// /summary: every KPI per run, and its mean and 95% confidence interval over each point's
// replications; the same for KPIs by offence group. NaN values (a KPI that does not apply in a
// run) are left out of a point's interval.
#pragma once

#include <hdf5.h>

#include <cstddef>
#include <vector>

#include "models/records/named_values.hpp"
#include "output/hdf5_error.hpp"

namespace out {

struct KpiColumn {
  cj::Described info;
  std::vector<double> values;  // [runs], or [runs x groups] row-major
};

struct SummaryShape {
  std::size_t points = 0;
  std::size_t replications = 0;  // runs = points x replications, ordered by (point, replication)
  std::size_t groups = 0;
};

void write_summaries(hid_t file, const std::vector<KpiColumn>& kpis,
                     const std::vector<KpiColumn>& kpis_by_group, SummaryShape shape,
                     const h5::WriteCheck& check);

}  // namespace out

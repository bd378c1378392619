#include "output/summaries.hpp"

#include <cstdint>
#include <string>

#include "output/confidence.hpp"
#include "output/hdf5_io.hpp"
#include "output/result_format.hpp"

namespace out {

namespace {

constexpr const char* kInterval =
    "95% confidence interval of the mean over the point's replications (Student t with n-1 "
    "degrees of freedom; NaN values left out; equal to the mean when n = 1, NaN when n = 0)";

// mean, ci_low, ci_high and n of each point (and group) in `group`, shape [points (x groups)].
void write_intervals(hid_t group, const KpiColumn& kpi, SummaryShape shape, bool by_group,
                     const h5::WriteCheck& check) {
  const std::size_t width = by_group ? shape.groups : 1;
  std::vector<double> mean, low, high, column(shape.replications);
  std::vector<std::int32_t> n;
  for (std::size_t p = 0; p < shape.points; ++p) {
    for (std::size_t g = 0; g < width; ++g) {
      for (std::size_t r = 0; r < shape.replications; ++r) {
        column[r] = kpi.values[(p * shape.replications + r) * width + g];
      }
      const Interval i = mean_ci95(column);
      mean.push_back(i.mean);
      low.push_back(i.low);
      high.push_back(i.high);
      n.push_back(static_cast<std::int32_t>(i.n));
    }
  }
  std::vector<hsize_t> dims{shape.points};
  if (by_group) dims.push_back(shape.groups);
  const auto& units = kpi.info.units;
  const auto& what = kpi.info.description;
  h5::write_numbers<double>(group, "mean", mean, dims, units,
                            "Mean over the point's replications of: " + what, check);
  h5::write_numbers<double>(group, "ci_low", low, dims, units,
                            std::string("Lower end of the ") + kInterval + " of: " + what, check);
  h5::write_numbers<double>(group, "ci_high", high, dims, units,
                            std::string("Upper end of the ") + kInterval + " of: " + what, check);
  h5::write_numbers<std::int32_t>(group, "n", n, dims, "replications",
                                  "Replications with a value (not NaN) behind the interval.",
                                  check);
}

}  // namespace

void write_summaries(hid_t file, const std::vector<KpiColumn>& kpis,
                     const std::vector<KpiColumn>& kpis_by_group, SummaryShape shape,
                     const h5::WriteCheck& check) {
  const std::size_t runs = shape.points * shape.replications;
  const h5::Group summary = h5::create_group(file, "summary", check);
  h5::write_attribute(summary.get(), "description",
                      "KPIs per run, and their means and 95% confidence intervals over each "
                      "point's replications; overall and by offence group.",
                      check);
  const h5::Group per_run = h5::create_group(summary.get(), "runs", check);
  const h5::Group per_point = h5::create_group(summary.get(), "points", check);
  const h5::Group run_group = h5::create_group(summary.get(), "runs_by_group", check);
  const h5::Group point_group = h5::create_group(summary.get(), "points_by_group", check);
  h5::write_attribute(per_run.get(), "description", "Each KPI, one value per run (row of /runs).",
                      check);
  h5::write_attribute(per_point.get(), "description",
                      "Each KPI's mean and 95% confidence interval, one value per point.", check);
  h5::write_attribute(run_group.get(), "description",
                      "Each KPI by offence group: [runs x offence groups].", check);
  h5::write_attribute(point_group.get(), "description",
                      "Each KPI by offence group, mean and 95% confidence interval: [points x "
                      "offence groups].",
                      check);

  for (const auto& kpi : kpis) {
    h5::write_numbers<double>(per_run.get(), kpi.info.name, kpi.values, {runs}, kpi.info.units,
                              kpi.info.description, check);
    const h5::Group g = h5::create_group(per_point.get(), kpi.info.name, check);
    h5::write_attribute(g.get(), "description", kpi.info.description, check);
    write_intervals(g.get(), kpi, shape, false, check);
  }
  for (const auto& kpi : kpis_by_group) {
    h5::write_numbers<double>(run_group.get(), kpi.info.name, kpi.values, {runs, shape.groups},
                              kpi.info.units, kpi.info.description + " (by offence group)", check);
    const h5::Group g = h5::create_group(point_group.get(), kpi.info.name, check);
    h5::write_attribute(g.get(), "description", kpi.info.description + " (by offence group)",
                        check);
    write_intervals(g.get(), kpi, shape, true, check);
  }
}

}  // namespace out

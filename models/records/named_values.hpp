// What one run measured, as named values ready to be written anywhere: time series by period,
// the run's KPIs, and KPIs by offence group. Names, units and descriptions travel with the values
// so that writers need no knowledge of the model.
#pragma once

#include <string>
#include <vector>

namespace cj {

struct Described {
  std::string name;         // snake_case, stable: scripts depend on it
  std::string units;        // "cases", "days", "share", "GBP", "sitting days", ...
  std::string description;  // one sentence a planner understands
};

struct NamedSeries : Described {
  std::vector<double> values;  // one per period
};

struct NamedValue : Described {
  double value = 0;
};

struct GroupValues : Described {
  std::vector<double> values;  // one per offence group (NaN where it does not apply)
};

struct RunMetrics {
  std::vector<double> period_start;  // days since the scenario start, one per period
  double period_days = 7;
  std::vector<NamedSeries> series;
  std::vector<NamedValue> kpis;
  std::vector<GroupValues> kpis_by_group;
};

}  // namespace cj

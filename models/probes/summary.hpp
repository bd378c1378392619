// The KPIs probes contribute at the end of a run. Each KPI belongs to a section of the summary;
// KPIs are written (and `cjsim summary` prints them) section by section, in the order of the
// sections below, and within a section in the order the probes are registered (probe_set.cpp).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "models/records/named_values.hpp"
#include "sim/statistics.hpp"

namespace cj {

enum class Section : std::uint8_t {
  caseload,    // open cases at the horizon
  timeliness,  // median days between milestones
  rates,       // charge, conviction, withdrawal and plea rates
  trials,      // trial listings by result and cause
  standards,   // custody time limits, listing targets
  costs,
  volumes,   // reports, charges, withdrawals
  centres,   // each Crown Court centre
  workload,  // police and CPS teams whose hours bind
};

inline constexpr double kNotApplicable = std::numeric_limits<double>::quiet_NaN();

inline double share(double part, double whole) {
  return whole > 0 ? part / whole : kNotApplicable;
}
inline double median(const sim::Quantiles& q) {
  return q.count() ? q.quantile(0.5) : kNotApplicable;
}

class Summary {
 public:
  void add(Section section, std::string name, std::string units, std::string description,
           double value);
  // One value per offence group.
  void add_by_group(Section section, std::string name, std::string units, std::string description,
                    std::vector<double> values);

  // In section order, then in the order added.
  std::vector<NamedValue> kpis() const;
  std::vector<GroupValues> kpis_by_group() const;

 private:
  template <class Value>
  struct Entry {
    Section section;
    Value value;
  };
  std::vector<Entry<NamedValue>> kpis_;
  std::vector<Entry<GroupValues>> by_group_;
};

}  // namespace cj

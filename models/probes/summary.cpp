#include "models/probes/summary.hpp"

#include <algorithm>

namespace cj {

namespace {

template <class Value, class Entries>
std::vector<Value> by_section(Entries entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.section < b.section; });
  std::vector<Value> values;
  for (auto& e : entries) values.push_back(std::move(e.value));
  return values;
}

}  // namespace

void Summary::add(Section section, std::string name, std::string units, std::string description,
                  double value) {
  kpis_.push_back(
      {section, NamedValue{{std::move(name), std::move(units), std::move(description)}, value}});
}

void Summary::add_by_group(Section section, std::string name, std::string units,
                           std::string description, std::vector<double> values) {
  by_group_.push_back(
      {section, GroupValues{{std::move(name), std::move(units), std::move(description)},
                            std::move(values)}});
}

std::vector<NamedValue> Summary::kpis() const {
  return by_section<NamedValue>(kpis_);
}

std::vector<GroupValues> Summary::kpis_by_group() const {
  return by_section<GroupValues>(by_group_);
}

}  // namespace cj

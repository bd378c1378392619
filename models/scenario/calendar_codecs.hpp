// Internal. Codecs of values about the calendar: weekdays, lists of dates, twelve monthly
// multipliers (seasonality), counts by month.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "models/parameters/offences.hpp"
#include "models/scenario/codec.hpp"

namespace cj::scenario {

// [monday, ...]: 0 = Monday .. 6 = Sunday.
class WeekdaysCodec final : public ValueCodec<std::vector<int>> {
 public:
  std::string type_name() const override { return "list of weekdays"; }
  std::optional<std::vector<int>> read(const Node& node, const Key& key, const std::string& path,
                                       const GroupNames& groups,
                                       Diagnostics* diagnostics) const override;
  Node write(const std::vector<int>& value, const Key& key) const override;
};

class DatesCodec final : public ValueCodec<std::vector<Date>> {
 public:
  std::string type_name() const override { return "list of dates"; }
  std::optional<std::vector<Date>> read(const Node& node, const Key& key, const std::string& path,
                                        const GroupNames& groups,
                                        Diagnostics* diagnostics) const override;
  Node write(const std::vector<Date>& value, const Key& key) const override;
};

// Twelve multipliers >= 0, January first, read scaled to mean 1.
class SeasonalityCodec final : public ValueCodec<std::array<double, 12>> {
 public:
  std::string type_name() const override { return "12 numbers"; }
  std::string limits(const Key&) const override { return "12 numbers >= 0, not all 0"; }
  std::optional<std::array<double, 12>> read(const Node& node, const Key& key,
                                             const std::string& path, const GroupNames& groups,
                                             Diagnostics* diagnostics) const override;
  Node write(const std::array<double, 12>& value, const Key& key) const override;
};

// {YYYY-MM: count >= 0}, read sorted by month.
class MonthCountsCodec final : public ValueCodec<std::vector<MonthlyCount>> {
 public:
  std::string type_name() const override { return "{YYYY-MM: number}"; }
  std::string limits(const Key& key) const override;  // counts in [0, the unit's ceiling]
  Node merge(const Node& base, const Node& child) const override;
  bool keys_below() const override { return true; }
  std::optional<std::vector<MonthlyCount>> read(const Node& node, const Key& key,
                                                const std::string& path, const GroupNames& groups,
                                                Diagnostics* diagnostics) const override;
  Node write(const std::vector<MonthlyCount>& value, const Key& key) const override;
};

}  // namespace cj::scenario

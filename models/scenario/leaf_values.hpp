// Internal. Reading one value of each type the schema knows, checked against its key's limits.
// With `diagnostics` the reader reports what is wrong; without, it is silent (the builders read
// values the check pass has already reported on).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/parameters/offences.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

using GroupNames = std::vector<std::string>;

// "\"abc\" is not a number", or "missing value (expected a number)" for nothing.
std::string wrong_type(const Node& node, const std::string& what);

std::optional<double> read_number(const Node& node, const Key& key, const std::string& path,
                                  Diagnostics* diagnostics);
std::optional<std::int64_t> read_integer(const Node& node, const Key& key, const std::string& path,
                                         Diagnostics* diagnostics);
std::optional<std::uint64_t> read_seed(const Node& node, const std::string& path,
                                       Diagnostics* diagnostics);
std::optional<bool> read_boolean(const Node& node, const std::string& path,
                                 Diagnostics* diagnostics);
std::optional<Date> read_date(const Node& node, const std::string& path, Diagnostics* diagnostics);
std::optional<std::string> read_text(const Node& node, const std::string& path,
                                     Diagnostics* diagnostics);
std::optional<std::string> read_choice(const Node& node, const Key& key, const std::string& path,
                                       Diagnostics* diagnostics);
// A number, or {date: number} with dates strictly increasing; levels within `range`.
std::optional<DatedSteps> read_steps(const Node& node, const Range& range, const std::string& path,
                                     Diagnostics* diagnostics);
std::optional<std::vector<int>> read_weekdays(const Node& node, const std::string& path,
                                              Diagnostics* diagnostics);
std::optional<std::vector<Date>> read_dates(const Node& node, const std::string& path,
                                            Diagnostics* diagnostics);
// Twelve multipliers, scaled to mean 1.
std::optional<std::array<double, 12>> read_seasonality(const Node& node, const std::string& path,
                                                       Diagnostics* diagnostics);
// Sorted by month.
std::optional<std::vector<MonthlyCount>> read_month_counts(const Node& node,
                                                           const std::string& path,
                                                           Diagnostics* diagnostics);
// Checks the value of a leaf key of any type (not sections, lists or sweeps).
void check_leaf(const Key& key, const Node& node, const std::string& path, const GroupNames& groups,
                Diagnostics& diagnostics);

}  // namespace cj::scenario

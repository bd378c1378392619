#include "models/scenario/leaf_values.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/scenario/distribution_reader.hpp"
#include "models/scenario/group_references.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {
namespace {

void report(Diagnostics* d, Location at, const std::string& path, std::string message) {
  if (d) d->report(at, path, std::move(message));
}

// "1.2 is not a probability", "-3 is negative", "60 is above the limit of 50 years"
std::string what_is_wrong(double v, const Range& range, const std::string& unit) {
  const std::string text = format_double(v);
  if (!std::isfinite(v)) return text + " is not a finite number";
  if (range.is_probability()) return text + " is not a probability";
  if (v < range.low || (range.low_open && v == range.low)) {
    if (range.low == 0) return text + (v < 0 ? " is negative" : " is not positive");
    return text + " is below the limit of " + format_double(range.low);
  }
  return text + " is above the limit of " + format_double(range.high) +
         (unit.empty() ? "" : " " + unit);
}

}  // namespace

std::string wrong_type(const Node& node, const std::string& what) {
  if (node.is_null()) return "missing value (expected " + what + ")";
  return describe_kind(node) + " is not " + what;
}

std::optional<double> read_number(const Node& node, const Key& key, const std::string& path,
                                  Diagnostics* d) {
  const auto v = read_number(node);
  if (!v) {
    report(d, node.at, path,
           wrong_type(node, "a number") + " (expected " + key.range.describe(false) + ")");
    return std::nullopt;
  }
  if (!std::isfinite(*v) || !key.range.contains(*v)) {
    report(
        d, node.at, path,
        what_is_wrong(*v, key.range, key.unit) + " (expected " + key.range.describe(false) + ")");
    return std::nullopt;
  }
  return v;
}

std::optional<std::int64_t> read_integer(const Node& node, const Key& key, const std::string& path,
                                         Diagnostics* d) {
  const auto v = read_integer(node);
  if (!v) {
    report(d, node.at, path,
           wrong_type(node, "an integer") + " (expected " + key.range.describe(true) + ")");
    return std::nullopt;
  }
  if (!key.range.contains(static_cast<double>(*v))) {
    report(d, node.at, path,
           what_is_wrong(static_cast<double>(*v), key.range, key.unit) + " (expected " +
               key.range.describe(true) + ")");
    return std::nullopt;
  }
  return v;
}

std::optional<std::uint64_t> read_seed(const Node& node, const std::string& path, Diagnostics* d) {
  const auto v = read_unsigned(node);
  if (!v)
    report(d, node.at, path, wrong_type(node, "a seed") + " (expected an integer in [0, 2^64))");
  return v;
}

std::optional<bool> read_boolean(const Node& node, const std::string& path, Diagnostics* d) {
  const auto v = read_bool(node);
  if (!v) report(d, node.at, path, wrong_type(node, "true or false") + " (expected true or false)");
  return v;
}

std::optional<Date> read_date(const Node& node, const std::string& path, Diagnostics* d) {
  const auto v = read_date(node);
  if (!v) {
    report(d, node.at, path,
           wrong_type(node, "a date") + " (expected a date YYYY-MM-DD, e.g. 2026-04-01)");
  }
  return v;
}

std::optional<std::string> read_text(const Node& node, const std::string& path, Diagnostics* d) {
  if (node.is_null()) return std::string();
  if (!node.is_scalar()) {
    report(d, node.at, path, wrong_type(node, "text") + " (expected text)");
    return std::nullopt;
  }
  return node.text;
}

std::optional<std::string> read_choice(const Node& node, const Key& key, const std::string& path,
                                       Diagnostics* d) {
  if (node.is_scalar() &&
      std::find(key.choices.begin(), key.choices.end(), node.text) != key.choices.end()) {
    return node.text;
  }
  const auto near = node.is_scalar() ? nearest(node.text, key.choices) : std::nullopt;
  report(d, node.at, path,
         wrong_type(node, "a valid choice") + " (" + (near ? "did you mean " + *near + "? " : "") +
             "expected one of " + join_names(key.choices) + ")");
  return std::nullopt;
}

std::optional<DatedSteps> read_steps(const Node& node, const Range& range, const std::string& path,
                                     Diagnostics* d) {
  const std::string expected = "expected a number, or {date: number, ...} with dates increasing";
  if (const auto constant = read_number(node)) {
    if (!std::isfinite(*constant) || !range.contains(*constant)) {
      report(d, node.at, path,
             what_is_wrong(*constant, range, "") + " (expected " + range.describe(false) + ")");
      return std::nullopt;
    }
    return DatedSteps::constant(*constant);
  }
  if (!node.is_map() || node.entries.empty()) {
    report(d, node.at, path,
           (node.is_map() ? std::string("no steps") : wrong_type(node, "steps")) + " (" + expected +
               ")");
    return std::nullopt;
  }
  DatedSteps steps;
  bool ok = true;
  std::optional<Date> previous;
  for (const auto& e : node.entries) {
    const std::string key_path = path + "." + e.key;
    const auto date = read_date_text(e.key);
    if (!date) {
      ok = false;
      report(d, e.key_at, key_path,
             shown(e.key) + " is not a date (expected a date YYYY-MM-DD, e.g. 2026-04-01)");
      continue;
    }
    if (previous && !(*previous < *date)) {
      ok = false;
      report(d, e.key_at, key_path,
             e.key + " is out of order (expected dates strictly increasing: after " +
                 format_iso_date(*previous) + ")");
    }
    previous = date;
    const auto level = read_number(e.value);
    if (!level || !std::isfinite(*level) || !range.contains(*level)) {
      ok = false;
      report(d, e.value.at, key_path,
             (level ? what_is_wrong(*level, range, "") : wrong_type(e.value, "a number")) +
                 " (expected " + range.describe(false) + ")");
      continue;
    }
    steps.steps.emplace_back(*date, *level);
  }
  if (!ok) return std::nullopt;
  return steps;
}

std::optional<std::vector<int>> read_weekdays(const Node& node, const std::string& path,
                                              Diagnostics* d) {
  if (!node.is_sequence()) {
    report(d, node.at, path, wrong_type(node, "a list") + " (expected a list of weekdays)");
    return std::nullopt;
  }
  std::vector<int> out;
  bool ok = true;
  for (const auto& item : node.items) {
    if (const auto w = read_weekday(item)) {
      out.push_back(*w);
      continue;
    }
    ok = false;
    std::vector<std::string> names;
    for (int i = 0; i < 7; ++i) names.emplace_back(weekday_name(i));
    const auto near = item.is_scalar() ? nearest(item.text, names) : std::nullopt;
    report(d, item.at, path,
           wrong_type(item, "a weekday") + " (" + (near ? "did you mean " + *near + "? " : "") +
               "expected monday, tuesday, ... or sunday)");
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<Date>> read_dates(const Node& node, const std::string& path,
                                            Diagnostics* d) {
  if (!node.is_sequence()) {
    report(d, node.at, path, wrong_type(node, "a list") + " (expected a list of dates)");
    return std::nullopt;
  }
  std::vector<Date> out;
  bool ok = true;
  for (const auto& item : node.items) {
    const auto date = read_date(item, path, d);
    if (date) {
      out.push_back(*date);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::array<double, 12>> read_seasonality(const Node& node, const std::string& path,
                                                       Diagnostics* d) {
  const std::string expected = "expected 12 numbers >= 0, January first";
  if (!node.is_sequence() || node.items.size() != 12) {
    report(d, node.at, path,
           (node.is_sequence() ? std::to_string(node.items.size()) + " numbers"
                               : wrong_type(node, "a list")) +
               (node.is_sequence() ? " given" : "") + " (" + expected + ")");
    return std::nullopt;
  }
  std::array<double, 12> out{};
  bool ok = true;
  for (std::size_t i = 0; i < 12; ++i) {
    const auto v = read_number(node.items[i]);
    if (!v || !std::isfinite(*v) || *v < 0) {
      ok = false;
      report(d, node.items[i].at, path,
             (v ? format_double(*v) + " is negative" : wrong_type(node.items[i], "a number")) +
                 " (" + expected + ")");
      continue;
    }
    out[i] = *v;
  }
  if (!ok) return std::nullopt;
  const double mean = std::accumulate(out.begin(), out.end(), 0.0) / 12;
  if (!(mean > 0) || !std::isfinite(mean)) {
    report(d, node.at, path, "all twelve are zero (" + expected + ", not all zero)");
    return std::nullopt;
  }
  for (auto& v : out) v /= mean;
  return out;
}

std::optional<std::vector<MonthlyCount>> read_month_counts(const Node& node,
                                                           const std::string& path,
                                                           Diagnostics* d) {
  if (!node.is_map()) {
    report(d, node.at, path, wrong_type(node, "a map") + " (expected {YYYY-MM: number >= 0, ...})");
    return std::nullopt;
  }
  std::vector<MonthlyCount> out;
  bool ok = true;
  for (const auto& e : node.entries) {
    const std::string key_path = path + "." + e.key;
    const auto month = read_month_text(e.key);
    if (!month) {
      ok = false;
      report(d, e.key_at, key_path,
             shown(e.key) + " is not a month (expected YYYY-MM, e.g. 2026-04)");
      continue;
    }
    const auto v = read_number(e.value);
    if (!v || !std::isfinite(*v) || *v < 0) {
      ok = false;
      report(d, e.value.at, key_path,
             (v ? what_is_wrong(*v, Range{0}, "") : wrong_type(e.value, "a number")) +
                 " (expected a number >= 0)");
      continue;
    }
    out.push_back(MonthlyCount{*month, *v});
  }
  if (!ok) return std::nullopt;
  std::sort(out.begin(), out.end(),
            [](const MonthlyCount& a, const MonthlyCount& b) { return a.month < b.month; });
  return out;
}

void check_leaf(const Key& key, const Node& node, const std::string& path, const GroupNames& groups,
                Diagnostics& diagnostics) {
  Diagnostics* d = &diagnostics;
  switch (key.type) {
    case Type::text:
    case Type::path:
      read_text(node, path, d);
      return;
    case Type::integer:
      read_integer(node, key, path, d);
      return;
    case Type::seed:
      read_seed(node, path, d);
      return;
    case Type::number:
      read_number(node, key, path, d);
      return;
    case Type::boolean:
      read_boolean(node, path, d);
      return;
    case Type::date:
      read_date(node, path, d);
      return;
    case Type::choice:
      read_choice(node, key, path, d);
      return;
    case Type::distribution:
      read_distribution(node, path, d);
      return;
    case Type::optional_distribution:
      if (!is_none(node)) read_distribution(node, path, d);
      return;
    case Type::steps:
      read_steps(node, key.range, path, d);
      return;
    case Type::weekdays:
      read_weekdays(node, path, d);
      return;
    case Type::dates:
      read_dates(node, path, d);
      return;
    case Type::group_names:
      read_group_names(node, groups, path, d);
      return;
    case Type::seasonality:
      read_seasonality(node, path, d);
      return;
    case Type::month_counts:
      read_month_counts(node, path, d);
      return;
    case Type::group_shares:
      read_group_shares(node, groups, path, d);
      return;
    default:
      return;  // structures: check_structure walks them
  }
}

}  // namespace cj::scenario

#include "models/scenario/calendar_codecs.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/scenario/number_codecs.hpp"
#include "models/scenario/scalar_codecs.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {

std::optional<std::vector<int>> WeekdaysCodec::read(const Node& node, const Key&,
                                                    const std::string& path, const GroupNames&,
                                                    Diagnostics* d) const {
  if (!node.is_sequence()) {
    report_to(d, node.at, path, wrong_type(node, "a list") + " (expected a list of weekdays)");
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
    report_to(d, item.at, path,
              wrong_type(item, "a weekday") + " (" + (near ? "did you mean " + *near + "? " : "") +
                  "expected monday, tuesday, ... or sunday)");
  }
  if (!ok) return std::nullopt;
  return out;
}

Node WeekdaysCodec::write(const std::vector<int>& value, const Key&) const {
  Node list = Node::sequence();
  for (int w : value) list.items.push_back(Node::scalar(weekday_name(w)));
  return list;
}

std::optional<std::vector<Date>> DatesCodec::read(const Node& node, const Key&,
                                                  const std::string& path, const GroupNames&,
                                                  Diagnostics* d) const {
  if (!node.is_sequence()) {
    report_to(d, node.at, path, wrong_type(node, "a list") + " (expected a list of dates)");
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

Node DatesCodec::write(const std::vector<Date>& value, const Key&) const {
  Node list = Node::sequence();
  for (const Date& date : value) list.items.push_back(Node::scalar(format_iso_date(date)));
  return list;
}

std::optional<std::array<double, 12>> SeasonalityCodec::read(const Node& node, const Key&,
                                                             const std::string& path,
                                                             const GroupNames&,
                                                             Diagnostics* d) const {
  const std::string expected = "expected 12 numbers >= 0, January first";
  if (!node.is_sequence() || node.items.size() != 12) {
    report_to(d, node.at, path,
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
      report_to(d, node.items[i].at, path,
                (v ? format_double(*v) + " is negative" : wrong_type(node.items[i], "a number")) +
                    " (" + expected + ")");
      continue;
    }
    out[i] = *v;
  }
  if (!ok) return std::nullopt;
  const double mean = std::accumulate(out.begin(), out.end(), 0.0) / 12;
  if (!(mean > 0) || !std::isfinite(mean)) {
    report_to(d, node.at, path, "all twelve are zero (" + expected + ", not all zero)");
    return std::nullopt;
  }
  for (auto& v : out) v /= mean;
  return out;
}

Node SeasonalityCodec::write(const std::array<double, 12>& value, const Key&) const {
  Node list = Node::sequence();
  for (double v : value) list.items.push_back(Node::scalar(format_double(v)));
  return list;
}

std::string MonthCountsCodec::limits(const Key& key) const {
  return "months increasing; counts: " + describe(Range{0, key.range.high}, false);
}

Node MonthCountsCodec::merge(const Node& base, const Node& child) const {
  Node out = merge_maps(base, child);
  // A child's months go between its base's where they fall (YYYY-MM sorts as text): the order
  // is checked in what a planner wrote, not in what extends put together.
  if (out.is_map()) {
    std::stable_sort(out.entries.begin(), out.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
  }
  return out;
}

std::optional<std::vector<MonthlyCount>> MonthCountsCodec::read(const Node& node, const Key& key,
                                                                const std::string& path,
                                                                const GroupNames&,
                                                                Diagnostics* d) const {
  if (!node.is_map()) {
    report_to(d, node.at, path,
              wrong_type(node, "a map") + " (expected {YYYY-MM: number >= 0, ...})");
    return std::nullopt;
  }
  std::vector<MonthlyCount> out;
  bool ok = true;
  for (const auto& e : node.entries) {
    const std::string key_path = path + "." + e.key;
    const auto month = read_month_text(e.key);
    if (!month) {
      ok = false;
      report_to(d, e.key_at, key_path,
                shown(e.key) + " is not a month (expected YYYY-MM, e.g. 2026-04)");
      continue;
    }
    // At least 0, at most the unit's ceiling (reports or cases a month).
    const Range range{0, key.range.high};
    const auto v = read_number(e.value);
    if (!v || !std::isfinite(*v) || !range.contains(*v)) {
      ok = false;
      report_to(d, e.value.at, key_path,
                (v ? what_is_wrong(*v, range, key.unit) : wrong_type(e.value, "a number")) +
                    " (expected " + describe(range, false) + ")");
      continue;
    }
    // In order, as dated steps are: a month out of place is more likely a typing slip than a
    // wish to be sorted.
    if (!out.empty() && !(out.back().month < *month)) {
      ok = false;
      report_to(d, e.key_at, key_path,
                e.key + " is out of order (expected months strictly increasing: after " +
                    format_iso_date(out.back().month).substr(0, 7) + ")");
      continue;
    }
    out.push_back(MonthlyCount{*month, *v});
  }
  if (!ok) return std::nullopt;
  return out;
}

Node MonthCountsCodec::write(const std::vector<MonthlyCount>& value, const Key&) const {
  Node map = Node::map();
  for (const auto& m : value) {
    map.set(format_iso_date(m.month).substr(0, 7), Node::scalar(format_double(m.count)), {});
  }
  return map;
}

}  // namespace cj::scenario

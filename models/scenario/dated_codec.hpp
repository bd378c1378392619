// Internal. The codec of dated steps of any value type: "a T, or {date: T, ...} with dates
// strictly increasing", the value from each date on (before the first date the first value
// holds). It checks, reads, merges (date by date), writes and documents by its inner codec, so
// any value a planner sets (a probability, a distribution) can vary by date with one change of
// the member's type: double -> Dated<double>. Share sets that vary by date are dated sections
// (Shape::dated_section): the same forms, checked section by section.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/parameters/dated.hpp"
#include "models/scenario/codec.hpp"

namespace cj::scenario {

// Whether `node` gives its value by date: a map whose first key is a date, or any map when a
// value of the type is never a map (`{}` is then by date, with no steps; else one empty value).
bool written_by_date(const Node& node, bool value_may_be_a_map);

// The dates of a map written by date, each checked: a date (else nullopt: its value is not read)
// and after the one before (else reported, and `in_order` false).
struct StepDates {
  std::vector<std::optional<Date>> dates;
  bool in_order = true;
};
StepDates step_dates(const Node& node, const std::string& path, Diagnostics* diagnostics);

// "a number" -> "expected a number, or {date: number, ...} with dates increasing".
std::string expected_steps(const std::string& noun);
// Steps merged date by date, each date's value by `merge_value`; a value given whole (not by
// date) replaces steps and is replaced by them.
template <class MergeValue>
Node merge_steps(const Node& base, const Node& child, bool value_may_be_a_map,
                 MergeValue&& merge_value) {
  const bool base_dated = written_by_date(base, value_may_be_a_map);
  const bool child_dated = written_by_date(child, value_may_be_a_map);
  if (!base_dated && !child_dated) return merge_value(base, child);
  if (!base_dated || !child_dated) return child;
  Node out = base;
  out.at = child.at;
  for (const auto& e : child.entries) {
    if (Node* existing = out.find(e.key)) {
      *existing = merge_value(*existing, e.value);
      for (auto& oe : out.entries) {
        if (oe.key == e.key) oe.key_at = e.key_at;
      }
    } else {
      out.entries.push_back(e);
    }
  }
  return out;
}

template <class T>
class DatedCodec final : public ValueCodec<Dated<T>> {
 public:
  explicit DatedCodec(const ValueCodec<T>& inner) : inner_(inner) {}

  std::string type_name() const override { return inner_.dated_type_name(); }
  std::string limits(const Key& key) const override { return inner_.limits(key); }
  std::string noun() const override { return "steps"; }
  bool keys_below() const override { return true; }

  Node merge(const Node& base, const Node& child) const override {
    return merge_steps(base, child, may_be_a_map(),
                       [&](const Node& b, const Node& c) { return inner_.merge(b, c); });
  }

  Node resolved(const Node& node) const override {
    if (!written_by_date(node, may_be_a_map())) return inner_.resolved(node);
    Node out = node;
    for (auto& e : out.entries) e.value = inner_.resolved(e.value);
    return out;
  }

  std::optional<Dated<T>> read(const Node& node, const Key& key, const std::string& path,
                               const GroupNames& groups, Diagnostics* d) const override {
    Key level = key;
    level.unit.clear();  // a level's message names no unit
    const std::string expected = expected_steps(inner_.noun());
    if (!written_by_date(node, may_be_a_map())) {
      if (!inner_.takes(node)) {
        report_to(d, node.at, path, wrong_type(node, "steps") + " (" + expected + ")");
        return std::nullopt;
      }
      auto value = inner_.read(node, level, path, groups, d);
      if (!value) return std::nullopt;
      return Dated<T>::constant(std::move(*value));
    }
    if (node.entries.empty()) {
      report_to(d, node.at, path, "no steps (" + expected + ")");
      return std::nullopt;
    }
    const StepDates dates = step_dates(node, path, d);
    bool ok = dates.in_order;
    Dated<T> out;
    for (std::size_t i = 0; i < node.entries.size(); ++i) {
      if (!dates.dates[i]) {
        ok = false;
        continue;
      }
      const Entry& e = node.entries[i];
      auto value = inner_.read(e.value, level, path + "." + e.key, groups, d);
      if (!value) {
        ok = false;
        continue;
      }
      out.steps.emplace_back(*dates.dates[i], std::move(*value));
    }
    if (!ok) return std::nullopt;
    return out;
  }

  Node write(const Dated<T>& value, const Key& key) const override {
    if (value.is_constant()) return inner_.write(value.steps.front().second, key);
    Node map = Node::map();
    for (const auto& [date, v] : value.steps)
      map.set(format_iso_date(date), inner_.write(v, key), {});
    return map;
  }

 private:
  bool may_be_a_map() const { return inner_.takes(Node::map()); }

  const ValueCodec<T>& inner_;
};

}  // namespace cj::scenario

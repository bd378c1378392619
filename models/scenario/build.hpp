// Internal. What the builders (validate_*.cpp) share: typed reads of a filled-in tree, and the
// per-group view that resolves a stage key for one offence group (its by_offence entry if given,
// else the stage's). Reads are silent: check_structure has already reported every bad value,
// and a builder only adds rules that span keys. A value that cannot be read all the same marks
// the build unreadable, so a Scenario is never made from a guess.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/parameters/scenario.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/leaf_values.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// A section of the tree: its node, its schema path, the path shown in problems. For one offence
// group's view of a stage, `group` is that group's by_offence entry, read first.
struct View {
  const Node* node = nullptr;
  std::string schema_path;
  std::string shown;
  const Node* group = nullptr;
  std::string group_shown;
};

// Where a key was found: its value, and its paths.
struct Found {
  const Node* value = nullptr;
  std::string schema_path;
  std::string shown;
};

class Build {
 public:
  Build(const Node& root, const GroupNames& groups, Diagnostics& diagnostics)
      : root_(root), groups_(groups), d_(diagnostics) {}

  const GroupNames& groups() const { return groups_; }
  Diagnostics& diagnostics() { return d_; }
  bool unreadable() const { return unreadable_; }

  View root() const;
  View section(const View& parent, std::string_view key) const;
  // The view of a stage for offence group `group` (its by_offence.GROUP read first).
  View for_group(const View& stage, const std::string& group) const;
  // The items of a named list, each as a view shown by its name.
  std::vector<View> items(const View& parent, std::string_view key);

  // `key` may be dotted: "triage.accept_first".
  Found find(const View& view, std::string_view key) const;
  bool is_none(const View& view, std::string_view key) const;

  double number(const View& view, std::string_view key);
  std::int64_t integer(const View& view, std::string_view key);
  std::uint64_t seed(const View& view, std::string_view key);
  bool boolean(const View& view, std::string_view key);
  std::string text(const View& view, std::string_view key);
  std::string choice(const View& view, std::string_view key);
  Date date(const View& view, std::string_view key);
  Distribution distribution(const View& view, std::string_view key);
  std::optional<Distribution> optional_distribution(const View& view, std::string_view key);
  DatedSteps steps(const View& view, std::string_view key);
  std::vector<int> weekdays(const View& view, std::string_view key);
  std::vector<Date> dates(const View& view, std::string_view key);
  std::array<double, 12> seasonality(const View& view, std::string_view key);
  std::vector<MonthlyCount> month_counts(const View& view, std::string_view key);
  std::vector<double> group_shares(const View& view, std::string_view key);
  std::vector<int> group_indices(const View& view, std::string_view key);

  // Checks that the members of a share set (e.g. "trial", {"effective", "cracked",
  // "ineffective"}) sum to 1, reporting where they were given; returns the values.
  std::vector<double> share_set(const View& view, std::string_view section,
                                const std::vector<std::string>& members);
  // Reports against `key` of `view` (or the view itself when absent).
  void problem(const View& view, std::string_view key, std::string message);

 private:
  const Key& key_of(const Found& found);
  // The value `reader` makes of what was found, or `fallback` (and the build unreadable).
  template <typename T, typename Reader>
  T read(const Found& found, Reader&& reader, T fallback) {
    if (found.value) {
      if (std::optional<T> value = reader(*found.value)) return std::move(*value);
    }
    unreadable_ = true;
    return fallback;
  }

  const Node& root_;
  const GroupNames& groups_;
  Diagnostics& d_;
  bool unreadable_ = false;
};

// The builders, one a part of the scenario; each reads its keys and checks the rules that span
// them.
void build_general(Build& b, Scenario& s);  // name .. seed, calendar, costs, outputs
void build_initial_state(Build& b, Scenario& s);
void build_offences(Build& b, Scenario& s);  // offence_groups, demand
void build_investigation(Build& b, Scenario& s);
void build_charging(Build& b, Scenario& s);
void build_magistrates(Build& b, Scenario& s);
void build_crown(Build& b, Scenario& s);
void build_attrition(Build& b, Scenario& s);

}  // namespace cj::scenario

// Internal. The schema: one table of every scenario key (path, type, unit, default, meaning,
// limits). Validation, defaults, unknown-key detection with "did you mean", --set addressing,
// extends merging and the reference document (schema_markdown) all read this one table, so a key
// cannot be accepted without being documented, nor documented without being checked.
#pragma once

#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/node.hpp"

namespace cj::scenario {

// Shares that must sum to 1 may miss it by this much (rounding in the decimals written).
inline constexpr double kShareTolerance = 1e-9;

enum class Type : unsigned char {
  section,                // a map of the keys below it
  optional_section,       // a section, or `none`: the feature is not modelled
  named_list,             // a list of maps, each with a unique `name`
  text,                   // any scalar
  integer,                // a whole number
  seed,                   // a whole number in [0, 2^64)
  number,                 // a finite number
  boolean,                // true or false
  date,                   // YYYY-MM-DD
  choice,                 // one of `choices`
  distribution,           // see distribution_reader.hpp
  optional_distribution,  // a distribution, or `none`
  steps,                  // a number, or {date: number} with dates strictly increasing
  weekdays,               // a list of monday .. sunday
  dates,                  // a list of dates
  group_names,            // a list of offence group names
  seasonality,            // 12 numbers >= 0, January first; scaled to mean 1
  month_counts,           // {YYYY-MM: number >= 0}
  group_shares,           // {offence group: share}, shares sum to 1
  by_offence,             // {offence group: {keys of this stage that may vary by group}}
  path,                   // a file path (extends)
  sweep_lists,            // {key.path: [values]}
  sweep_points,           // [{key.path: value, ...}]
  sweep_ranges,           // {key.path: [low, high]}
};
const char* type_name(Type type);

enum class Presence : unsigned char {
  defaulted,  // absent: default_yaml
  required,   // absent: a problem
  optional,   // absent: meaningful (horizon_years, extends, sweep)
};

// Accepted values of a number, an integer or the levels of steps.
struct Range {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;
  bool contains(double v) const;
  bool is_probability() const { return low == 0 && high == 1 && !low_open && !high_open; }
  // "a number in [0, 1]", "a number >= 0", "an integer in [1, 10000]"
  std::string describe(bool integer) const;
};

struct Key {
  std::string path;  // charging.triage.accept_first; offence_groups[].name for list items
  Type type = Type::section;
  std::string unit;
  Presence presence = Presence::defaulted;
  std::string default_yaml;  // YAML text of the default value
  std::string meaning;
  Range range;
  std::vector<std::string> choices;  // Type::choice
  bool by_offence = false;           // may be set per offence group under STAGE.by_offence
  std::string share_set;             // members of one set sum to 1 (given in part: rest 0)
  std::string alternative;           // a sibling key that may not be given with this one

  std::string name() const;  // the last segment of path
  Key& per_group() {
    by_offence = true;
    return *this;
  }
  Key& in_share_set(std::string set) {
    share_set = std::move(set);
    return *this;
  }
  Key& alternative_to(std::string sibling) {
    alternative = std::move(sibling);
    return *this;
  }
};

class Schema {
 public:
  static const Schema& get();

  const std::vector<Key>& keys() const { return keys_; }
  const Key* find(std::string_view path) const;
  // Keys directly below `parent` ("" for the top level; "offence_groups[]" for list items), in
  // table order.
  const std::vector<const Key*>& children(std::string_view parent) const;
  std::vector<std::string> child_names(std::string_view parent) const;
  // The parsed default of a key (a null node when it has none).
  const Node& default_value(const Key& key) const;
  // Whether `path` is a per-group key, or a section holding some.
  bool varies_by_offence(std::string_view path) const;
  // The schema path of what lies under `key` in the value at `schema_path`: the key's own path in
  // a section; the item path (offence_groups[]) for an item of a named list; the stage's path for
  // a group under by_offence (its keys mirror the stage's). Empty `schema_path`: the top level.
  std::string path_below(std::string_view schema_path, std::string_view key) const;
  // The full paths of keys whose name is `name`, for "did you mean" across sections.
  std::vector<std::string> paths_named(std::string_view name) const;

 private:
  Schema();
  std::vector<Key> keys_;
  std::map<std::string, std::size_t, std::less<>> index_;
  std::map<std::string, std::vector<const Key*>, std::less<>> children_;
  std::vector<Node> defaults_;
};

std::vector<Key> schema_table();  // the table itself: schema_table.cpp

// The parent of a key path ("a.b.c" -> "a.b", "a" -> "").
std::string_view parent_path(std::string_view path);
std::string join_path(std::string_view parent, std::string_view key);

}  // namespace cj::scenario

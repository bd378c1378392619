// Internal. The schema: the index of every scenario key (path, kind of value, unit, default,
// meaning, limits), built from the declarations beside the structs in models/parameters/
// (declarer.hpp) and, for sweeps, sweep.cpp. Validation, defaults, unknown-key detection with
// "did you mean", --set addressing, extends merging and the reference document all read this one
// index, so a key cannot be accepted without being documented, nor documented without being
// checked.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "models/parameters/keys.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

class Codec;

// Shares that must sum to 1 may miss it by this much (rounding in the decimals written).
inline constexpr double kShareTolerance = 1e-9;

// What lies at a key: a value (read by its codec) or a structure of keys.
enum class Shape : unsigned char {
  value,             // a number, a distribution, dated steps, ...: see the key's codec
  section,           // a map of the keys below it
  dated_section,     // a section, or {date: section, ...}: a share set that changes by date
  optional_section,  // a section, or `none`: the feature is not modelled
  named_list,        // a list of maps, each with a unique `name`
  by_offence,        // {offence group: {keys of this stage that may vary by group}}
};

enum class Presence : unsigned char {
  defaulted,  // absent: the default (the member's initialiser)
  required,   // absent: a problem
  optional,   // absent: meaningful (horizon_years, extends, sweep)
};

struct Key {
  std::string path;  // charging.triage.accept_first; offence_groups[].name for list items
  Shape shape = Shape::section;
  const Codec* codec = nullptr;  // Shape::value
  std::string unit;
  Presence presence = Presence::defaulted;
  Node default_value;  // what an absent key takes (null when it has none)
  std::string meaning;
  Range range;                // numbers, integers and the levels of dated numbers
  bool by_offence = false;    // may be set per offence group under STAGE.by_offence
  std::string share_set;      // members of one set sum to 1 (given in part: rest 0)
  std::string alternative;    // a sibling key that may not be given with this one
  bool fills_member = false;  // else read by a rule (horizon_years) or the loader (extends)
  // Writes the default from the member's initialiser; run once every key is declared.
  std::function<Node()> write_default;

  std::string name() const;  // the last segment of path
};

// "number", "distribution", "section", ...: the key's type in the reference and in messages.
std::string type_name(const Key& key);

class Schema {
 public:
  Schema();
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  // Declaring: keys in the order they are documented, codecs owned here.
  Key& add(Key key);
  template <class C, class... Args>
  const C& own(Args&&... args) {
    codecs_.push_back(std::make_unique<C>(std::forward<Args>(args)...));
    return static_cast<const C&>(*codecs_.back());
  }
  // Once every key is declared: the index, and every default written.
  void index();

  const std::deque<Key>& keys() const { return keys_; }
  const Key* find(std::string_view path) const;
  // Keys directly below `parent` ("" for the top level; "offence_groups[]" for list items), in
  // declaration order.
  const std::vector<const Key*>& children(std::string_view parent) const;
  std::vector<std::string> child_names(std::string_view parent) const;
  // The default of a key (a null node when it has none).
  const Node& default_value(const Key& key) const { return key.default_value; }
  // Whether `path` is a per-group key, or a section holding some.
  bool varies_by_offence(std::string_view path) const;
  // The schema path of what lies under `key` in the value at `schema_path`: the key's own path in
  // a section; the item path (offence_groups[]) for an item of a named list; the stage's path for
  // a group under by_offence (its keys mirror the stage's); the section's own path for a date of
  // a dated section. Empty `schema_path`: the top level.
  std::string path_below(std::string_view schema_path, std::string_view key) const;
  // The full paths of keys whose name is `name`, for "did you mean" across sections.
  std::vector<std::string> paths_named(std::string_view name) const;

 private:
  std::deque<Key> keys_;  // a deque: keys stay put while more are declared
  std::vector<std::unique_ptr<Codec>> codecs_;
  std::map<std::string, const Key*, std::less<>> index_;
  std::map<std::string, std::vector<const Key*>, std::less<>> children_;
};

// The parent of a key path ("a.b.c" -> "a.b", "a" -> "").
std::string_view parent_path(std::string_view path);
std::string join_path(std::string_view parent, std::string_view key);

}  // namespace cj::scenario

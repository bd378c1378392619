// Internal. The scenario as a tree of YAML values, each with where it was written. Our own tree,
// not yaml-cpp's, so that every value keeps its file and line through extends, --set and sweeps,
// and so that aliases are expanded under a budget (yaml-cpp shares them, which hides alias bombs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cj::scenario {

// Where a value was written: a source (file, --set, ...) registered in Diagnostics, and a line
// and column counted from 1. source < 0: nowhere (a default filled in).
struct Location {
  int source = -1;
  int line = 0;
  int column = 0;
  bool known() const { return source >= 0; }
};

struct Entry;

struct Node {
  enum class Kind : unsigned char { null, scalar, sequence, map };
  Kind kind = Kind::null;
  bool quoted = false;  // a quoted scalar is text, never a number, date or boolean
  Location at;
  std::string text;            // scalar
  std::vector<Node> items;     // sequence
  std::vector<Entry> entries;  // map, in the order written

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }

  const Node* find(std::string_view key) const;
  Node* find(std::string_view key);
  const Entry* entry(std::string_view key) const;
  // The value under `key`, added (null, at `at`) when absent.
  Node& get_or_add(std::string_view key, Location at);
  void set(std::string_view key, Node value, Location key_at);
  bool remove(std::string_view key);

  static Node scalar(std::string text, Location at = {}, bool quoted = false);
  static Node map(Location at = {});
  static Node sequence(Location at = {});
};

struct Entry {
  std::string key;
  Location key_at;
  Node value;
};

// Number of nodes in the tree (itself included): what the alias budget counts.
std::size_t count_nodes(const Node& node);
// A scalar's text for a message: shortened when long, control characters blanked.
std::string shown(const std::string& text);
// What kind of value this is, for messages: "a number", "a map", "a list", "nothing".
std::string describe_kind(const Node& node);

}  // namespace cj::scenario

// Internal. A codec: everything cjsim does with one type of value, in one place. It checks a
// value written in a scenario (reporting with the key's path what is wrong and what was
// expected), reads it into its C++ type, merges a child's value over a base's (extends), writes a
// value back as YAML (the defaults, in the resolved scenario and the reference) and documents
// itself (its type and limits in the reference). The schema gives each key the codec of its
// member's type (codec_for.hpp).
//
// To add a type of value: a ValueCodec<T> (its own file, or beside its kin), and a line in
// codec_for.hpp that gives it to members of type T.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

using GroupNames = std::vector<std::string>;

class Codec {
 public:
  virtual ~Codec() = default;

  // Documenting: the type ("number", "distribution") and the limits of `key`'s values.
  virtual std::string type_name() const = 0;
  virtual std::string limits(const Key& key) const;
  // The value in a message: "number" in "expected a number, or {date: number, ...}".
  virtual std::string noun() const { return type_name(); }
  // The type of dated steps of this value, in the reference.
  virtual std::string dated_type_name() const { return "steps of " + type_name(); }
  // Whether `node` has this type's shape (a plain number for a number), right or wrong inside.
  virtual bool takes(const Node& node) const;

  // Reports what is wrong with `node` as a value of `key`, shown as `path`.
  virtual void check(const Node& node, const Key& key, const std::string& path,
                     const GroupNames& groups, Diagnostics& diagnostics) const = 0;
  // `child` over `base` (extends). Replaced whole unless the type says otherwise.
  virtual Node merge(const Node& base, const Node& child) const;
  // Whether --set may address something below the value (a date of steps, a parameter).
  virtual bool keys_below() const { return false; }
  // The value as the resolved scenario writes it (`none` for an optional value left empty).
  virtual Node resolved(const Node& node) const { return node; }
};

// A codec of values of C++ type T.
template <class T>
class ValueCodec : public Codec {
 public:
  using Value = T;
  // The value at `node`: what is wrong reported to `diagnostics` when given, else silently none.
  virtual std::optional<T> read(const Node& node, const Key& key, const std::string& path,
                                const GroupNames& groups, Diagnostics* diagnostics) const = 0;
  // The value as YAML that reads back to it.
  virtual Node write(const T& value, const Key& key) const = 0;

  void check(const Node& node, const Key& key, const std::string& path, const GroupNames& groups,
             Diagnostics& diagnostics) const final {
    (void)read(node, key, path, groups, &diagnostics);
  }
};

// Reports when there is somewhere to report to: readers are silent when they only read.
inline void report_to(Diagnostics* diagnostics, Location at, const std::string& path,
                      std::string message) {
  if (diagnostics) diagnostics->report(at, path, std::move(message));
}

// "\"abc\" is not a number", or "missing value (expected a number)" for nothing.
std::string wrong_type(const Node& node, const std::string& what);

// Maps merged key by key, at every depth; anything else replaced (the steps, month counts and
// group shares of a base merge with a child's).
Node merge_maps(const Node& base, const Node& child);

// `value` written by `codec`, checked to read back to exactly `value`: a default that did not
// would make the resolved scenario run something else. Throws std::logic_error when it does not.
template <class T>
Node write_exactly(const ValueCodec<T>& codec, const T& value, const Key& key) {
  Node node = codec.write(value, key);
  const std::optional<T> back = codec.read(node, key, key.path, GroupNames{}, nullptr);
  if (!back || !(*back == value)) {
    throw std::logic_error("the default of " + key.path + " does not read back to itself");
  }
  return node;
}

}  // namespace cj::scenario

// Internal. Numbers: a finite number within the key's range, an integer within it, a seed (a
// whole number in [0, 2^64)). Messages read "1.2 is not a probability (expected a number in [0,
// 1])", "-3 is negative", "60 is above the limit of 50 years".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "models/scenario/codec.hpp"

namespace cj::scenario {

// "a number in [0, 1]", "a number >= 0", "an integer in [1, 10000]"
std::string describe(const Range& range, bool integer);
// What is wrong with a number outside `range`; `unit` names the upper limit's unit.
std::string what_is_wrong(double value, const Range& range, const std::string& unit);

std::optional<double> read_number(const Node& node, const Key& key, const std::string& path,
                                  Diagnostics* diagnostics);
std::optional<std::int64_t> read_integer(const Node& node, const Key& key, const std::string& path,
                                         Diagnostics* diagnostics);
std::optional<std::uint64_t> read_seed(const Node& node, const std::string& path,
                                       Diagnostics* diagnostics);

class NumberCodec final : public ValueCodec<double> {
 public:
  std::string type_name() const override { return "number"; }
  std::string dated_type_name() const override { return "steps"; }  // rosters, scales
  std::string limits(const Key& key) const override { return describe(key.range, false); }
  bool takes(const Node& node) const override;
  std::optional<double> read(const Node& node, const Key& key, const std::string& path,
                             const GroupNames& groups, Diagnostics* diagnostics) const override;
  Node write(const double& value, const Key& key) const override;
};

// int or std::int64_t.
template <class T>
class IntegerCodec final : public ValueCodec<T> {
 public:
  std::string type_name() const override { return "integer"; }
  std::string limits(const Key& key) const override { return describe(key.range, true); }
  std::optional<T> read(const Node& node, const Key& key, const std::string& path,
                        const GroupNames&, Diagnostics* diagnostics) const override {
    const auto v = read_integer(node, key, path, diagnostics);
    if (!v) return std::nullopt;
    return static_cast<T>(*v);  // the key's range keeps it within T
  }
  Node write(const T& value, const Key&) const override {
    return Node::scalar(std::to_string(value));
  }
};

class SeedCodec final : public ValueCodec<std::uint64_t> {
 public:
  std::string type_name() const override { return "integer"; }
  std::string limits(const Key&) const override { return "an integer in [0, 2^64)"; }
  std::optional<std::uint64_t> read(const Node& node, const Key& key, const std::string& path,
                                    const GroupNames& groups,
                                    Diagnostics* diagnostics) const override;
  Node write(const std::uint64_t& value, const Key& key) const override;
};

}  // namespace cj::scenario

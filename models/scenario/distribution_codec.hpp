// Internal. The codec of distributions:
//   {dist: lognormal, median, p90} | {dist: lognormal, mu, sigma} | {dist: exponential, mean}
//   {dist: gamma, shape, scale} | {dist: gamma, shape, mean} | {dist: weibull, shape, scale}
//   {dist: fixed, value} or a bare number | {dist: uniform, low, high}
//   {dist: empirical, values: [...], weights: [...]} (weights optional: equal)
// Parameters are checked by sim::Distribution's factories; their complaint is reported against
// the key it names. Written back (a default) in the form of the shortest text that reads back to
// exactly the same distribution: `{dist: lognormal, median: 14, p90: 120}` rather than by mu and
// sigma. To add a distribution: a factory in sim/, a case in read_distribution, its parameters in
// form_values and a line in the description below (it goes into the reference).
#pragma once

#include <optional>
#include <string>

#include "models/parameters/common.hpp"
#include "models/scenario/codec.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// The distribution at `node` (shown as `path` in problems); with `diagnostics`, what is wrong is
// reported there, otherwise silently nothing.
std::optional<Distribution> read_distribution(const Node& node, const std::string& path,
                                              Diagnostics* diagnostics);
// "a mean <= 36525" when `key` has an upper limit (its unit's ceiling): a distribution's mean
// must be within it. Empty when it has none.
std::string mean_limit(const Key& key);
// The forms above, for the reference.
std::string distribution_forms_markdown();
// `d` as YAML, in its shortest form that reads back to `d` exactly.
Node write_distribution(const Distribution& d);

class DistributionCodec final : public ValueCodec<Distribution> {
 public:
  std::string type_name() const override { return "distribution"; }
  std::string limits(const Key& key) const override { return mean_limit(key); }
  bool takes(const Node& node) const override;
  bool keys_below() const override { return true; }
  std::optional<Distribution> read(const Node& node, const Key& key, const std::string& path,
                                   const GroupNames& groups,
                                   Diagnostics* diagnostics) const override;
  Node write(const Distribution& value, const Key& key) const override;
};

// A distribution, or `none` (nothing written reads as none, and is written so).
class OptionalDistributionCodec final : public ValueCodec<std::optional<Distribution>> {
 public:
  std::string type_name() const override { return "distribution or none"; }
  std::string limits(const Key& key) const override { return mean_limit(key); }
  bool takes(const Node& node) const override;
  bool keys_below() const override { return true; }
  Node resolved(const Node& node) const override;
  std::optional<std::optional<Distribution>> read(const Node& node, const Key& key,
                                                  const std::string& path, const GroupNames& groups,
                                                  Diagnostics* diagnostics) const override;
  Node write(const std::optional<Distribution>& value, const Key& key) const override;
};

}  // namespace cj::scenario

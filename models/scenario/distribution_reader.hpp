// Internal. Reading a distribution:
//   {dist: lognormal, median, p90} | {dist: lognormal, mu, sigma} | {dist: exponential, mean}
//   {dist: gamma, shape, scale} | {dist: gamma, shape, mean} | {dist: weibull, shape, scale}
//   {dist: fixed, value} or a bare number | {dist: uniform, low, high}
//   {dist: empirical, values: [...], weights: [...]} (weights optional: equal)
// Parameters are checked by sim::Distribution's factories; their complaint is reported against
// the key it names. To add a distribution: a factory in sim/, a case in read_distribution and a
// line in the description below (it goes into the reference).
#pragma once

#include <optional>
#include <string>

#include "models/parameters/common.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// The distribution at `node` (shown as `path` in problems); with `diagnostics`, what is wrong is
// reported there, otherwise silently nothing.
std::optional<Distribution> read_distribution(const Node& node, const std::string& path,
                                              Diagnostics* diagnostics);
// The forms above, for the reference.
std::string distribution_forms_markdown();

}  // namespace cj::scenario

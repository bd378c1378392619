// Internal. Addressing a value by key path, as --set and sweeps do: segments separated by dots,
// items of named lists by their name (magistrates.courts.leeds.share), groups under by_offence
// by theirs (crown.by_offence.rape.trial_days), dates of steps and months of counts as keys
// (crown.sitting_days_scale.2027-04-01), and the dates of a dated section, then its keys.
#pragma once

#include <string_view>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

// Sets `value` at `path` in `root`, adding maps on the way; a whole named item may be added by
// name. A path the schema does not know, or one that goes through a value that is not a map, is
// reported at `at` (with "did you mean"), and nothing is set. Returns whether it was set.
bool set_at_path(const Schema& schema, Node& root, std::string_view path, Node value, Location at,
                 Diagnostics& diagnostics);

}  // namespace cj::scenario

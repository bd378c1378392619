// Internal. Values that name offence groups (eia.applies_to, offence_mix): every name must be a
// defined group, reported with the nearest one when it is not.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/leaf_values.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// One share per group (in the groups' order); empty for an empty map.
std::optional<std::vector<double>> read_group_shares(const Node& node, const GroupNames& groups,
                                                     const std::string& path,
                                                     Diagnostics* diagnostics);
std::optional<std::vector<int>> read_group_names(const Node& node, const GroupNames& groups,
                                                 const std::string& path, Diagnostics* diagnostics);
// Reports a group name that is not defined, with the nearest defined one.
void report_undefined_group(const std::string& name, Location at, const std::string& path,
                            const GroupNames& groups, Diagnostics& diagnostics);

}  // namespace cj::scenario

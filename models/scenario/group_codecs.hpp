// Internal. The codecs of values that name offence groups (eia.applies_to, offence_mix): every
// name must be a defined group, reported with the nearest one when it is not. Written back only
// when empty (a default names no group).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/scenario/codec.hpp"
#include "models/scenario/diagnostics.hpp"
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

// {offence group: share}: one share per group, summing to 1; {} for none given.
class GroupSharesCodec final : public ValueCodec<std::vector<double>> {
 public:
  std::string type_name() const override { return "{group: share}"; }
  std::string limits(const Key&) const override { return "defined groups; sum 1"; }
  Node merge(const Node& base, const Node& child) const override;
  bool keys_below() const override { return true; }
  std::optional<std::vector<double>> read(const Node& node, const Key& key, const std::string& path,
                                          const GroupNames& groups,
                                          Diagnostics* diagnostics) const override;
  Node write(const std::vector<double>& value, const Key& key) const override;
};

// [group, ...]: the groups' indices.
class GroupNamesCodec final : public ValueCodec<std::vector<int>> {
 public:
  std::string type_name() const override { return "list of offence groups"; }
  std::string limits(const Key&) const override { return "defined groups"; }
  std::optional<std::vector<int>> read(const Node& node, const Key& key, const std::string& path,
                                       const GroupNames& groups,
                                       Diagnostics* diagnostics) const override;
  Node write(const std::vector<int>& value, const Key& key) const override;
};

}  // namespace cj::scenario

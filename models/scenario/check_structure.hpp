// Internal. The schema-driven check of a scenario tree: every key known (else "did you mean"),
// required keys present, alternatives not both given, every value of the right type and within
// its limits (by its key's codec), by_offence entries naming defined groups and keys that may
// vary by group, list items named once each. Rules that span several keys (share sets summing to
// 1, a court's shares) are checked once the tree is read (fields.hpp and the rule files).
#pragma once

#include "models/scenario/codec.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

void check_structure(const Schema& schema, const Node& root, const GroupNames& groups,
                     Diagnostics& diagnostics);

// The offence group names of a tree (items of offence_groups with a name), in order.
GroupNames group_names_of(const Node& root);

// "unknown key (did you mean ...?)" for `key` among the keys below `schema_parent`.
std::string unknown_key_message(const Schema& schema, const std::string& key,
                                std::string_view schema_parent,
                                const std::vector<std::string>& candidates);

// The shown path of a named-list item: its name, else its position counted from 1.
std::string item_label(const Node& item, std::size_t index);
// `list_path` followed by the item: offence_groups.rape, or offence_groups[2] with no name.
std::string item_path(const std::string& list_path, const Node& item, std::size_t index);

}  // namespace cj::scenario

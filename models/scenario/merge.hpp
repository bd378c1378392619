// Internal. `extends`: a scenario that changes another. The file it names (relative to the file
// that names it) is read, itself resolved, and the child merged over it: maps merge key by key,
// lists of named items (offence_groups, magistrates.courts, crown.centres,
// demand.later_entries) merge item by item by name, values merge as their codec says (steps date
// by date, group shares and month counts key by key) and everything else (numbers, lists,
// distributions, a whole sweep) is replaced. A missing file or a cycle is a problem naming the
// chain of files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

struct SourceFiles {
  std::vector<std::pair<std::string, std::string>> read;  // (path, text) of every file read
};

// Where `extends` may lead: anywhere, or only into `root` and the folders below it.
struct ExtendsScope {
  std::optional<std::filesystem::path> root;  // none: anywhere
};

// Reads `file` (shown as `display`) and everything it extends, within `scope`. A file that does
// not parse as a map of keys is refused without quoting it (it may not be a scenario at all).
std::optional<Node> read_scenario_file(const Schema& schema, const std::filesystem::path& file,
                                       const std::string& display, Diagnostics& diagnostics,
                                       SourceFiles& sources, const ExtendsScope& scope = {});
// Resolves the `extends` of a tree read from text, relative to `folder`, anywhere.
Node resolve_extends(const Schema& schema, Node tree, const std::filesystem::path& folder,
                     Diagnostics& diagnostics, SourceFiles& sources);
// `child` over `base`; `schema_path` tells what the values are ("" for a whole scenario).
Node merge(const Schema& schema, const Node& base, const Node& child,
           std::string_view schema_path = "");

}  // namespace cj::scenario

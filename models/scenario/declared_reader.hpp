// Internal. Reading a tree into a declared struct: check it against the schema, fill in the
// defaults, build the struct through its fields, apply the rules that span keys. The scenario
// loader (loader.cpp) does this for cj::Scenario, with its rules and its sweep; read_text does it
// for any declared struct (tests declare their own), with extends and --set.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "models/scenario/check_structure.hpp"
#include "models/scenario/declared.hpp"
#include "models/scenario/defaults.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/merge.hpp"
#include "models/scenario/overrides.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {

template <class Root>
struct Checked {
  Node filled;                // the tree with every default written in
  std::optional<Root> value;  // when this check found no problem
};

// `rules(reader, value)` reports what spans keys, once the value is built.
template <class Root, class Rules>
Checked<Root> check_tree(const Declared<Root>& declared, const Node& tree, Diagnostics& d,
                         Rules&& rules) {
  const std::size_t before = d.size();
  const GroupNames groups = group_names_of(tree);
  check_structure(declared.schema(), tree, groups, d);
  Checked<Root> out{fill_defaults(declared.schema(), tree), std::nullopt};
  if (!out.filled.is_map()) return out;
  TreeReader reader(out.filled, groups, d);
  Root value = declared.build(reader);
  rules(reader, value);
  if (d.size() == before && reader.unreadable()) {
    // A value the checks let through but the fields could not read: a bug here, not in the
    // scenario; refuse rather than run on a guess.
    d.report(tree.at, "", "internal error: a value passed the checks but could not be read");
  }
  if (d.size() == before) out.value = std::move(value);
  return out;
}

template <class Root>
struct ReadText {
  std::optional<Root> value;  // set only when problems is empty
  std::string resolved_yaml;
  std::vector<Problem> problems;
};

// YAML text read into a Root: `extends` resolved relative to the working folder, `overrides`
// (key.path=value) applied, no rules beyond the schema's.
template <class Root>
ReadText<Root> read_text(const Declared<Root>& declared, std::string_view yaml,
                         std::string_view display_name,
                         const std::vector<std::string>& overrides = {}) {
  Diagnostics d;
  SourceFiles sources;
  ReadText<Root> out;
  std::optional<Node> tree = parse_yaml(yaml, d.add_source(std::string(display_name)), d);
  if (tree) {
    std::error_code ec;
    const std::filesystem::path here = std::filesystem::current_path(ec);
    Node resolved = resolve_extends(declared.schema(), std::move(*tree),
                                    ec ? std::filesystem::path(".") : here, d, sources);
    apply_overrides(declared.schema(), resolved, overrides, d);
    if (resolved.is_map()) resolved.remove("extends");
    Checked<Root> checked = check_tree(declared, resolved, d, [](TreeReader&, Root&) {});
    out.resolved_yaml = write_yaml(checked.filled);
    out.value = std::move(checked.value);
  }
  out.problems = d.sorted();
  if (!out.problems.empty()) out.value.reset();
  return out;
}

}  // namespace cj::scenario

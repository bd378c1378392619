// The loading pipeline: read (and extend) -> --set -> take out the sweep -> check against the
// schema -> fill in defaults -> build the Scenario, checking rules across keys -> write the
// resolved YAML -> expand and check every sweep point the same way.
#include "models/scenario/loader.hpp"

#include <algorithm>
#include <system_error>

#include "models/scenario/build.hpp"
#include "models/scenario/check_structure.hpp"
#include "models/scenario/defaults.hpp"
#include "models/scenario/key_path.hpp"
#include "models/scenario/merge.hpp"
#include "models/scenario/overrides.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/sweep.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {
namespace {
namespace fs = std::filesystem;

struct Validated {
  Node filled;
  std::optional<Scenario> scenario;  // when this validation found no problem
};

// Checks a merged tree and builds its Scenario; problems go to `d`.
Validated validate(const Node& tree, Diagnostics& d) {
  const std::size_t before = d.size();
  const GroupNames groups = group_names_of(tree);
  check_structure(tree, groups, d);
  Validated out{fill_defaults(tree), std::nullopt};
  if (!out.filled.is_map()) return out;
  Build b(out.filled, groups, d);
  Scenario s;
  build_general(b, s);
  build_offences(b, s);
  build_investigation(b, s);
  build_charging(b, s);
  build_magistrates(b, s);
  build_crown(b, s);
  build_attrition(b, s);
  build_initial_state(b, s);
  if (d.size() == before && b.unreadable()) {
    // A value the checks let through but the builders could not read: a bug here, not in the
    // scenario; refuse rather than run on a guess.
    d.report(tree.at, "", "internal error: a value passed the checks but could not be read");
  }
  if (d.size() == before) out.scenario = std::move(s);
  return out;
}

// Every sweep point checked up front, against the resolved base, each problem naming its point.
void check_points(const Node& resolved, const std::vector<PlannedPoint>& points, Diagnostics& d) {
  // Each key path once: a bad one is reported once, not at every point.
  std::vector<std::string> seen;
  bool keys_ok = true;
  for (const auto& p : points) {
    for (std::size_t k = 0; k < p.overrides.size(); ++k) {
      const std::string& path = p.overrides[k].first;
      if (std::find(seen.begin(), seen.end(), path) != seen.end()) continue;
      seen.push_back(path);
      Node scratch = resolved;
      keys_ok = set_at_path(scratch, path, p.overrides[k].second, p.key_at[k], d) && keys_ok;
    }
  }
  if (!keys_ok) return;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const PlannedPoint& p = points[i];
    Node tree = resolved;
    for (std::size_t k = 0; k < p.overrides.size(); ++k) {
      set_at_path(tree, p.overrides[k].first, p.overrides[k].second, p.key_at[k], d);
    }
    d.set_message_prefix("in sweep point " + std::to_string(i + 1) + " of " +
                         std::to_string(points.size()) + " (" + p.label + "): ");
    validate(tree, d);
    d.set_message_prefix("");
  }
}

Loaded finish(Node tree, Diagnostics& d, SourceFiles& sources) {
  Loaded out;
  out.sources = std::move(sources.read);
  std::optional<Node> sweep;
  if (tree.is_map()) {
    if (const Node* s = tree.find("sweep")) sweep = *s;
    tree.remove("sweep");
    tree.remove("extends");
  }
  // The base's own problems first, so a broken base is not reported again at every point.
  Validated base = validate(tree, d);
  out.resolved_yaml = write_yaml(base.filled);
  if (sweep) {
    const auto points = expand_sweep(*sweep, d);
    for (const auto& p : points) out.sweep.push_back(to_sweep_point(p));
    if (base.scenario) check_points(base.filled, points, d);
  }
  out.problems = d.sorted();
  if (out.problems.empty()) out.scenario = std::move(base.scenario);
  return out;
}

}  // namespace

Loaded load_file(const fs::path& file, const std::vector<std::string>& overrides) {
  Diagnostics d;
  SourceFiles sources;
  std::optional<Node> tree = read_scenario_file(file, file.string(), d, sources);
  if (!tree) {
    Loaded out;
    out.sources = std::move(sources.read);
    out.problems = d.sorted();
    return out;
  }
  apply_overrides(*tree, overrides, d);
  return finish(std::move(*tree), d, sources);
}

Loaded load_text(std::string_view yaml, std::string_view display_name,
                 const std::vector<std::string>& overrides) {
  Diagnostics d;
  SourceFiles sources;
  const int source = d.add_source(std::string(display_name));
  sources.read.emplace_back(std::string(display_name), std::string(yaml));
  std::optional<Node> tree = parse_yaml(yaml, source, d);
  if (!tree) {
    Loaded out;
    out.sources = std::move(sources.read);
    out.problems = d.sorted();
    return out;
  }
  std::error_code ec;
  const fs::path here = fs::current_path(ec);
  Node resolved = resolve_extends(std::move(*tree), ec ? fs::path(".") : here, d, sources);
  apply_overrides(resolved, overrides, d);
  return finish(std::move(resolved), d, sources);
}

Loaded load_point(const Loaded& base, const SweepPoint& point) {
  Diagnostics d;
  SourceFiles sources;
  const std::string name =
      (base.sources.empty() ? std::string("scenario") : base.sources.front().first) + " (resolved)";
  const int source = d.add_source(name);
  std::optional<Node> tree = parse_yaml(base.resolved_yaml, source, d);
  Loaded out;
  if (tree) {
    const int point_source = d.add_source("sweep point " + point.label);
    for (std::size_t i = 0; i < point.overrides.size(); ++i) {
      const auto& [path, text] = point.overrides[i];
      const Location at{point_source, static_cast<int>(i) + 1, 1};
      if (auto value = parse_value(text, at, path, d)) {
        set_at_path(*tree, path, std::move(*value), at, d);
      }
    }
    out = finish(std::move(*tree), d, sources);
  } else {
    out.problems = d.sorted();
  }
  out.sources = base.sources;
  return out;
}

}  // namespace cj::scenario

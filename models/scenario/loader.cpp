// The loading pipeline: read (and extend) -> --set -> take out the sweep -> check against the
// schema -> fill in defaults -> build the Scenario through the declared fields, then the rules
// across keys -> write the resolved YAML -> expand and check every sweep point the same way.
#include "models/scenario/loader.hpp"

#include <algorithm>
#include <system_error>

#include "models/scenario/declared_reader.hpp"
#include "models/scenario/key_path.hpp"
#include "models/scenario/merge.hpp"
#include "models/scenario/number_codecs.hpp"
#include "models/scenario/overrides.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/scenario_keys.hpp"
#include "models/scenario/scenario_rules.hpp"
#include "models/scenario/sweep.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {
namespace {
namespace fs = std::filesystem;

// Checks a merged tree and builds its Scenario; problems go to `d`.
Checked<Scenario> validate(const Node& tree, Diagnostics& d) {
  const Schema& schema = scenario_schema();
  return check_tree(scenario_keys(), tree, d, [&](TreeReader& reader, Scenario& s) {
    apply_horizon_years(schema, reader, s);
    check_non_empty_values(reader, s);
    check_calendar(reader, s);
    check_court_shares(reader, s);
    check_session_lengths(reader, s);
    check_team_groups(reader, s);
  });
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
      keys_ok =
          set_at_path(scenario_schema(), scratch, path, p.overrides[k].second, p.key_at[k], d) &&
          keys_ok;
    }
  }
  if (!keys_ok) return;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const PlannedPoint& p = points[i];
    Node tree = resolved;
    for (std::size_t k = 0; k < p.overrides.size(); ++k) {
      set_at_path(scenario_schema(), tree, p.overrides[k].first, p.overrides[k].second, p.key_at[k],
                  d);
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
  Checked<Scenario> base = validate(tree, d);
  out.resolved_yaml = write_yaml(base.filled);
  if (sweep) {
    const auto points = expand_sweep(scenario_schema(), *sweep, d);
    for (const auto& p : points) out.sweep.push_back(to_sweep_point(p));
    if (base.value) check_points(base.filled, points, d);
  }
  out.problems = d.sorted();
  if (out.problems.empty()) out.scenario = std::move(base.value);
  return out;
}

}  // namespace

Loaded load_file(const fs::path& file, const std::vector<std::string>& overrides,
                 const LoadOptions& options) {
  Diagnostics d;
  SourceFiles sources;
  ExtendsScope scope;
  if (!options.extends_anywhere) {
    std::error_code ec;
    const fs::path folder = fs::absolute(file, ec).parent_path();
    scope.root = fs::weakly_canonical(folder, ec);
    if (ec) scope.root = folder.lexically_normal();
  }
  std::optional<Node> tree =
      read_scenario_file(scenario_schema(), file, file.string(), d, sources, scope);
  if (!tree) {
    Loaded out;
    out.sources = std::move(sources.read);
    out.problems = d.sorted();
    return out;
  }
  apply_overrides(scenario_schema(), *tree, overrides, d);
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
  Node resolved =
      resolve_extends(scenario_schema(), std::move(*tree), ec ? fs::path(".") : here, d, sources);
  apply_overrides(scenario_schema(), resolved, overrides, d);
  return finish(std::move(resolved), d, sources);
}

std::string outside_limits(std::string_view key_path, double value) {
  const Key* key = scenario_schema().find(key_path);
  if (!key || key->range.contains(value)) return {};
  const bool integer = key->codec && key->codec->type_name() == "integer";
  return describe(key->range, integer);
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
        set_at_path(scenario_schema(), *tree, path, std::move(*value), at, d);
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

#include "models/scenario/targets.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {
namespace {

const std::set<std::string, std::less<>> kFields = {
    "name", "kpi", "group", "value", "tolerance", "tolerance_relative", "source", "note"};

bool read_number(const Node& n, double& out) {
  if (!n.is_scalar() || n.quoted) return false;
  const char* first = n.text.data();
  const char* last = first + n.text.size();
  const auto [end, ec] = std::from_chars(first, last, out);
  return ec == std::errc{} && end == last && std::isfinite(out);
}

// One target from its map, or nothing with its problems reported.
std::optional<Target> read_target(const Node& item, const std::string& where, Diagnostics& d) {
  if (!item.is_map()) {
    d.report(item.at, where, "expected a map of target fields, found " + describe_kind(item));
    return std::nullopt;
  }
  bool ok = true;
  for (const Entry& e : item.entries) {
    if (!kFields.count(e.key)) {
      d.report(e.key_at, where + "." + e.key,
               "unknown key (expected name, kpi, group, value, tolerance, tolerance_relative, "
               "source or note)");
      ok = false;
    }
  }
  Target t;
  const auto text = [&](const char* key, std::string& out, bool required) {
    const Node* n = item.find(key);
    if (!n) {
      if (required) {
        d.report(item.at, where + "." + key, "missing (expected text)");
        ok = false;
      }
      return;
    }
    if (!n->is_scalar()) {
      d.report(n->at, where + "." + key, "expected text, found " + describe_kind(*n));
      ok = false;
      return;
    }
    out = n->text;
  };
  const auto number = [&](const char* key, double& out) -> bool {
    const Node* n = item.find(key);
    if (!n) return false;
    if (!read_number(*n, out)) {
      d.report(n->at, where + "." + key, shown(n->text) + " is not a number (expected a number)");
      ok = false;
    }
    return true;
  };
  text("name", t.name, true);
  text("kpi", t.kpi, true);
  text("group", t.group, false);
  text("source", t.source, true);
  text("note", t.note, false);
  if (!number("value", t.value)) {
    d.report(item.at, where + ".value", "missing (expected a number)");
    ok = false;
  }
  double absolute = 0;
  double relative = 0;
  const bool has_absolute = number("tolerance", absolute);
  const bool has_relative = number("tolerance_relative", relative);
  if (has_absolute == has_relative) {
    d.report(item.at, where,
             "give exactly one of tolerance (absolute, in the KPI's units) and "
             "tolerance_relative (a share of the value)");
    ok = false;
  }
  t.relative = has_relative;
  t.tolerance = has_relative ? relative : absolute;
  if (t.tolerance < 0) {
    d.report(item.at, where, "the tolerance is negative (expected a number >= 0)");
    ok = false;
  }
  return ok ? std::optional<Target>(std::move(t)) : std::nullopt;
}

}  // namespace

LoadedTargets load_targets(const std::filesystem::path& path) {
  LoadedTargets result;
  Diagnostics d;
  const int source = d.add_source(path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    d.report(Location{source, 0, 0}, "", "cannot read the file (expected a targets YAML file)");
    result.problems = d.sorted();
    return result;
  }
  std::stringstream text;
  text << in.rdbuf();
  const std::optional<Node> root = parse_yaml(text.str(), source, d);
  if (root) {
    const Node* list = root->is_map() ? root->find("targets") : nullptr;
    if (!list || !list->is_sequence()) {
      d.report(root->at.known() ? root->at : Location{source, 1, 1}, "targets",
               "missing (expected a list of targets under the key targets)");
    } else {
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        const std::string where = "targets[" + std::to_string(i) + "]";
        if (auto t = read_target(list->items[i], where, d)) result.targets.push_back(std::move(*t));
      }
    }
  }
  result.problems = d.sorted();
  if (!result.problems.empty()) result.targets.clear();
  return result;
}

}  // namespace cj::scenario

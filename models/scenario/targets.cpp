#include "models/scenario/targets.hpp"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace cj::scenario {
namespace {

Problem problem_at(const std::string& file, const YAML::Node& node, std::string key,
                   std::string message) {
  Problem p;
  p.file = file;
  p.line = node.Mark().line + 1;
  p.column = node.Mark().column + 1;
  p.key = std::move(key);
  p.message = std::move(message);
  return p;
}

}  // namespace

LoadedTargets load_targets(const std::filesystem::path& path) {
  LoadedTargets result;
  const std::string file = path.string();
  std::ifstream in(path);
  if (!in) {
    result.problems.push_back(
        {file, 0, 0, "", "cannot read the file (expected a targets YAML file)"});
    return result;
  }
  std::stringstream text;
  text << in.rdbuf();
  YAML::Node root;
  try {
    root = YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    result.problems.push_back(
        {file, e.mark.line + 1, e.mark.column + 1, "", e.msg + " (expected YAML)"});
    return result;
  }
  if (!root.IsMap() || !root["targets"] || !root["targets"].IsSequence()) {
    result.problems.push_back(
        problem_at(file, root, "targets", "missing (expected a list of targets)"));
    return result;
  }
  static const std::set<std::string> known = {
      "name", "kpi", "group", "value", "tolerance", "tolerance_relative", "source", "note"};
  std::size_t index = 0;
  for (const YAML::Node& item : root["targets"]) {
    const std::string where = "targets[" + std::to_string(index++) + "]";
    if (!item.IsMap()) {
      result.problems.push_back(problem_at(file, item, where, "expected a map of target fields"));
      continue;
    }
    Target t;
    bool ok = true;
    for (const auto& field : item) {
      const std::string key = field.first.as<std::string>();
      if (!known.count(key)) {
        result.problems.push_back(
            problem_at(file, field.first, where + "." + key,
                       "unknown key (expected one of name, kpi, group, value, "
                       "tolerance, tolerance_relative, source, note)"));
        ok = false;
      }
    }
    const auto text_field = [&](const char* key, std::string& out, bool required) {
      const YAML::Node n = item[key];
      if (!n) {
        if (required) {
          result.problems.push_back(
              problem_at(file, item, where + "." + key, "missing (expected text)"));
          ok = false;
        }
        return;
      }
      if (!n.IsScalar()) {
        result.problems.push_back(problem_at(file, n, where + "." + key, "expected text"));
        ok = false;
        return;
      }
      out = n.Scalar();
    };
    const auto number_field = [&](const char* key, double& out) -> bool {
      const YAML::Node n = item[key];
      if (!n) return false;
      try {
        out = n.as<double>();
        if (!std::isfinite(out)) throw YAML::Exception(n.Mark(), "not finite");
      } catch (const YAML::Exception&) {
        result.problems.push_back(problem_at(file, n, where + "." + key, "expected a number"));
        ok = false;
      }
      return true;
    };
    text_field("name", t.name, true);
    text_field("kpi", t.kpi, true);
    text_field("group", t.group, false);
    text_field("source", t.source, true);
    text_field("note", t.note, false);
    if (!number_field("value", t.value)) {
      result.problems.push_back(
          problem_at(file, item, where + ".value", "missing (expected a number)"));
      ok = false;
    }
    double tolerance = 0;
    const bool absolute = number_field("tolerance", tolerance);
    double relative = 0;
    const bool is_relative = number_field("tolerance_relative", relative);
    if (absolute == is_relative) {
      result.problems.push_back(problem_at(file, item, where,
                                           "give exactly one of tolerance (absolute, in the KPI's "
                                           "units) and tolerance_relative (a share of the value)"));
      ok = false;
    }
    t.relative = is_relative;
    t.tolerance = is_relative ? relative : tolerance;
    if (t.tolerance < 0) {
      result.problems.push_back(
          problem_at(file, item, where, "tolerance is negative (expected >= 0)"));
      ok = false;
    }
    if (ok) result.targets.push_back(std::move(t));
  }
  return result;
}

}  // namespace cj::scenario

// cjsim targets: a result's KPIs against the published figures it should reproduce.
#include <boost/program_options.hpp>

#include <cmath>
#include <filesystem>
#include <iostream>

#include "models/scenario/targets.hpp"
#include "output/result_file.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/kpi_table.hpp"

namespace cjsim {
namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

// targets.yaml beside the scenario the result was made from.
fs::path default_targets(const out::ResultFile& result) {
  const auto& sources = result.provenance().scenario_sources;
  for (const auto& [path, text] : sources) {
    const fs::path candidate = fs::path(path).parent_path() / "targets.yaml";
    if (fs::exists(candidate)) return candidate;
  }
  throw BadInput("no targets.yaml beside the scenario of " + result.path().string() +
                 "; give one with --targets");
}

}  // namespace

int command_targets(const Invocation& call) {
  std::string file;
  std::string targets_file;
  std::string point_name = "0";
  po::options_description visible(
      "cjsim targets RESULT.h5 [--targets TARGETS.yaml] [--point P]\n\n"
      "Compares a result's KPIs (means across replications) with published figures: for each\n"
      "target, the model's value and 95% interval, the published value, the tolerance and the\n"
      "source. Exit status 0 when every target is met, 1 when any is not. By default the\n"
      "targets are targets.yaml beside the result's scenario.\n\n"
      "Options");
  visible.add_options()("help,h", "show this help")("targets", po::value(&targets_file),
                                                    "the targets file")(
      "point", po::value(&point_name), "the sweep point to check (index or label; default 0)");
  po::variables_map vm;
  if (!parse_command(call, visible, "result", &file, 1, vm)) return kOk;
  if (file.empty()) throw BadInput("which result file? (cjsim targets RESULT.h5)");
  const out::ResultFile result(file);
  const fs::path path = targets_file.empty() ? default_targets(result) : fs::path(targets_file);
  const auto loaded = cj::scenario::load_targets(path);
  if (!loaded.problems.empty()) {
    for (const auto& p : loaded.problems) std::cerr << p.format() << "\n";
    return kBadInput;
  }
  int point = -1;
  for (const auto& p : result.points()) {
    if (p.label == point_name || std::to_string(p.index) == point_name) point = p.index;
  }
  if (point < 0) throw BadInput("no point '" + point_name + "' in " + file);
  const auto& groups = result.provenance().offence_groups;

  std::cout << "Targets from " << path.string() << " for " << result.provenance().scenario_name
            << " (" << result.replications() << " replications)\n\n"
            << pad("target", 40) << pad("model [95% CI]", 30) << pad("published", 14)
            << pad("tolerance", 12) << "ok   source\n";
  int missed = 0;
  for (const auto& t : loaded.targets) {
    out::Interval model;
    std::string units = "share";
    bool found = false;
    if (t.group.empty()) {
      for (const auto& k : result.kpis()) {
        if (k.name == t.kpi) {
          units = k.units;
          found = true;
        }
      }
      if (found) model = result.kpi_points(t.kpi)[static_cast<std::size_t>(point)];
    } else {
      std::size_t g = groups.size();
      for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i] == t.group) g = i;
      }
      if (g == groups.size())
        throw BadInput(path.string() + ": target " + t.name + ": no offence group '" + t.group +
                       "' in the result");
      for (const auto& k : result.kpis_by_group()) {
        if (k.name == t.kpi) {
          units = k.units;
          found = true;
        }
      }
      if (found) model = result.kpi_points_by_group(t.kpi).at(static_cast<std::size_t>(point), g);
    }
    if (!found)
      throw BadInput(path.string() + ": target " + t.name + ": no KPI '" + t.kpi +
                     "' in the result");
    const double allowed = t.relative ? t.tolerance * std::abs(t.value) : t.tolerance;
    const bool ok = !std::isnan(model.mean) && std::abs(model.mean - t.value) <= allowed + 1e-12;
    if (!ok) ++missed;
    const std::string tolerance =
        "±" + (t.relative ? format_value(t.tolerance, "share") : format_value(t.tolerance, units));
    std::cout << pad(t.name, 40) << pad(format_interval(model, units), 30)
              << pad(format_value(t.value, units), 14) << pad(tolerance, 12)
              << (ok ? "yes  " : "NO   ") << t.source << "\n";
  }
  std::cout << "\n"
            << loaded.targets.size() - static_cast<std::size_t>(missed) << " of "
            << loaded.targets.size() << " targets met\n";
  return missed == 0 ? kOk : kFailed;
}

}  // namespace cjsim

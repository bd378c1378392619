// cjsim check: validate a scenario without running it; optionally print it resolved.
#include <boost/program_options.hpp>

#include <iostream>

#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/run_options.hpp"
#include "tools/cjsim/scenario_input.hpp"

namespace cjsim {
namespace po = boost::program_options;

int command_check(const Invocation& call) {
  std::string scenario;
  std::vector<std::string> sets;
  bool resolved = false;
  double max_cases = cj::kDefaultMaxCasesPerRun;
  bool extends_anywhere = false;
  po::options_description visible(
      "cjsim check SCENARIO.yaml [--set key=value ...] [--resolved]\n\n"
      "Validates a scenario (and every point of its sweep) without running it. Each problem is\n"
      "reported as FILE:LINE:COLUMN: key.path: what is wrong (what was expected); the exit\n"
      "status is 2 when there is any. With --resolved, prints the scenario after `extends`,\n"
      "--set and defaults: the text every result file stores.\n\n"
      "Options");
  visible.add_options()("help,h", "show this help")(
      "set", po::value(&sets)->composing(), "override a key (repeatable), as for cjsim run")(
      "resolved", po::bool_switch(&resolved), "print the fully resolved scenario");
  add_max_cases_option(visible, max_cases);
  add_extends_option(visible, extends_anywhere);
  po::variables_map vm;
  if (!parse_command(call, visible, "scenario", &scenario, 1, vm)) return kOk;
  if (scenario.empty()) throw BadInput("which scenario? (cjsim check SCENARIO.yaml)");
  const auto loaded = load_scenario({scenario, sets, extends_anywhere}, std::cerr);
  if (!loaded) return kBadInput;
  std::size_t problems = 0;
  std::vector<cj::scenario::Loaded> points;
  for (const auto& point : loaded->sweep) {
    points.push_back(cj::scenario::load_point(*loaded, point));
    for (const auto& p : points.back().problems) {
      std::cerr << "sweep point " << point.label << ": " << p.format() << "\n";
      ++problems;
    }
  }
  if (problems > 0) {
    std::cerr << problems << " problems in the sweep's points\n";
    return kBadInput;
  }
  check_points_share_shape(*loaded, points);
  // What `run` would refuse, refused here: a scenario that passes check can be run.
  check_planned_size(*loaded->scenario, max_cases);
  for (const auto& point : points) check_planned_size(*point.scenario, max_cases);
  if (resolved) {
    std::cout << loaded->resolved_yaml;
    return kOk;
  }
  const cj::Scenario& s = *loaded->scenario;
  std::cout << scenario << ": ok: " << s.name << ", " << s.offences.size() << " offence groups, "
            << s.magistrates.courts.size() << " magistrates' courts, " << s.crown.centres.size()
            << " Crown Court centres, " << s.horizon_days << " days from "
            << cj::format_iso_date(s.start) << ", " << s.replications << " replications";
  if (!loaded->sweep.empty()) std::cout << ", a sweep of " << loaded->sweep.size() << " points";
  std::cout << "\n";
  return kOk;
}

int command_schema(const Invocation& call) {
  if (!call.args.empty() && (call.args[0] == "--help" || call.args[0] == "-h")) {
    std::cout << "cjsim schema\n\nPrints the reference of every scenario key (Markdown): type, "
                 "unit, default and meaning.\n";
    return kOk;
  }
  if (!call.args.empty()) throw BadInput("schema takes no arguments");
  std::cout << cj::scenario::schema_markdown();
  return kOk;
}

}  // namespace cjsim

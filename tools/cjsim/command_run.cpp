// cjsim run: every replication of one scenario into one result file.
#include <boost/program_options.hpp>

#include <iostream>
#include <thread>

#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/execution.hpp"
#include "tools/cjsim/kpi_table.hpp"
#include "tools/cjsim/run_options.hpp"
#include "tools/cjsim/scenario_input.hpp"
#include "tools/cjsim/stop_signals.hpp"

namespace cjsim {
namespace po = boost::program_options;

int command_run(const Invocation& call) {
  RunCommandOptions o;
  po::options_description visible(
      "cjsim run SCENARIO.yaml [options]\n\n"
      "Runs every replication of a scenario, in worker processes, and writes one HDF5 result\n"
      "file: time series, KPIs per run and per scenario with 95% confidence intervals, the\n"
      "resolved scenario and, by default, one row per case. Prints the KPIs at the end.\n"
      "An interrupted run resumes where it stopped when the same command is run again.\n\n"
      "Examples:\n"
      "  cjsim run scenarios/west-yorkshire/baseline.yaml\n"
      "  cjsim run scenarios/west-yorkshire/baseline.yaml --set crown.sitting_days_scale=1.1 \\\n"
      "      --out results/more-sitting-days.h5 --replications 40\n\n"
      "Options");
  add_run_options(visible, o, /*sweep=*/false);
  po::variables_map vm;
  if (!parse_command(call, visible, "scenario", &o.scenario, 1, vm)) return kOk;
  if (o.scenario.empty()) throw BadInput("which scenario? (cjsim run SCENARIO.yaml; see --help)");

  const auto loaded =
      load_scenario({o.scenario, command_overrides(o, vm), o.extends_anywhere}, std::cerr);
  if (!loaded) return kBadInput;
  if (!loaded->sweep.empty()) {
    std::cerr << "note: " << o.scenario << " has a sweep section; cjsim run runs its baseline "
              << "only (use cjsim sweep for every point)\n";
  }
  RunPlan plan = single_point_plan(*loaded, o);
  const OutputLock lock = check_output(plan, o.force);
  const StopSignals signals;  // Ctrl-C from here on stops at a safe point
  ExecutionOptions exec;
  exec.jobs = o.jobs;
  exec.force = o.force;
  exec.progress_lines = false;  // quiet when not a terminal
  const int status = run_and_merge(
      plan, exec, make_provenance(plan, loaded->resolved_yaml, loaded->sources, call.command_line));
  if (status != kOk) return status;
  std::cout << "wrote " << plan.result.string() << "\n\n";
  print_headline_kpis(plan.result, std::cout);
  return kOk;
}

}  // namespace cjsim

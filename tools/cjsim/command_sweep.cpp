// cjsim sweep: every point of a scenario's sweep section, times replications, into one file.
#include <boost/program_options.hpp>

#include <iostream>

#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/execution.hpp"
#include "tools/cjsim/kpi_table.hpp"
#include "tools/cjsim/mpi_execution.hpp"
#include "tools/cjsim/run_options.hpp"
#include "tools/cjsim/scenario_input.hpp"
#include "tools/cjsim/stop_signals.hpp"

namespace cjsim {
namespace po = boost::program_options;

int command_sweep(const Invocation& call) {
  RunCommandOptions o;
  po::options_description visible(
      "cjsim sweep SWEEP.yaml [options]\n\n"
      "Runs every point of the scenario's `sweep:` section (a grid, a list of points, a\n"
      "one-at-a-time design or a Latin hypercube) times its replications, `--jobs` runs at a\n"
      "time, and writes one HDF5 file with every point's KPIs and 95% confidence intervals.\n"
      "Replication r of every point uses the same random streams, so differences between\n"
      "points are mostly signal. Finished runs are kept as they end: after an interruption,\n"
      "run the same command again to resume. Under MPI (mpirun -n K cjsim sweep ...) the runs\n"
      "are shared among the ranks and rank 0 writes the same file.\n\n"
      "Example:\n"
      "  cjsim sweep scenarios/west-yorkshire/sweep-capacity.yaml --jobs 2\n\n"
      "Options");
  add_run_options(visible, o, /*sweep=*/true);
  po::variables_map vm;
  if (!parse_command(call, visible, "scenario", &o.scenario, 1, vm)) return kOk;
  if (o.scenario.empty()) throw BadInput("which sweep? (cjsim sweep SWEEP.yaml; see --help)");
  if (o.trace.empty()) o.trace = "none";  // sweeps keep no per-case trace unless asked

  const bool leader = mpi_rank() == 0;
  const auto base = load_scenario({o.scenario, command_overrides(o, vm), o.extends_anywhere},
                                  leader ? std::cerr : null_stream());
  if (!base) return kBadInput;
  if (base->sweep.empty()) {
    throw BadInput(o.scenario +
                   " has no sweep section (see docs/scenario-reference.md, key sweep)");
  }
  // Every point is checked before anything runs; all problems are reported at once.
  std::vector<cj::scenario::Loaded> points;
  std::size_t problems = 0;
  for (const auto& point : base->sweep) {
    points.push_back(cj::scenario::load_point(*base, point));
    for (const auto& p : points.back().problems) {
      if (leader) std::cerr << "sweep point " << point.label << ": " << p.format() << "\n";
      ++problems;
    }
  }
  if (problems > 0) {
    if (leader)
      std::cerr << problems << " problems in the sweep's points; nothing was run or written\n";
    return kBadInput;
  }
  RunPlan plan = sweep_plan(*base, points, o);
  OutputLock lock;
  if (leader) lock = check_output(plan, o.force);
  const StopSignals signals;  // Ctrl-C from here on stops at a safe point
  ExecutionOptions exec;
  exec.jobs = o.jobs;
  exec.force = o.force;
  exec.progress_lines = true;
  const out::Provenance provenance =
      make_provenance(plan, base->resolved_yaml, base->sources, call.command_line);
  if (mpi_size() > 1) {
    // Under MPI rank 0 merges once every rank is done.
    const Execution execution = execute_on_ranks(plan, exec);
    if (!leader) return execution.failures.empty() && !execution.interrupted ? kOk : kFailed;
    if (const int status = report_execution(plan, execution); status != kOk) return status;
    Merger merger(plan, provenance, o.force);
    merger.finish();
  } else if (const int status = run_and_merge(plan, exec, provenance); status != kOk) {
    return status;
  }
  std::cout << "wrote " << plan.result.string() << "\n\n";
  print_headline_kpis(plan.result, std::cout);
  return kOk;
}

}  // namespace cjsim

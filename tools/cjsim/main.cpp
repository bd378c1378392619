// cjsim: the command line of the criminal-justice throughput simulator.
#include <boost/program_options/errors.hpp>

#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include "output/errors.hpp"
#include "output/files.hpp"
#include "sim/check.hpp"
#include "sim/module.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/mpi_execution.hpp"
#include "tools/cjsim/stop_signals.hpp"
#include "tools/cjsim/version.hpp"

namespace {

const char* kUsage =
    "cjsim: forecasts of criminal-justice throughput (backlogs, times to resolution, outcomes,\n"
    "victim attrition, costs) from YAML scenarios, with uncertainty bands.\n\n"
    "usage: cjsim <command> [options]      cjsim <command> --help for its options\n\n"
    "commands:\n"
    "  run       run a scenario's replications into one HDF5 result file\n"
    "  sweep     run every point of a scenario's sweep (resumable; MPI under mpirun)\n"
    "  check     validate a scenario without running it (--resolved prints it resolved)\n"
    "  schema    print the reference of every scenario key (Markdown)\n"
    "  summary   print a result's KPIs with 95% confidence intervals\n"
    "  compare   compare two results, or two points of a sweep, KPI by KPI\n"
    "  export    write a result's summaries and time series as CSV\n"
    "  targets   compare a result with published figures (targets.yaml)\n"
    "  report    make a self-contained HTML report with charts\n"
    "  version   print the version\n\n"
    "Start with:\n"
    "  cjsim run scenarios/west-yorkshire/baseline.yaml\n"
    "  cjsim summary results/west-yorkshire-baseline.h5\n\n"
    "Exit status: 0 done, 1 the work failed, 2 bad input, 130 interrupted.\n";

std::string shell_quote(const std::string& s) {
  if (!s.empty() && s.find_first_of(" \t\n'\"\\$`*?[]{}()<>|&;#~!") == std::string::npos) return s;
  std::string quoted = "'";
  for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

int main(int argc, char** argv) {
  out::skip_hdf5_shutdown_at_exit();  // a failed write must exit 1, not crash at exit
  try {
    cjsim::start_mpi(&argc, &argv);
  } catch (const sim::ModuleError& e) {
    std::cerr << "cjsim: " << e.what() << "\n";
    return cjsim::kFailed;
  }
  struct StopMpi {
    ~StopMpi() { cjsim::stop_mpi(); }
  } stop_mpi_at_exit;

  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    (argc < 2 ? std::cerr : std::cout) << kUsage;
    return argc < 2 ? cjsim::kBadInput : cjsim::kOk;
  }
  cjsim::Invocation call;
  call.command = argv[1];
  call.args.assign(argv + 2, argv + argc);
  for (int i = 0; i < argc; ++i) {
    if (i > 0) call.command_line += ' ';
    call.command_line += shell_quote(argv[i]);
  }
  if (call.command == "version" || call.command == "--version") {
    std::cout << "cjsim " << cjsim::kVersion << " (" << cjsim::kRevision << ")\n";
    return cjsim::kOk;
  }
  static const std::map<std::string, int (*)(const cjsim::Invocation&)> commands = {
      {"run", cjsim::command_run},         {"sweep", cjsim::command_sweep},
      {"check", cjsim::command_check},     {"schema", cjsim::command_schema},
      {"summary", cjsim::command_summary}, {"compare", cjsim::command_compare},
      {"export", cjsim::command_export},   {"targets", cjsim::command_targets},
      {"report", cjsim::command_report}};
  const auto it = commands.find(call.command);
  if (it == commands.end()) {
    std::cerr << "cjsim: unknown command '" << call.command << "'\n\n" << kUsage;
    return cjsim::kBadInput;
  }
  const std::string prefix = "cjsim " + call.command + ": ";
  try {
    return it->second(call);
  } catch (const cjsim::Interrupted& e) {
    std::cerr << prefix << e.what()
              << "; finished runs are kept: run the same command again to resume\n";
    return cjsim::kInterrupted;
  } catch (const cjsim::BadInput& e) {
    std::cerr << prefix << e.what() << "\n";
  } catch (const boost::program_options::error& e) {
    std::cerr << prefix << e.what() << " (see cjsim " << call.command << " --help)\n";
  } catch (const out::NotAResult& e) {
    std::cerr << prefix << e.what() << "\n";
  } catch (const out::Incompatible& e) {
    std::cerr << prefix << e.what() << "\n";
  } catch (const out::ReadError& e) {
    // A damaged result or part: the input is at fault, as with a bad scenario.
    std::cerr << prefix << e.what() << "\n";
  } catch (const sim::InvalidParameter& e) {
    std::cerr << prefix << e.what() << "\n";
  } catch (const out::Error& e) {
    std::cerr << prefix << e.what() << "\n";
    return cjsim::kFailed;
  } catch (const std::exception& e) {
    std::cerr << prefix << e.what() << "\n";
    return cjsim::kFailed;
  }
  return cjsim::kBadInput;
}

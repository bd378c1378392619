// The options `run` and `sweep` share, and how they become a run plan.
#pragma once

#include <boost/program_options.hpp>

#include <string>
#include <vector>

#include "models/planned_size.hpp"
#include "models/scenario/loader.hpp"
#include "tools/cjsim/output_lock.hpp"
#include "tools/cjsim/run_plan.hpp"

namespace cjsim {

struct RunCommandOptions {
  std::string scenario;
  std::string out;
  std::vector<std::string> sets;
  long long replications = 0;  // 0: the scenario's
  long long seed = -1;         // -1: the scenario's
  std::string trace;           // "": the scenario's (run) or none (sweep)
  std::string engine = "native";
  int jobs = 0;  // 0: not given, every core
  double max_cases = cj::kDefaultMaxCasesPerRun;
  bool extends_anywhere = false;
  bool force = false;
  bool simgrid_log = false;  // SimGrid's own log lines (silenced by default)
};

// --max-cases, which `check` offers too.
void add_max_cases_option(boost::program_options::options_description& options, double& max_cases);
// BadInput, naming the cases and memory, when a run of `scenario` would create more than
// `max_cases` cases.
void check_planned_size(const cj::Scenario& scenario, double max_cases);

// The default result file's name (without .h5) made of a scenario's name: only letters, digits,
// - _ and ., at most 100 characters ("../../x" -> "..-..-x" -> "-..-x" has no leading dot).
std::string file_name_of(const std::string& scenario_name);

void add_run_options(boost::program_options::options_description& options, RunCommandOptions& o,
                     bool sweep);
// --set values plus --replications, --seed and --trace as overrides (validated with the rest).
std::vector<std::string> command_overrides(const RunCommandOptions& o,
                                           const boost::program_options::variables_map& vm);
// The plan of a plain run: one point, the scenario's replications.
RunPlan single_point_plan(const cj::scenario::Loaded& loaded, RunCommandOptions& o);
// BadInput unless every point of a sweep has the same start, horizon, period, trace,
// replications, offence groups and Crown Court centres: one result file holds them all.
void check_points_share_shape(const cj::scenario::Loaded& base,
                              const std::vector<cj::scenario::Loaded>& points);
// The plan of a sweep: every point of the scenario's sweep section.
RunPlan sweep_plan(const cj::scenario::Loaded& base,
                   const std::vector<cj::scenario::Loaded>& points, RunCommandOptions& o);
// BadInput if another cjsim is writing the result (its lock), if it exists and may not be
// replaced, or if its folder cannot be made; removes temporaries an earlier, killed command left
// beside the result. The lock returned is held until it is destroyed: keep it while writing.
OutputLock check_output(const RunPlan& plan, bool force);
void remove_abandoned_temporaries(const std::filesystem::path& result);

}  // namespace cjsim

// The options `run` and `sweep` share, and how they become a run plan.
#pragma once

#include <boost/program_options.hpp>

#include <string>
#include <vector>

#include "models/scenario/loader.hpp"
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
  int jobs = 0;  // 0: every core
  bool force = false;
  bool simgrid_log = false;  // SimGrid's own log lines (silenced by default)
};

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
// BadInput if the result exists and may not be replaced, or its folder cannot be made; removes
// temporaries an earlier, killed command left beside the result.
void check_output(const RunPlan& plan, bool force);
void remove_abandoned_temporaries(const std::filesystem::path& result);

}  // namespace cjsim

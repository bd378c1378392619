// Carrying out a run plan: the runs not yet done, in worker processes (or MPI ranks), then the
// merge of every part into the result file, in (point, replication) order.
#pragma once

#include <string>
#include <vector>

#include "output/records.hpp"
#include "tools/cjsim/run_plan.hpp"

namespace cjsim {

struct ExecutionOptions {
  int jobs = 1;
  bool force = false;           // replace an existing result / a foreign parts folder
  bool progress_lines = false;  // plain progress lines when stderr is not a terminal
};

struct Failure {
  int point;
  int replication;
  std::string reason;
};

struct Execution {
  std::size_t total = 0;
  std::size_t resumed = 0;  // already done before this command
  std::vector<Failure> failures;
  bool interrupted = false;
};

// Runs what is missing on this machine, `jobs` processes at a time.
Execution execute_locally(const RunPlan& plan, const ExecutionOptions& options);

// Builds the result file from the parts and removes the parts folder.
void merge_parts(const RunPlan& plan, const out::Provenance& provenance, bool force);

// The provenance of a result made by this program now.
out::Provenance make_provenance(const RunPlan& plan, const std::string& resolved_yaml,
                                const std::vector<std::pair<std::string, std::string>>& sources,
                                const std::string& command_line);

// Reports failures and interruptions and returns the exit status for them (kOk if none).
int report_execution(const RunPlan& plan, const Execution& execution);

}  // namespace cjsim

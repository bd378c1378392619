// Carrying out a run plan: the runs not yet done, in worker processes (or MPI ranks), then the
// merge of every part into the result file, in (point, replication) order.
#pragma once

#include <string>
#include <vector>

#include <memory>

#include "output/records.hpp"
#include "output/result_writer.hpp"
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

// Builds the result file from the parts, in (point, replication) order, as they become
// available: while later runs still execute, the finished ones are already being merged. The
// file is written under a temporary name and appears only with finish(); a Merger destroyed
// before that (a failed run, Ctrl-C) leaves no file behind, and the parts stay for a resume.
class Merger {
 public:
  Merger(const RunPlan& plan, const out::Provenance& provenance, bool force);
  ~Merger();
  Merger(const Merger&) = delete;
  Merger& operator=(const Merger&) = delete;
  // Adds every next part that is complete.
  void advance();
  // Adds the rest, publishes the file and removes the parts folder.
  void finish();

 private:
  const RunPlan& plan_;
  std::unique_ptr<out::ResultWriter> writer_;
  std::size_t next_ = 0;
};

// Runs what is missing on this machine, `jobs` processes at a time; `merger`, if given, takes
// each finished part as soon as it can.
Execution execute_locally(const RunPlan& plan, const ExecutionOptions& options,
                          Merger* merger = nullptr);

// The provenance of a result made by this program now.
out::Provenance make_provenance(const RunPlan& plan, const std::string& resolved_yaml,
                                const std::vector<std::pair<std::string, std::string>>& sources,
                                const std::string& command_line);

// Runs what is missing on this machine while merging, then publishes the result: the whole of a
// workstation run or sweep. Returns the exit status.
int run_and_merge(const RunPlan& plan, const ExecutionOptions& options,
                  const out::Provenance& provenance);

// Reports failures and interruptions and returns the exit status for them (kOk if none).
int report_execution(const RunPlan& plan, const Execution& execution);

}  // namespace cjsim

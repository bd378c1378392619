#include "tools/cjsim/mpi_execution.hpp"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <sstream>
#include <streambuf>

#include "sim/module.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/process_pool.hpp"
#include "tools/cjsim/ranks.hpp"

namespace cjsim {
namespace {

class NullBuffer final : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
};

// Set while MPI runs (under a launcher, in a build with MPI).
std::unique_ptr<Ranks>& ranks() {
  static std::unique_ptr<Ranks> ranks;
  return ranks;
}

[[maybe_unused]] bool under_launcher() {
  return std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMI_SIZE") || std::getenv("PMIX_RANK");
}

// Rank 0 prepares the parts folder and decides what is left to do: {ok, runs resumed, runs to
// do...}, or {0} and the reason in `error`.
std::vector<std::int64_t> plan_on_leader(const RunPlan& plan, const ExecutionOptions& options,
                                         std::string& error) {
  try {
    std::vector<std::int64_t> message{1, 0};
    message[1] = static_cast<std::int64_t>(prepare_parts(plan, options.force));
    const std::vector<bool> done = plan.finished();
    for (std::size_t run = 0; run < done.size(); ++run) {
      if (!done[run]) message.push_back(static_cast<std::int64_t>(run));
    }
    return message;
  } catch (const std::exception& e) {
    error = e.what();
    return {0};
  }
}

// Failures as "point<TAB>replication<TAB>reason" lines, the way they travel between ranks.
void read_failures(const std::string& text, std::vector<Failure>& failures) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    Failure f{};
    fields >> f.point >> f.replication;
    std::getline(fields >> std::ws, f.reason);
    failures.push_back(f);
  }
}

}  // namespace

std::ostream& null_stream() {
  static NullBuffer buffer;
  static std::ostream stream(&buffer);
  return stream;
}

void start_mpi(int* argc, char*** argv) {
#ifdef CJSIM_WITH_MPI
  // Only under a launcher: a plain `cjsim` neither needs nor loads an MPI runtime.
  if (ranks() || !under_launcher()) return;
  using Start = Ranks* (*)(int*, char***);
  const auto start = reinterpret_cast<Start>(sim::module_entry(
      kMpiModule, "cjsim_start_mpi", sim::SymbolScope::global, "MPI (started by mpirun)"));
  ranks().reset(start(argc, argv));
#else
  (void)argc;
  (void)argv;
#endif
}

void stop_mpi() {
  ranks().reset();
}

int mpi_rank() {
  return ranks() ? ranks()->rank() : 0;
}

int mpi_size() {
  return ranks() ? ranks()->size() : 1;
}

Execution execute_on_ranks(const RunPlan& plan, const ExecutionOptions& options) {
  if (!ranks()) return execute_locally(plan, options);
  Ranks& mpi = *ranks();
  const int rank = mpi.rank();
  const auto size = static_cast<std::size_t>(mpi.size());
  Execution execution;
  execution.total = plan.runs();
  std::string error;
  std::vector<std::int64_t> message;
  if (rank == 0) message = plan_on_leader(plan, options, error);
  mpi.broadcast(message);
  if (message[0] == 0) {
    if (rank == 0) throw BadInput(error);
    return execution;
  }
  execution.resumed = static_cast<std::size_t>(message[1]);

  // Each rank takes every size-th run; each run in a process of its own, as on a workstation.
  std::vector<std::size_t> mine;
  for (std::size_t i = 2 + static_cast<std::size_t>(rank); i < message.size(); i += size) {
    mine.push_back(static_cast<std::size_t>(message[i]));
  }
  std::ostringstream failures;
  int failed = 0;
  ProcessPool pool(options.jobs);
  const bool completed = pool.run(
      mine, [&](std::size_t run) { execute_run(plan, run); },
      [&](const TaskEnd& end) {
        if (!end.ok) {
          ++failed;
          failures << plan.point_of(end.task) << '\t' << plan.replication_of(end.task) << '\t'
                   << end.reason << '\n';
        }
      });
  execution.interrupted = mpi.any(!completed);

  // Every rank's failures, on rank 0.
  const std::vector<std::string> texts = mpi.gather(failures.str());
  if (rank == 0) {
    for (const std::string& text : texts) read_failures(text, execution.failures);
  } else if (failed > 0) {
    execution.failures.resize(static_cast<std::size_t>(failed));
  }
  mpi.barrier();
  return execution;
}

}  // namespace cjsim

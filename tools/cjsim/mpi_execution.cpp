#include "tools/cjsim/mpi_execution.hpp"

#include <ostream>
#include <streambuf>

#ifdef CJSIM_WITH_MPI
// The C interface only: Open MPI's C++ bindings are deprecated and need their own library.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/process_pool.hpp"
#include "tools/cjsim/progress.hpp"
#endif

namespace cjsim {
namespace {

class NullBuffer final : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
};

[[maybe_unused]] bool mpi_started = false;

}  // namespace

std::ostream& null_stream() {
  static NullBuffer buffer;
  static std::ostream stream(&buffer);
  return stream;
}

#ifdef CJSIM_WITH_MPI

void start_mpi(int* argc, char*** argv) {
  // Only under a launcher: a plain `cjsim` should not need an MPI runtime to start.
  if (mpi_started || (!std::getenv("OMPI_COMM_WORLD_SIZE") && !std::getenv("PMI_SIZE") &&
                      !std::getenv("PMIX_RANK"))) {
    return;
  }
  int initialised = 0;
  MPI_Initialized(&initialised);
  if (!initialised) MPI_Init(argc, argv);
  mpi_started = true;
}

void stop_mpi() {
  if (!mpi_started) return;
  int finalised = 0;
  MPI_Finalized(&finalised);
  if (!finalised) MPI_Finalize();
  mpi_started = false;
}

int mpi_rank() {
  if (!mpi_started) return 0;
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  return rank;
}

int mpi_size() {
  if (!mpi_started) return 1;
  int size = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  return size;
}

Execution execute_on_ranks(const RunPlan& plan, const ExecutionOptions& options) {
  const int rank = mpi_rank();
  const int size = mpi_size();
  Execution execution;
  execution.total = plan.runs();
  // Rank 0 prepares the parts folder and decides what is left to do; every rank gets the list.
  int ok = 1;
  std::string error;
  std::vector<int> todo;
  if (rank == 0) {
    try {
      execution.resumed = prepare_parts(plan, options.force);
      const std::vector<bool> done = plan.finished();
      for (std::size_t run = 0; run < done.size(); ++run) {
        if (!done[run]) todo.push_back(static_cast<int>(run));
      }
    } catch (const std::exception& e) {
      ok = 0;
      error = e.what();
    }
  }
  MPI_Bcast(&ok, 1, MPI_INT, 0, MPI_COMM_WORLD);
  if (!ok) {
    if (rank == 0) throw BadInput(error);
    return execution;
  }
  int count = static_cast<int>(todo.size());
  MPI_Bcast(&count, 1, MPI_INT, 0, MPI_COMM_WORLD);
  todo.resize(static_cast<std::size_t>(count));
  MPI_Bcast(todo.data(), count, MPI_INT, 0, MPI_COMM_WORLD);
  long long resumed = static_cast<long long>(execution.resumed);
  MPI_Bcast(&resumed, 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
  execution.resumed = static_cast<std::size_t>(resumed);

  // Each rank takes every size-th run; each run in a process of its own, as on a workstation.
  std::vector<std::size_t> mine;
  for (std::size_t i = static_cast<std::size_t>(rank); i < todo.size();
       i += static_cast<std::size_t>(size)) {
    mine.push_back(static_cast<std::size_t>(todo[i]));
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
  int interrupted = completed ? 0 : 1;
  int any_interrupted = 0;
  MPI_Allreduce(&interrupted, &any_interrupted, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
  execution.interrupted = any_interrupted != 0;

  // Gather every rank's failures on rank 0.
  const std::string text = failures.str();
  int length = static_cast<int>(text.size());
  std::vector<int> lengths(static_cast<std::size_t>(size));
  MPI_Gather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
  std::vector<int> offsets(static_cast<std::size_t>(size), 0);
  int total = 0;
  for (int r = 0; r < size; ++r) {
    offsets[static_cast<std::size_t>(r)] = total;
    total += lengths[static_cast<std::size_t>(r)];
  }
  std::string all(static_cast<std::size_t>(rank == 0 ? total : 0), '\0');
  MPI_Gatherv(text.data(), length, MPI_CHAR, all.data(), lengths.data(), offsets.data(), MPI_CHAR,
              0, MPI_COMM_WORLD);
  if (rank == 0) {
    std::istringstream lines(all);
    std::string line;
    while (std::getline(lines, line)) {
      std::istringstream fields(line);
      Failure f{};
      std::string reason;
      fields >> f.point >> f.replication;
      std::getline(fields >> std::ws, f.reason);
      execution.failures.push_back(f);
    }
  } else if (failed > 0) {
    execution.failures.resize(static_cast<std::size_t>(failed));
  }
  MPI_Barrier(MPI_COMM_WORLD);
  return execution;
}

#else

void start_mpi(int*, char***) {}
void stop_mpi() {}
int mpi_rank() {
  return 0;
}
int mpi_size() {
  return 1;
}
Execution execute_on_ranks(const RunPlan& plan, const ExecutionOptions& options) {
  return execute_locally(plan, options);
}

#endif

}  // namespace cjsim

// Sweeps across MPI ranks (built when Open MPI is found; otherwise every process is rank 0 of 1).
// The runs not yet done are shared among the ranks in turn; each rank writes its parts into the
// shared parts folder; rank 0 merges them into the same file a workstation would write. MPI
// itself is a module (ranks.hpp), loaded only by a process that mpirun started.
#pragma once

#include <iosfwd>

#include "tools/cjsim/execution.hpp"

namespace cjsim {

// The MPI module's file name, in sim::module_directory().
inline constexpr const char* kMpiModule = "libcjsim-mpi.so";

// Starts MPI when the program was launched by mpirun (and was built with MPI); idempotent.
// Throws sim::ModuleError if the MPI module is missing.
void start_mpi(int* argc, char*** argv);
void stop_mpi();
int mpi_rank();
int mpi_size();
// Runs this rank's share of the plan (`options.jobs` processes at a time on each rank) and
// gathers every rank's failures on rank 0.
Execution execute_on_ranks(const RunPlan& plan, const ExecutionOptions& options);
// A stream that discards output (ranks other than 0 stay quiet).
std::ostream& null_stream();

}  // namespace cjsim

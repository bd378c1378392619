// Child processes for the tests: SimGrid allows one engine per process (and is safest with one run
// per process), so every SimGrid run happens in a forked child that sends its results back through
// a pipe; and the command-line tests run cjsim-bench itself.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace simtest {

struct ChildResult {
  bool ok = false;
  std::string failure;  // why not ok: the child's exit status or signal, a short read
  std::vector<double> values;
};

// Forks; the child runs `body`, writes what it returns to a pipe and leaves with _exit(0) (an
// exception in the child is printed to stderr and makes it exit with status 3). The parent
// reads everything, waits for the child and reports a crash or a truncated result as not ok.
ChildResult run_in_child(const std::function<std::vector<double>()>& body);

struct ProgramResult {
  int exit_status = -1;  // -1 if the program did not exit normally (a signal)
  std::string out;
  std::string err;
};

// Runs `program` with `args` (not through a shell) and collects its exit status and output.
ProgramResult run_program(const std::string& program, const std::vector<std::string>& args);

}  // namespace simtest

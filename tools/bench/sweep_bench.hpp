// cjsim-bench sweep: how a sweep scales with worker processes. Runs `cjsim sweep FILE` with
// --jobs 1 and --jobs J, alternated run by run, and prints their wall times and the speed-up.
#pragma once

#include <string>
#include <vector>

namespace bench {

int run_sweep_bench(const std::vector<std::string>& args);

}  // namespace bench

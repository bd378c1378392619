// cjsim-bench scenario FILE: one replication of a scenario, timed, with and without the per-case
// trace.
#pragma once

#include <string>
#include <vector>

namespace bench {

int run_scenario_bench(const std::vector<std::string>& args);

}  // namespace bench

// cjsim-bench startup: the CPU time and peak memory of the cjsim commands that only read (help,
// check, summary, compare), each run as a child process many times (medians), beside an older
// cjsim's when given: what every start of the program costs.
#pragma once

#include <string>
#include <vector>

namespace bench {

int run_startup_bench(const std::vector<std::string>& args);

}  // namespace bench

// Running a program as a child process and measuring it: its CPU time (user and system), peak
// memory and wall time, with its output discarded. What the benchmarks of whole commands use.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bench {

struct Usage {
  double cpu_ms = 0;  // user and system
  double peak_rss_mb = 0;
  double wall_ms = 0;
};

// Runs `argv` in `cwd`; throws unless it exits with status 0.
Usage run_child(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

double median(std::vector<double> values);

// A program installed beside the running one (cjsim beside cjsim-bench), or `name` as given.
std::filesystem::path beside_this_program(const std::string& name);

}  // namespace bench

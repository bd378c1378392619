#include "tools/bench/sweep_bench.hpp"

#include <unistd.h>
#include <boost/program_options.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "sim/check.hpp"
#include "tools/bench/child_run.hpp"

namespace bench {
namespace po = boost::program_options;
namespace fs = std::filesystem;

int run_sweep_bench(const std::vector<std::string>& args) {
  std::string cjsim = beside_this_program("cjsim").string();
  std::string sweep =
      std::string(CJSIM_SOURCE_DIR) + "/scenarios/west-yorkshire/sweep-capacity.yaml";
  int jobs = 2;
  int runs = 1;
  po::options_description options(
      "cjsim-bench sweep [FILE] [--jobs J] [--runs N] [--cjsim PATH]\n\n"
      "  Runs `cjsim sweep FILE --trace none` with --jobs 1 and with --jobs J, alternated N "
      "times,\n"
      "  and prints the median wall and CPU time of each and the speed-up (wall, jobs 1 over\n"
      "  jobs J). Default FILE: the bundled capacity sweep (8 points x 20 replications, a year).\n"
      "  Measure on a quiet machine: other work on the cores lowers the speed-up.\n\nOptions");
  options.add_options()("help,h", "show this help")("jobs", po::value(&jobs)->default_value(jobs),
                                                    "workers to compare with one (>= 2)")(
      "runs", po::value(&runs)->default_value(runs), "pairs of runs (>= 1)")(
      "cjsim", po::value(&cjsim)->default_value(cjsim), "the cjsim to measure");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::options_description all;
  all.add(options).add_options()("file", po::value(&sweep));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return 0;
  }
  po::notify(vm);
  sim::require(jobs >= 2 && jobs <= 1024, "--jobs", jobs, "a whole number from 2 to 1,024");
  sim::require(runs >= 1 && runs <= 100, "--runs", runs, "a whole number from 1 to 100");
  sweep = fs::absolute(sweep).string();

  const fs::path dir =
      fs::temp_directory_path() / ("cjsim-sweep-bench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  struct Remove {
    fs::path dir;
    ~Remove() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } remove{dir};
  std::vector<double> wall[2], cpu[2];
  const int workers[2] = {1, jobs};
  for (int r = 0; r < runs; ++r) {
    for (int k = 0; k < 2; ++k) {
      const std::string out = "sweep-" + std::to_string(workers[k]) + ".h5";
      const Usage u = run_child({cjsim, "sweep", sweep, "--jobs", std::to_string(workers[k]),
                                 "--trace", "none", "--out", out, "--force"},
                                dir);
      wall[k].push_back(u.wall_ms / 1e3);
      cpu[k].push_back(u.cpu_ms / 1e3);
    }
  }
  std::printf("runs=%d\n", runs);
  for (int k = 0; k < 2; ++k) {
    std::printf("jobs_%d_wall_seconds=%.2f\njobs_%d_cpu_seconds=%.2f\n", workers[k],
                median(wall[k]), workers[k], median(cpu[k]));
  }
  std::printf("speedup_jobs_%d=%.3f\n", jobs, median(wall[0]) / median(wall[1]));
  return 0;
}

}  // namespace bench

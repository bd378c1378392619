#include "tools/bench/startup_bench.hpp"

#include <unistd.h>
#include <boost/program_options.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "sim/check.hpp"
#include "tools/bench/child_run.hpp"

namespace bench {
namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

struct Command {
  std::string name;               // in the printed keys
  std::vector<std::string> args;  // after the program
};

void print(const std::string& prefix, const std::vector<Usage>& runs) {
  std::vector<double> cpu, rss, wall;
  for (const Usage& u : runs) {
    cpu.push_back(u.cpu_ms);
    rss.push_back(u.peak_rss_mb);
    wall.push_back(u.wall_ms);
  }
  std::printf("%scpu_ms=%.1f\n%speak_rss_mb=%.1f\n%swall_ms=%.1f\n", prefix.c_str(), median(cpu),
              prefix.c_str(), median(rss), prefix.c_str(), median(wall));
}

}  // namespace

int run_startup_bench(const std::vector<std::string>& args) {
  std::string cjsim = beside_this_program("cjsim").string();
  std::string old;
  std::string scenario = std::string(CJSIM_SOURCE_DIR) + "/scenarios/test/small.yaml";
  std::string other = std::string(CJSIM_SOURCE_DIR) + "/scenarios/test/small-more-crown.yaml";
  int runs = 11;
  po::options_description options(
      "cjsim-bench startup [--cjsim PATH] [--old PATH] [--runs N]\n\n"
      "  Runs `cjsim --help`, `check SCENARIO`, `summary A.h5` and `compare A.h5 B.h5` (A and\n"
      "  B: two-replication results of SCENARIO and OTHER, made first) N times each as child\n"
      "  processes and prints the medians of their CPU time (user + system), peak RSS and wall\n"
      "  time; with --old, the same for another cjsim, the two alternated run by run.\n\n"
      "Options");
  options.add_options()("help,h", "show this help")(
      "cjsim", po::value(&cjsim)->default_value(cjsim), "the cjsim to measure")(
      "old", po::value(&old), "another cjsim to measure beside it")(
      "runs", po::value(&runs)->default_value(runs), "runs of each command (>= 1)")(
      "scenario", po::value(&scenario)->default_value(scenario), "checked, and run for A.h5")(
      "other", po::value(&other)->default_value(other), "run for B.h5");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return 0;
  }
  po::notify(vm);
  sim::require(runs >= 1 && runs <= 1000, "--runs", runs, "a whole number from 1 to 1,000");

  const fs::path dir = fs::temp_directory_path() / ("cjsim-startup-" + std::to_string(getpid()));
  fs::create_directories(dir);
  struct Remove {
    fs::path dir;
    ~Remove() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } remove{dir};
  for (const auto& [file, yaml] : {std::pair{"a.h5", scenario}, std::pair{"b.h5", other}}) {
    run_child({cjsim, "run", yaml, "--replications", "2", "--jobs", "1", "--out", file}, dir);
  }
  const std::vector<Command> commands{{"help", {"--help"}},
                                      {"check", {"check", scenario}},
                                      {"summary", {"summary", "a.h5"}},
                                      {"compare", {"compare", "a.h5", "b.h5"}}};
  std::printf("runs=%d\n", runs);
  for (const Command& c : commands) {
    std::vector<Usage> mine, theirs;
    for (int r = 0; r < runs; ++r) {
      std::vector<std::string> argv{cjsim};
      argv.insert(argv.end(), c.args.begin(), c.args.end());
      mine.push_back(run_child(argv, dir));
      if (!old.empty()) {
        argv[0] = old;
        theirs.push_back(run_child(argv, dir));
      }
    }
    print(c.name + "_", mine);
    if (!old.empty()) print(c.name + "_old_", theirs);
  }
  return 0;
}

}  // namespace bench

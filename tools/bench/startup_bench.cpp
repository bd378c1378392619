#include "tools/bench/startup_bench.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
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

namespace bench {
namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

struct Usage {
  double cpu_ms = 0;  // user and system
  double peak_rss_mb = 0;
  double wall_ms = 0;
};

// Runs `argv` in `cwd` with its output discarded; throws unless it exits with status 0.
Usage run_child(const std::vector<std::string>& argv, const fs::path& cwd) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    if (chdir(cwd.c_str()) != 0) _exit(126);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error("wait4 failed");
  }
  const double wall =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string line;
    for (const auto& a : argv) line += (line.empty() ? "" : " ") + a;
    throw std::runtime_error("'" + line + "' failed (status " + std::to_string(status) + ")");
  }
  const auto ms = [](const timeval& t) { return 1e3 * t.tv_sec + 1e-3 * t.tv_usec; };
  return {ms(usage.ru_utime) + ms(usage.ru_stime), usage.ru_maxrss / 1024.0, wall};
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

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

fs::path beside_this_program(const std::string& name) {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path(name) : self.parent_path() / name;
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

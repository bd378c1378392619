#include "tools/bench/scenario_bench.hpp"

#include <sys/wait.h>
#include <unistd.h>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "models/model.hpp"
#include "models/scenario/loader.hpp"
#include "output/part_writer.hpp"
#include "sim/check.hpp"
#include "tools/bench/cpu_clock.hpp"
#include "tools/bench/peak_memory.hpp"

namespace bench {
namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

struct Measured {
  double wall_seconds = 0;
  double cpu_seconds = 0;
  double events = 0;
  double cases = 0;
  double peak_open_cases = 0;
  double peak_rss_mb = 0;
  double trace_bytes = 0;
};

// One replication in this process; with a trace, the part file goes to a temporary folder.
Measured measure(const cj::Scenario& scenario, out::Trace trace, sim::EngineKind engine) {
  cj::RunOptions options;
  options.seed = cj::replication_seed(scenario.seed, 0);
  options.engine = engine;
  Measured m;
  const auto start = std::chrono::steady_clock::now();
  const Stopwatch cpu;
  cj::RunResult result;
  if (trace == out::Trace::none) {
    result = cj::run_model(scenario, options);
  } else {
    const fs::path dir = fs::temp_directory_path() / ("cjsim-bench-" + std::to_string(getpid()));
    const fs::path part = dir / "part.h5";
    {
      out::RunPartWriter writer(part, trace, scenario.offences.size());
      result = cj::run_model(scenario, options, &writer);
      out::RunInfo info;
      info.seed = options.seed;
      info.events = result.events;
      info.wall_seconds = result.wall_seconds;
      info.cases = result.cases;
      writer.finish(info, result.metrics);
    }
    m.trace_bytes = static_cast<double>(fs::file_size(part));
    fs::remove_all(dir);
  }
  m.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.cpu_seconds = cpu.cpu_seconds();
  m.events = static_cast<double>(result.events);
  m.cases = static_cast<double>(result.cases);
  m.peak_open_cases = static_cast<double>(result.peak_open_cases);
  m.peak_rss_mb = peak_rss_mb();
  return m;
}

// The same in a child process, so that each measurement has its own peak memory.
Measured measure_in_child(const cj::Scenario& scenario, out::Trace trace, sim::EngineKind engine) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const Measured m = measure(scenario, trace, engine);
    (void)!write(fds[1], &m, sizeof m);
    _exit(0);
  }
  close(fds[1]);
  Measured m;
  const bool got = read(fds[0], &m, sizeof m) == static_cast<ssize_t>(sizeof m);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("the measured run failed");
  return m;
}

void print(const char* prefix, const Measured& m) {
  std::printf("%swall_seconds=%.3f\n", prefix, m.wall_seconds);
  std::printf("%sevents=%.0f\n", prefix, m.events);
  std::printf("%sevents_per_second=%.0f\n", prefix, m.events / m.wall_seconds);
  std::printf("%scases=%.0f\n", prefix, m.cases);
  std::printf("%speak_open_cases=%.0f\n", prefix, m.peak_open_cases);
  std::printf("%speak_rss_mb=%.1f\n", prefix, m.peak_rss_mb);
  if (m.trace_bytes > 0) {
    std::printf("%strace_bytes_per_case=%.1f\n", prefix, m.trace_bytes / m.cases);
  }
}

// The scenario with every group's reports (and the opening stock) times `k`; capacity unchanged,
// so the backlog grows with k: what a diary or a queue that slows with its length would show.
cj::Scenario scaled_demand(cj::Scenario s, double k) {
  for (auto& g : s.offences) {
    g.reports_per_year *= k;
    for (auto& m : g.monthly_reports) m.count *= k;
  }
  for (auto* stock : {&s.initial_state.investigation, &s.initial_state.awaiting_charge,
                      &s.initial_state.magistrates, &s.initial_state.crown}) {
    stock->count = static_cast<std::int64_t>(static_cast<double>(stock->count) * k);
  }
  return s;
}

// CPU per 1,000 events at each demand scale, each run in its own process, and the ratio to the
// first scale: a cost linear in the work keeps the ratio near 1.
int demand_scales(const cj::Scenario& scenario, const std::string& list, sim::EngineKind kind) {
  std::vector<double> scales;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    std::size_t used = 0;
    double k = 0;
    try {
      k = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != item.size() || !(k > 0) || !(k <= 1000))
      throw sim::InvalidParameter("--demand-scale: got '" + item +
                                  "', expected numbers from above 0 to 1,000");
    scales.push_back(k);
  }
  double first = 0;
  for (const double k : scales) {
    const Measured m = measure_in_child(scaled_demand(scenario, k), out::Trace::none, kind);
    const double per_1000 = m.cpu_seconds / m.events * 1000 * 1e6;  // microseconds
    if (first == 0) first = per_1000;
    std::printf("demand_x%g_events=%.0f\n", k, m.events);
    std::printf("demand_x%g_cpu_seconds=%.3f\n", k, m.cpu_seconds);
    std::printf("demand_x%g_cpu_us_per_1000_events=%.1f\n", k, per_1000);
    std::printf("demand_x%g_over_first=%.3f\n", k, per_1000 / first);
  }
  return 0;
}

}  // namespace

int run_scenario_bench(const std::vector<std::string>& args) {
  std::string file;
  std::string trace = "none";
  std::string engine = "native";
  po::options_description options(
      "cjsim-bench scenario FILE [--trace none|cases|events|compare] [--engine native|simgrid]\n\n"
      "  Runs replication 0 of a scenario in one process and prints its speed and memory:\n"
      "  wall seconds (set-up, run and, with a trace, the part file), kernel events per second,\n"
      "  cases created, the most cases open at once (what memory grows with) and peak RSS.\n"
      "  --trace compare runs without a trace and with the per-case trace, each in its own\n"
      "  process, and prints the ratio of their times.\n"
      "  --demand-scale 1,2,4,8 runs the scenario with every group's reports (and the opening\n"
      "  stock) times each factor, capacity unchanged, and prints CPU microseconds per 1,000\n"
      "  events and their ratio to the first factor (linear cost: near 1).\n\nOptions");
  options.add_options()("help,h", "show this help")(
      "trace", po::value(&trace)->default_value(trace), "none, cases, events or compare")(
      "engine", po::value(&engine)->default_value(engine), "native or simgrid")(
      "demand-scale", po::value<std::string>(), "comma-separated demand factors, e.g. 1,2,4,8");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::options_description all;
  all.add(options).add_options()("file", po::value(&file));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return 0;
  }
  po::notify(vm);
  if (file.empty()) throw sim::InvalidParameter("scenario: missing, expected a scenario file");
  const sim::EngineKind kind = sim::parse_engine_kind(engine);
  const auto loaded = cj::scenario::load_file(file);
  if (!loaded.scenario) {
    for (const auto& p : loaded.problems) std::cerr << p.format() << "\n";
    return 2;
  }
  const cj::Scenario& scenario = *loaded.scenario;
  std::printf("scenario=%s\nengine=%s\nhorizon_days=%.0f\n", scenario.name.c_str(), engine.c_str(),
              scenario.horizon_days);
  if (vm.count("demand-scale"))
    return demand_scales(scenario, vm["demand-scale"].as<std::string>(), kind);
  if (trace == "compare") {
    const Measured none = measure_in_child(scenario, out::Trace::none, kind);
    const Measured cases = measure_in_child(scenario, out::Trace::cases, kind);
    print("none_", none);
    print("cases_", cases);
    std::printf("cases_over_none=%.3f\n", cases.wall_seconds / none.wall_seconds);
    return 0;
  }
  const auto level = out::parse_trace(trace);
  if (!level)
    throw sim::InvalidParameter("--trace: got '" + trace +
                                "', expected none, cases, events or compare");
  std::printf("trace=%s\n", trace.c_str());
  print("", measure(scenario, *level, kind));
  return 0;
}

}  // namespace bench

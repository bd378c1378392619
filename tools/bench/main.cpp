// cjsim-bench: measures the kernel and the model, one `key=value` per line.
//
//   cjsim-bench cj3 --cases N --seed S --engine native|simgrid [--repeat R]
//   cjsim-bench scenario FILE [--trace none|cases|events|compare]
//   cjsim-bench startup [--cjsim PATH] [--old PATH]
//   cjsim-bench sweep [FILE] [--jobs J] [--runs N]
#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/check.hpp"
#include "tools/bench/cj3.hpp"
#include "tools/bench/cj3_limit.hpp"
#include "tools/bench/diary_bench.hpp"
#include "tools/bench/peak_memory.hpp"
#include "tools/bench/queueing_theory.hpp"
#include "tools/bench/scenario_bench.hpp"
#include "tools/bench/startup_bench.hpp"
#include "tools/bench/sweep_bench.hpp"

namespace po = boost::program_options;

namespace {

constexpr int kUsageError = 2;

std::vector<double> parse_list(const std::string& text, const char* what, std::size_t n) {
  std::vector<double> values;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    std::size_t used = 0;
    double v = 0;
    try {
      v = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != item.size() || item.empty()) {
      throw sim::InvalidParameter(std::string(what) + ": got '" + item + "', expected a number");
    }
    values.push_back(v);
  }
  if (values.size() != n) {
    throw sim::InvalidParameter(std::string(what) + ": got '" + text + "', expected " +
                                std::to_string(n) + " comma-separated numbers");
  }
  return values;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Cj3Timing {
  bench::Cj3Result result;  // of the kernel's last run
  double wall_seconds = 0, cpu_seconds = 0;
  double limit_wall_seconds = 0, limit_cpu_seconds = 0;
};

// Runs the kernel and the hand-written limit in turn, `repeat` times each. The limit must give
// the kernel's statistics exactly, or the comparison would be of two different simulations.
Cj3Timing time_against_limit(const bench::Cj3Options& o, int repeat) {
  std::vector<double> wall, cpu, limit_wall, limit_cpu;
  Cj3Timing timing;
  for (int i = 0; i < repeat; ++i) {
    timing.result = bench::run_cj3(o);
    wall.push_back(timing.result.sim_wall_seconds);
    cpu.push_back(timing.result.sim_cpu_seconds);
    const bench::Cj3Result limit = bench::run_cj3_limit(o);
    limit_wall.push_back(limit.sim_wall_seconds);
    limit_cpu.push_back(limit.sim_cpu_seconds);
    const bench::Cj3Result& r = timing.result;
    if (limit.events != r.events || limit.end_time != r.end_time || limit.w1 != r.w1 ||
        limit.w2_priority != r.w2_priority || limit.w2_normal != r.w2_normal || limit.w3 != r.w3 ||
        limit.p_renege != r.p_renege || limit.counted != r.counted) {
      throw std::logic_error("the hand-written limit's results differ from the kernel's");
    }
  }
  timing.wall_seconds = median(wall);
  timing.cpu_seconds = median(cpu);
  timing.limit_wall_seconds = median(limit_wall);
  timing.limit_cpu_seconds = median(limit_cpu);
  return timing;
}

int run_cj3(const std::vector<std::string>& args) {
  po::options_description options(
      "cjsim-bench cj3: three queueing stages in series (time unit: day)\n\n"
      "  Poisson arrivals; stage 1 FIFO; stage 2 priority cases first (non-preemptive);\n"
      "  stage 3 with exponential patience (reneging). Runs until every case has left;\n"
      "  statistics skip the first 10% of cases by arrival. Prints key=value lines.\n"
      "  Also runs the same model hand-written on a std::priority_queue (the limit_ lines)\n"
      "  and prints speed_vs_limit, its CPU time over the kernel's (1: as fast as the limit).\n\n"
      "Options");
  long long cases = 1'000'000;
  long long seed = 1;
  std::string engine = "native";
  double arrival_rate = 1.0;
  double priority_share = 0.10;
  std::string servers = "20,10,5";
  std::string means = "17,8.5,4.25";
  double patience = 10.0;
  int repeat = 1;
  options.add_options()("help,h", "show this help")(
      "cases", po::value(&cases)->default_value(cases), "cases to simulate (>= 1)")(
      "seed", po::value(&seed)->default_value(seed), "master seed (>= 0)")(
      "engine", po::value(&engine)->default_value(engine), "back end: native or simgrid")(
      "arrival-rate", po::value(&arrival_rate)->default_value(arrival_rate), "arrivals per day")(
      "priority-share", po::value(&priority_share)->default_value(priority_share),
      "probability that a case is a priority case")(
      "servers", po::value(&servers)->default_value(servers), "servers of stages 1,2,3")(
      "service-means", po::value(&means)->default_value(means),
      "mean service days of stages 1,2,3 (exponential)")(
      "patience-mean", po::value(&patience)->default_value(patience),
      "mean patience in the stage-3 queue, days (exponential)")(
      "repeat", po::value(&repeat)->default_value(repeat),
      "runs of the kernel and of the limit, alternated; times are medians");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return 0;
  }
  po::notify(vm);

  bench::Cj3Options o;
  sim::require(cases >= 1, "--cases", static_cast<double>(cases), "a whole number >= 1");
  sim::require(seed >= 0, "--seed", static_cast<double>(seed), "a whole number >= 0");
  o.cases = static_cast<std::uint64_t>(cases);
  o.seed = static_cast<std::uint64_t>(seed);
  o.engine = sim::parse_engine_kind(engine);
  o.arrival_rate = arrival_rate;
  o.priority_share = priority_share;
  const auto s = parse_list(servers, "--servers", 3);
  const auto m = parse_list(means, "--service-means", 3);
  for (int i = 0; i < 3; ++i) {
    // The range check first: converting a double out of unsigned's range is undefined.
    sim::require(s[i] >= 1 && s[i] <= 100000 && s[i] == static_cast<unsigned>(s[i]), "--servers",
                 s[i], "whole numbers from 1 to 100,000");
    o.servers[i] = static_cast<unsigned>(s[i]);
    o.service_mean[i] = m[i];
  }
  o.patience_mean = patience;
  sim::require(repeat >= 1 && repeat <= 1000, "--repeat", repeat, "a whole number from 1 to 1,000");
  bench::check(o);

  const Cj3Timing timing = time_against_limit(o, repeat);
  const bench::Cj3Result& r = timing.result;

  const double lambda = o.arrival_rate;
  const double lambda_priority = lambda * o.priority_share;
  std::printf("cases=%llu\n", static_cast<unsigned long long>(r.cases));
  std::printf("engine=%s\n", std::string(sim::engine_kind_name(o.engine)).c_str());
  const double model_events = 4.0 * static_cast<double>(r.cases);
  std::printf("wall_seconds=%.3f\n", timing.wall_seconds);
  std::printf("cpu_seconds=%.3f\n", timing.cpu_seconds);
  std::printf("model_events_per_second=%.0f\n", model_events / timing.wall_seconds);
  std::printf("limit_wall_seconds=%.3f\n", timing.limit_wall_seconds);
  std::printf("limit_cpu_seconds=%.3f\n", timing.limit_cpu_seconds);
  std::printf("limit_model_events_per_second=%.0f\n", model_events / timing.limit_wall_seconds);
  std::printf("speed_vs_limit=%.3f\n", timing.limit_cpu_seconds / timing.cpu_seconds);
  std::printf("kernel_events=%llu\n", static_cast<unsigned long long>(r.events));
  std::printf("peak_rss_mb=%.1f\n", bench::peak_rss_mb());
  const auto print = [](const char* key, double measured, const char* theory_name, double value) {
    std::printf("%s=%.4f\n%s_%s=%.4f\n", key, measured, key, theory_name, value);
  };
  const auto mu = [&](int i) { return 1.0 / o.service_mean[i]; };
  auto guarded = [](auto f) {
    try {
      return f();
    } catch (const std::exception&) {
      return std::numeric_limits<double>::quiet_NaN();  // unstable: no steady state
    }
  };
  print("w1", r.w1, "erlang_c",
        guarded([&] { return theory::mmc_mean_wait(o.servers[0], lambda, mu(0)); }));
  const auto cobham = [&](int k) {
    return guarded([&] {
      return theory::cobham_mean_waits(o.servers[1], {lambda_priority, lambda - lambda_priority},
                                       mu(1))[static_cast<std::size_t>(k)];
    });
  };
  print("w2_priority", r.w2_priority, "cobham", cobham(0));
  print("w2_normal", r.w2_normal, "cobham", cobham(1));
  const auto a = theory::erlang_a(o.servers[2], lambda, mu(2), 1.0 / o.patience_mean);
  print("p_renege", r.p_renege, "erlang_a", a.p_abandon);
  print("w3", r.w3, "erlang_a", a.mean_wait);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string usage =
      "usage: cjsim-bench cj3 [--cases N] [--seed S] [--engine native|simgrid] [--repeat R] ...\n"
      "       cjsim-bench scenario FILE [--trace none|cases|events|compare] [--engine E]\n"
      "       cjsim-bench diary [--scales 1,2,4,8] [--repeats N]\n"
      "       cjsim-bench startup [--cjsim PATH] [--old PATH] [--runs N]\n"
      "       cjsim-bench sweep [FILE] [--jobs J] [--runs N] [--cjsim PATH]\n"
      "       cjsim-bench <workload> --help\n";
  if (argc < 2) {
    std::cerr << usage;
    return kUsageError;
  }
  const std::string workload = argv[1];
  if (workload == "--help" || workload == "-h") {
    std::cout << usage;
    return 0;
  }
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (workload == "cj3") return run_cj3(args);
    if (workload == "scenario") return bench::run_scenario_bench(args);
    if (workload == "diary") return bench::run_diary_bench(args);
    if (workload == "startup") return bench::run_startup_bench(args);
    if (workload == "sweep") return bench::run_sweep_bench(args);
    std::cerr << "cjsim-bench: unknown workload '" << workload
              << "' (expected cj3, scenario, diary, startup or sweep)\n"
              << usage;
    return kUsageError;
  } catch (const po::invalid_option_value& e) {
    // Boost names the value but not what it wanted; the typed options are all numbers.
    const std::string name = e.get_option_name();
    const bool whole = name == "--cases" || name == "--seed";
    std::cerr << "cjsim-bench " << workload << ": " << e.what() << ", expected "
              << (whole ? "a whole number" : "a number") << "\n";
    return kUsageError;
  } catch (const po::error& e) {
    std::cerr << "cjsim-bench " << workload << ": " << e.what() << "\n";
    return kUsageError;
  } catch (const sim::InvalidParameter& e) {
    std::cerr << "cjsim-bench " << workload << ": " << e.what() << "\n";
    return kUsageError;
  } catch (const std::exception& e) {
    std::cerr << "cjsim-bench " << workload << ": " << e.what() << "\n";
    return 1;
  }
}

#include "tools/cjsim/run_options.hpp"

#include <signal.h>

#include <cerrno>
#include <filesystem>
#include <functional>
#include <thread>

#include "models/planned_size.hpp"
#include "output/part_writer.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/scenario_input.hpp"

namespace cjsim {
namespace po = boost::program_options;
namespace fs = std::filesystem;

int default_jobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

namespace {

// An option that stands for a scenario key is checked against that key's limits as it is
// parsed, so that the message names the option rather than a --set line.
template <class T>
std::function<void(const T&)> within_key(const char* option, const char* key_path) {
  return [option, key_path](const T& value) {
    const std::string limits = cj::scenario::outside_limits(key_path, static_cast<double>(value));
    if (!limits.empty()) {
      throw BadInput(std::string("--") + option + ": got " + std::to_string(value) + ", expected " +
                     limits);
    }
  };
}

}  // namespace

void add_max_cases_option(po::options_description& options, double& max_cases) {
  options.add_options()(
      "max-cases", po::value(&max_cases)->default_value(max_cases)->notifier([](double v) {
        if (!(v >= 1)) throw BadInput("--max-cases: expected a number >= 1");
      }),
      "refuse a scenario whose run would create more cases than this (initial stock and "
      "expected arrivals; an open case takes memory until it closes)");
}

void check_planned_size(const cj::Scenario& scenario, double max_cases) {
  const std::string refusal = cj::size_refusal(cj::planned_size(scenario), max_cases);
  if (!refusal.empty()) throw BadInput(scenario.name + ": " + refusal);
}

void add_run_options(po::options_description& options, RunCommandOptions& o, bool sweep) {
  options.add_options()("help,h", "show this help")(
      "out,o", po::value(&o.out),
      "result file (default: results/<scenario name>.h5, or -sweep.h5 for a sweep)")(
      "set", po::value(&o.sets)->composing(),
      "override a scenario key, e.g. --set crown.sitting_days_scale=1.1 (repeatable; the value "
      "is YAML; list items by name: magistrates.courts.leeds.share=0.5)")(
      "replications,r",
      po::value(&o.replications)->notifier(within_key<long long>("replications", "replications")),
      "replications of each scenario point")(
      "seed", po::value(&o.seed), "master seed (replication r of every point shares its streams)")(
      "trace", po::value(&o.trace),
      sweep ? "per-case trace: none (default for sweeps), cases or events"
            : "per-case trace: none, cases (the scenario's default) or events")(
      "engine", po::value(&o.engine)->default_value(o.engine),
      "simulation kernel: native (fast) or simgrid (SimGrid S4U; same results)")(
      "jobs,j", po::value(&o.jobs)->notifier([](int jobs) {
        if (jobs < 1) {
          throw BadInput("--jobs: got " + std::to_string(jobs) + ", expected a number >= 1");
        }
      }),
      "worker processes (default: the number of cores)")(
      "force", po::bool_switch(&o.force),
      "replace an existing result file, or parts left by a different command")(
      "simgrid-log", po::bool_switch(&o.simgrid_log),
      "with --engine simgrid: show SimGrid's own log lines (silenced by default)");
  add_max_cases_option(options, o.max_cases);
  add_extends_option(options, o.extends_anywhere);
}

std::vector<std::string> command_overrides(const RunCommandOptions& o,
                                           const po::variables_map& vm) {
  std::vector<std::string> sets = o.sets;
  if (vm.count("replications")) sets.push_back("replications=" + std::to_string(o.replications));
  if (vm.count("seed")) sets.push_back("seed=" + std::to_string(o.seed));
  if (!o.trace.empty()) {
    if (!out::parse_trace(o.trace)) {
      throw BadInput("--trace: got '" + o.trace + "', expected none, cases or events");
    }
    sets.push_back("outputs.trace=" + o.trace);
  }
  return sets;
}

namespace {

void common(RunPlan& plan, RunCommandOptions& o, const std::string& default_name) {
  if (o.jobs == 0) o.jobs = default_jobs();  // not given (a given 0 is refused as parsed)
  plan.engine_options.simgrid_logging = o.simgrid_log;
  try {
    plan.engine = sim::parse_engine_kind(o.engine);
  } catch (const std::exception& e) {
    throw BadInput(std::string("--") + e.what());
  }
  // A missing back end is reported now, once, rather than by every run (sim::ModuleError: the
  // work cannot be done, exit status 1). Workers inherit what is loaded here.
  sim::prepare_engine(plan.engine);
  plan.result =
      o.out.empty() ? fs::path("results") / (file_name_of(default_name) + ".h5") : fs::path(o.out);
  plan.parts = out::parts_directory(plan.result);
}

}  // namespace

std::string file_name_of(const std::string& scenario_name) {
  // Letters, digits, - _ and . only, every other byte a -, no leading dot, and short enough for
  // any file system: a scenario's name can never leave results/ or make folders.
  constexpr std::size_t kMaxLength = 100;
  std::string out;
  for (const char c : scenario_name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.';
    out.push_back(plain ? c : '-');
    if (out.size() == kMaxLength) break;
  }
  const auto first = out.find_first_not_of('.');
  out = first == std::string::npos ? std::string() : out.substr(first);
  return out.empty() ? "scenario" : out;
}

RunPlan single_point_plan(const cj::scenario::Loaded& loaded, RunCommandOptions& o) {
  RunPlan plan;
  const cj::Scenario& s = *loaded.scenario;
  check_planned_size(s, o.max_cases);
  plan.points = {s};
  plan.point_yaml = {loaded.resolved_yaml};
  out::PointInfo info;
  info.index = 0;
  info.label = "baseline";
  plan.point_info = {info};
  plan.replications = s.replications;
  plan.trace = to_output_trace(s.outputs.trace);
  common(plan, o, s.name);
  return plan;
}

void check_points_share_shape(const cj::scenario::Loaded& base,
                              const std::vector<cj::scenario::Loaded>& points) {
  if (points.empty()) return;
  // One result file holds every point: they must share its shape.
  const cj::Scenario& b = *points.front().scenario;
  std::string mismatches;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const cj::Scenario& p = *points[i].scenario;
    std::vector<std::string> what;
    if (p.start != b.start) what.push_back("start");
    if (p.horizon_days != b.horizon_days) what.push_back("horizon");
    if (p.outputs.period_days != b.outputs.period_days) what.push_back("outputs.period_days");
    if (p.outputs.trace != b.outputs.trace) what.push_back("outputs.trace");
    if (p.replications != b.replications) what.push_back("replications");
    if (p.offences.size() != b.offences.size()) what.push_back("offence_groups");
    if (p.crown.centres.size() != b.crown.centres.size()) what.push_back("crown.centres");
    for (const auto& w : what) {
      mismatches += "\n  point " + base.sweep[i].label + ": " + w + " differs from point " +
                    base.sweep.front().label;
    }
  }
  if (!mismatches.empty()) {
    throw BadInput(
        "the sweep's points must share their start, horizon, period, trace, "
        "replications, offence groups and Crown Court centres (one result file holds them all); "
        "these differ:" +
        mismatches);
  }
}

RunPlan sweep_plan(const cj::scenario::Loaded& base,
                   const std::vector<cj::scenario::Loaded>& points, RunCommandOptions& o) {
  check_points_share_shape(base, points);
  RunPlan plan;
  for (std::size_t i = 0; i < points.size(); ++i) {
    check_planned_size(*points[i].scenario, o.max_cases);
    plan.points.push_back(*points[i].scenario);
    plan.point_yaml.push_back(points[i].resolved_yaml);
    out::PointInfo info;
    info.index = static_cast<int>(i);
    info.label = base.sweep[i].label;
    info.values = base.sweep[i].overrides;
    plan.point_info.push_back(std::move(info));
  }
  const cj::Scenario& s = *base.scenario;
  plan.replications = s.replications;
  plan.trace = to_output_trace(s.outputs.trace);
  common(plan, o, s.name + "-sweep");
  return plan;
}

OutputLock check_output(const RunPlan& plan, bool force) {
  std::error_code ec;
  const fs::path folder =
      plan.result.parent_path().empty() ? fs::path(".") : plan.result.parent_path();
  fs::create_directories(folder, ec);
  if (ec) throw BadInput("cannot create " + folder.string() + ": " + ec.message());
  // First of all: a second writer must not go on to judge, or clean up, the first one's files.
  OutputLock lock(plan.result);
  if (fs::exists(plan.result, ec) && !force) {
    throw BadInput(plan.result.string() +
                   " exists; use --force to replace it, or --out to write elsewhere");
  }
  remove_abandoned_temporaries(plan.result);
  return lock;
}

void remove_abandoned_temporaries(const fs::path& result) {
  // "<result>.tmp-<pid>" of a process that no longer runs: a merge killed outright (SIGKILL, a
  // power cut) left it; the parts it was made from are still there to merge again.
  const fs::path folder = result.parent_path().empty() ? fs::path(".") : result.parent_path();
  const std::string prefix = result.filename().string() + ".tmp-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    const auto pid = static_cast<pid_t>(std::stol(digits));
    if (pid > 0 && kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove(entry.path(), ignored);
    }
  }
}

}  // namespace cjsim

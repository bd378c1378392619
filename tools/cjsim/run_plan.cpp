#include "tools/cjsim/run_plan.hpp"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "models/model.hpp"
#include "output/part_writer.hpp"
#include "sim/random.hpp"
#include "tools/cjsim/cli.hpp"

namespace cjsim {
namespace fs = std::filesystem;

namespace {
constexpr const char* kPlanFile = "plan.txt";
}

out::Trace to_output_trace(cj::TraceLevel level) {
  switch (level) {
    case cj::TraceLevel::none:
      return out::Trace::none;
    case cj::TraceLevel::cases:
      return out::Trace::cases;
    case cj::TraceLevel::events:
      return out::Trace::events;
  }
  return out::Trace::cases;
}

fs::path RunPlan::part(std::size_t run) const {
  return out::part_path(parts, point_of(run), replication_of(run));
}

std::string RunPlan::fingerprint() const {
  std::ostringstream text;
  text << "replications=" << replications << "\nengine=" << sim::engine_kind_name(engine)
       << "\ntrace=" << out::trace_name(trace) << "\n";
  for (const auto& yaml : point_yaml) text << "---\n" << yaml;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(sim::name_key(text.str())));
  return hex;
}

std::vector<bool> RunPlan::finished() const {
  std::vector<bool> done(runs());
  for (std::size_t r = 0; r < runs(); ++r) done[r] = out::part_is_complete(part(r));
  return done;
}

std::size_t prepare_parts(const RunPlan& plan, bool force) {
  const std::string stamp = "cjsim runs " + plan.fingerprint();
  const fs::path plan_file = plan.parts / kPlanFile;
  std::error_code ec;
  if (fs::exists(plan.parts, ec)) {
    std::ifstream in(plan_file);
    std::string first;
    std::getline(in, first);
    if (first != stamp) {
      if (!force) {
        throw BadInput(plan.parts.string() +
                       " holds runs of another scenario or other settings; remove it, or use "
                       "--force to start again");
      }
      fs::remove_all(plan.parts, ec);
    }
  }
  fs::create_directories(plan.parts, ec);
  if (ec) throw BadInput("cannot create " + plan.parts.string() + ": " + ec.message());
  if (!fs::exists(plan_file)) {
    std::ofstream out(plan_file);
    out << stamp << "\n"
        << plan.points.size() << " points x " << plan.replications << " replications of "
        << (plan.points.empty() ? "" : plan.points.front().name) << "\n";
    if (!out) throw BadInput("cannot write " + plan_file.string());
  }
  // Temporaries left by a crash or a kill.
  for (const auto& entry : fs::directory_iterator(plan.parts, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp") != std::string::npos) fs::remove(entry.path(), ec);
  }
  std::size_t done = 0;
  for (bool d : plan.finished()) done += d ? 1 : 0;
  return done;
}

namespace {

// A test hook: CJSIM_FAULT="crash:P:R" or "throw:P:R" makes the run of point P, replication R
// fail that way, so the tests can check that a failed run is reported and the others kept.
void inject_fault(int point, int replication) {
  const char* fault = std::getenv("CJSIM_FAULT");
  if (!fault) return;
  const std::string text = fault;
  std::string at = ":";
  at += std::to_string(point);
  at += ':';
  at += std::to_string(replication);
  if (text == "crash" + at) std::raise(SIGSEGV);
  if (text == "throw" + at) throw std::runtime_error("injected failure (CJSIM_FAULT=" + text + ")");
}

}  // namespace

void execute_run(const RunPlan& plan, std::size_t run) {
  const int point = plan.point_of(run);
  const int replication = plan.replication_of(run);
  inject_fault(point, replication);
  const cj::Scenario& scenario = plan.points[static_cast<std::size_t>(point)];
  cj::RunOptions options;
  options.seed = cj::replication_seed(scenario.seed, replication);
  options.engine = plan.engine;
  options.engine_options = plan.engine_options;
  out::RunPartWriter writer(plan.part(run), plan.trace, scenario.offences.size());
  const cj::RunResult result = cj::run_model(scenario, options, &writer);
  out::RunInfo info;
  info.point = point;
  info.replication = replication;
  info.seed = options.seed;
  info.events = result.events;
  info.wall_seconds = result.wall_seconds;
  info.cases = result.cases;
  writer.finish(info, result.metrics);
}

}  // namespace cjsim

#include "tools/cjsim/execution.hpp"

#include <chrono>
#include <ctime>
#include <iostream>
#include <numeric>

#include "output/part_writer.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/process_pool.hpp"
#include "tools/cjsim/progress.hpp"
#include "tools/cjsim/stop_signals.hpp"
#include "tools/cjsim/version.hpp"

namespace cjsim {
namespace fs = std::filesystem;

Merger::Merger(const RunPlan& plan, const out::Provenance& provenance, bool force)
    : plan_(plan),
      writer_(std::make_unique<out::ResultWriter>(plan.result, force, provenance, plan.point_info,
                                                  plan.replications, plan.trace)) {}

Merger::~Merger() = default;

void Merger::advance() {
  while (next_ < plan_.runs() && out::part_is_complete(plan_.part(next_))) {
    StopSignals::check("merging");
    writer_->add_run(plan_.part(next_));
    ++next_;
  }
}

void Merger::finish() {
  for (; next_ < plan_.runs(); ++next_) {
    StopSignals::check("merging");
    writer_->add_run(plan_.part(next_));
  }
  StopSignals::check("merging");
  writer_->commit();
  std::error_code ec;
  fs::remove_all(plan_.parts, ec);
}

Execution execute_locally(const RunPlan& plan, const ExecutionOptions& options, Merger* merger) {
  Execution execution;
  execution.total = plan.runs();
  execution.resumed = prepare_parts(plan, options.force);
  const std::vector<bool> done = plan.finished();
  std::vector<std::size_t> todo;
  for (std::size_t run = 0; run < done.size(); ++run) {
    if (!done[run]) todo.push_back(run);
  }
  if (merger) merger->advance();  // parts finished before an interruption
  Progress progress(execution.total, execution.resumed, options.progress_lines);
  ProcessPool pool(options.jobs);
  const bool completed = pool.run(
      todo, [&](std::size_t run) { execute_run(plan, run); },
      [&](const TaskEnd& end) {
        if (!end.ok) {
          execution.failures.push_back(
              {plan.point_of(end.task), plan.replication_of(end.task), end.reason});
        }
        progress.run_ended(end.ok);
        if (merger && end.ok && execution.failures.empty()) merger->advance();
      });
  progress.finish();
  execution.interrupted = !completed;
  return execution;
}

out::Provenance make_provenance(const RunPlan& plan, const std::string& resolved_yaml,
                                const std::vector<std::pair<std::string, std::string>>& sources,
                                const std::string& command_line) {
  const cj::Scenario& s = plan.points.front();
  out::Provenance p;
  p.cjsim_version = kVersion;
  p.source_revision = kRevision;
  const std::time_t now = std::time(nullptr);
  char utc[32];
  std::strftime(utc, sizeof utc, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  p.created_utc = utc;
  p.scenario_name = s.name;
  p.engine = std::string(sim::engine_kind_name(plan.engine));
  p.command_line = command_line;
  p.start_date = cj::format_iso_date(s.start);
  p.seed = s.seed;
  p.replications = plan.replications;
  p.period_days = s.outputs.period_days;
  p.horizon_days = s.horizon_days;
  p.scenario_yaml = resolved_yaml;
  p.scenario_sources = sources;
  for (const auto& g : s.offences) p.offence_groups.push_back(g.name);
  for (const auto& c : s.magistrates.courts) p.magistrates_courts.push_back(c.name);
  for (const auto& c : s.crown.centres) p.crown_centres.push_back(c.name);
  return p;
}

int run_and_merge(const RunPlan& plan, const ExecutionOptions& options,
                  const out::Provenance& provenance) {
  Merger merger(plan, provenance, options.force);
  const Execution execution = execute_locally(plan, options, &merger);
  if (const int status = report_execution(plan, execution); status != kOk) return status;
  merger.finish();
  return kOk;
}

int report_execution(const RunPlan& plan, const Execution& execution) {
  if (execution.interrupted) {
    std::cerr << "cjsim: interrupted; finished runs are kept in " << plan.parts.string()
              << "; run the same command again to resume\n";
    return kInterrupted;
  }
  if (execution.failures.empty()) return kOk;
  std::cerr << "cjsim: " << execution.failures.size() << " of " << execution.total
            << " runs failed:\n";
  for (const Failure& f : execution.failures) {
    std::cerr << "  point " << f.point << " ("
              << plan.point_info[static_cast<std::size_t>(f.point)].label << "), replication "
              << f.replication << ": " << f.reason << "\n";
  }
  const std::size_t kept = execution.total - execution.failures.size();
  if (kept > 0) {
    std::cerr << "The " << kept << " finished runs are kept in " << plan.parts.string()
              << "; run the same command again to retry the failed ones.\n";
  } else {
    std::cerr << "No run finished; run the same command again to retry.\n";
  }
  return kFailed;
}

}  // namespace cjsim

// The runs of a command: scenario points times replications, each with its part file, and a
// fingerprint of everything that decides their data. The parts folder keeps the fingerprint, so
// a rerun of the same command resumes, and a different command cannot mix its runs in.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "models/parameters/scenario.hpp"
#include "output/records.hpp"
#include "sim/engine.hpp"

namespace cjsim {

struct RunPlan {
  std::filesystem::path result;  // the final file
  std::filesystem::path parts;   // its parts folder
  std::vector<cj::Scenario> points;
  std::vector<std::string> point_yaml;  // resolved YAML of each point (fingerprinted)
  std::vector<out::PointInfo> point_info;
  int replications = 1;
  sim::EngineKind engine = sim::EngineKind::native;
  sim::EngineOptions engine_options;
  out::Trace trace = out::Trace::cases;

  std::size_t runs() const noexcept {
    return points.size() * static_cast<std::size_t>(replications);
  }
  int point_of(std::size_t run) const noexcept {
    return static_cast<int>(run / static_cast<std::size_t>(replications));
  }
  int replication_of(std::size_t run) const noexcept {
    return static_cast<int>(run % static_cast<std::size_t>(replications));
  }
  std::filesystem::path part(std::size_t run) const;
  std::string fingerprint() const;
  // Runs whose part is complete.
  std::vector<bool> finished() const;
};

// Prepares the parts folder: creates it with the plan's fingerprint, or checks that an existing
// one belongs to this plan (resuming), removing temporaries a crash left. With `force`, a folder
// from another plan is emptied; without, it is BadInput. Returns how many runs are already done.
std::size_t prepare_parts(const RunPlan& plan, bool force);

// Runs one replication of one point and publishes its part (in a worker process).
void execute_run(const RunPlan& plan, std::size_t run);

out::Trace to_output_trace(cj::TraceLevel level);

}  // namespace cjsim

// The police and CPS teams whose hours bind (investigation.teams, charging.teams): a stage asks
// for a piece of work on a case (an investigation's work, a file build, a triage, a decision,
// advice); the case's team queues it by priority and works it with its rostered hours; the stage
// hears when it is done and goes on. Each team is a sim::WorkPool. Present only when the scenario
// has teams: without them every stage is a pure delay, as before.
//
// Each day the teams' work (hours offered and worked, jobs in work, EIA hours) is reported to the
// observer; hours of early investigative advice are costed by the hour (costs.*_hour).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "models/context.hpp"
#include "sim/work_pool.hpp"

namespace cj {

enum class Work : std::uint8_t {
  investigation,     // police: the investigation's own work
  eia_action,        // police: acting on early investigative advice
  file_build,        // police: the file for a charging decision
  rework,            // police: reworking a returned file
  triage,            // CPS: accepting or returning a submission
  decision,          // CPS: the charging decision
  eia_consultation,  // CPS: early investigative advice
};

// A stage that asks for work and hears when it is done.
class WorkRequester {
 public:
  virtual void work_done(Slot slot, Work work) = 0;

 protected:
  WorkRequester() = default;
  WorkRequester(const WorkRequester&) = default;
  WorkRequester& operator=(const WorkRequester&) = default;
  ~WorkRequester() = default;
};

class Workforce final : public sim::Handler {
 public:
  // The teams of the scenario, following their rosters from now.
  explicit Workforce(Context& ctx);
  Workforce(const Workforce&) = delete;
  Workforce& operator=(const Workforce&) = delete;
  ~Workforce();

  // Queues `work` on the case at its team; false if no team does it for the case's offence group
  // or it takes no hours (the stage goes on at once). One piece of work per case at a time.
  bool request(Slot slot, Work work, WorkRequester& by);
  // The case's waiting work, if any, is dropped (the case closed while it waited).
  void cancel(Slot slot);
  // Whether a team does this work for the case (true: request() will queue it).
  bool does(const Case& c, Work work) const { return hours(c, work) > 0; }

  // The end of a day: each team's work that day, to the observer.
  void on_event(std::uint32_t kind, std::uint64_t arg) override;

 private:
  struct Team;
  struct Waiting {
    sim::WorkId id;
    std::uint32_t team = 0;
    Work work = Work::investigation;
    WorkRequester* by = nullptr;
    double since = 0;
    double hours = 0;
  };

  // The team index doing `work` for the case, or -1.
  int team_of(const Case& c, Work work) const;
  double hours(const Case& c, Work work) const;
  std::uint32_t priority_class(const Team& team, const Case& c) const;
  void done(std::uint32_t team, Slot slot);
  void left(Team& team, const Waiting& w);

  Context& ctx_;
  std::vector<std::unique_ptr<Team>> teams_;  // police teams, then CPS teams
  std::vector<int> police_of_group_;          // team index per offence group, or -1
  std::vector<int> cps_of_group_;
  std::vector<Waiting> waiting_;  // by case slot
};

}  // namespace cj

#include "models/workforce.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/parameters/staff.hpp"
#include "sim/check.hpp"

namespace cj {
namespace {

constexpr std::uint32_t kPriorityClasses = 4;  // custody, DA, the groups named, the rest
constexpr double kDaysAYear = 365.25;

bool is_police(Work work) {
  return work == Work::investigation || work == Work::eia_action || work == Work::file_build ||
         work == Work::rework;
}
bool is_eia(Work work) {
  return work == Work::eia_action || work == Work::eia_consultation;
}

// Hours a day from FTE by date: the roster steps where the FTE do (dates before the start
// collapse onto it).
sim::Roster hours_roster(const DatedSteps& fte, double hours_per_fte_year, Day start) {
  std::vector<sim::Roster::Step> steps;
  for (const auto& [date, value] : fte.steps) {
    const double t = std::max(0.0, static_cast<double>(to_day(date) - start));
    const double level = value * hours_per_fte_year / kDaysAYear;
    if (!steps.empty() && steps.back().from >= t) {
      steps.back().level = level;
    } else {
      steps.push_back({t, level});
    }
  }
  return sim::Roster(std::move(steps));
}

// Which team serves each offence group: the team naming it, else the team naming none.
template <class Teams>
std::vector<int> team_per_group(const Teams& teams, std::size_t groups, int first_index,
                                const char* stage) {
  std::vector<int> of(groups, -1);
  int catch_all = -1;
  for (std::size_t i = 0; i < teams.size(); ++i) {
    const int index = first_index + static_cast<int>(i);
    if (teams[i].serves.empty()) {
      if (catch_all >= 0) {
        sim::fail(std::string(stage) + ".teams: teams serving every other group", 2, "at most 1");
      }
      catch_all = index;
    }
    for (const int g : teams[i].serves) {
      if (of[static_cast<std::size_t>(g)] >= 0) {
        sim::fail(std::string(stage) + ".teams: teams serving offence group " + std::to_string(g),
                  2, "at most 1");
      }
      of[static_cast<std::size_t>(g)] = index;
    }
  }
  for (int& team : of) {
    if (team < 0) team = catch_all;
  }
  return of;
}

}  // namespace

struct Workforce::Team final : sim::WorkClient {
  Workforce* workforce = nullptr;
  std::uint32_t index = 0;
  const PoliceTeam* police = nullptr;  // one of the two
  const CpsTeam* cps = nullptr;
  WorkPriority priority;
  std::unique_ptr<sim::WorkPool> pool;
  // The day's accounting: where yesterday's reading left off, and what left today.
  double offered_before = 0;
  double worked_before = 0;
  double area_before = 0;
  WorkDay today;

  void on_done(std::uint64_t tag) override { workforce->done(index, static_cast<Slot>(tag)); }
};

Workforce::Workforce(Context& ctx) : ctx_(ctx) {
  const Scenario& s = ctx.scenario;
  const Day start = to_day(s.start);
  const auto add = [&](const auto& params, std::string name, double fte_hours) {
    auto team = std::make_unique<Team>();
    team->workforce = this;
    team->index = static_cast<std::uint32_t>(teams_.size());
    team->priority = params.priority();
    sim::WorkPoolSpec spec;
    spec.name = std::move(name);
    spec.hours_per_day = hours_roster(params.fte, fte_hours, start);
    spec.classes = kPriorityClasses;
    team->pool = std::make_unique<sim::WorkPool>(ctx.engine, std::move(spec), *team);
    teams_.push_back(std::move(team));
  };
  for (const PoliceTeam& t : s.investigation.teams) {
    add(t, "police_" + t.name, t.hours_per_fte_year);
    teams_.back()->police = &t;
  }
  for (const CpsTeam& t : s.charging.teams) {
    add(t, "cps_" + t.name, t.hours_per_fte_year);
    teams_.back()->cps = &t;
  }
  police_of_group_ = team_per_group(s.investigation.teams, s.offences.size(), 0, "investigation");
  cps_of_group_ = team_per_group(s.charging.teams, s.offences.size(),
                                 static_cast<int>(s.investigation.teams.size()), "charging");
  // Every day's report is scheduled now, before any stage schedules anything, so that it runs
  // first at the end of its day and its work lands in the day's own period.
  for (double end = ctx.now() + 1; end <= s.horizon_days; end += 1) ctx.engine.at(end, *this, 0, 0);
}

Workforce::~Workforce() = default;

int Workforce::team_of(const Case& c, Work work) const {
  const auto& of = is_police(work) ? police_of_group_ : cps_of_group_;
  return of[c.record.group];
}

double Workforce::hours(const Case& c, Work work) const {
  const int t = team_of(c, work);
  if (t < 0) return 0;
  const Team& team = *teams_[static_cast<std::size_t>(t)];
  switch (work) {
    case Work::investigation:
      return team.police->investigation_hours;
    case Work::eia_action:
      return team.police->eia_action_hours;
    case Work::file_build:
      return team.police->file_build_hours;
    case Work::rework:
      return team.police->rework_hours;
    case Work::triage:
      return team.cps->triage_hours;
    case Work::decision:
      return team.cps->decision_hours;
    case Work::eia_consultation:
      return team.cps->eia_consultation_hours;
  }
  return 0;
}

std::uint32_t Workforce::priority_class(const Team& team, const Case& c) const {
  const CaseRecord& r = c.record;
  const WorkPriority& p = team.priority;
  if (p.custody && r.custody) return 0;
  if (p.domestic_abuse && r.domestic_abuse) return 1;
  if (std::find(p.groups.begin(), p.groups.end(), r.group) != p.groups.end()) return 2;
  return 3;
}

bool Workforce::request(Slot slot, Work work, WorkRequester& by) {
  const Case& c = ctx_.cases[slot];
  const double h = hours(c, work);
  if (h <= 0) return false;
  const auto t = static_cast<std::uint32_t>(team_of(c, work));
  Team& team = *teams_[t];
  if (waiting_.size() <= slot) waiting_.resize(slot + 1);
  Waiting& w = waiting_[slot];
  w.team = t;
  w.work = work;
  w.by = &by;
  w.since = ctx_.now();
  w.hours = h;
  w.id = team.pool->submit(slot, h, priority_class(team, c));
  return true;
}

void Workforce::left(Team& team, const Waiting& w) {
  const double days = ctx_.now() - w.since;
  team.today.jobs_left += 1;
  team.today.days_in_work += days;
  if (is_eia(w.work)) {
    team.today.eia_jobs_left += 1;
    team.today.eia_days_in_work += days;
  }
}

void Workforce::cancel(Slot slot) {
  if (slot >= waiting_.size() || !waiting_[slot].id) return;
  Waiting& w = waiting_[slot];
  Team& team = *teams_[w.team];
  if (team.pool->withdraw(w.id)) left(team, w);
  w.id = {};
}

void Workforce::done(std::uint32_t t, Slot slot) {
  Team& team = *teams_[t];
  const Waiting w = waiting_[slot];
  waiting_[slot].id = {};
  left(team, w);
  if (is_eia(w.work)) {
    team.today.eia_hours += w.hours;
    if (const Costs* costs = ctx_.costs()) {
      ctx_.case_cost(slot,
                     w.hours * (team.cps ? costs->cps_lawyer_hour : costs->investigator_hour));
    }
  }
  w.by->work_done(slot, w.work);
}

void Workforce::on_event(std::uint32_t, std::uint64_t) {
  const double day = ctx_.now() - 1;
  for (const auto& team : teams_) {
    sim::WorkPool& pool = *team->pool;
    pool.update();
    WorkDay& d = team->today;
    d.hours_offered = pool.hours_offered() - team->offered_before;
    d.hours_worked = pool.hours_worked() - team->worked_before;
    const double area = pool.in_work_level().area(ctx_.now());
    d.job_days = area - team->area_before;
    d.in_work = static_cast<double>(pool.in_work());
    team->offered_before = pool.hours_offered();
    team->worked_before = pool.hours_worked();
    team->area_before = area;
    ctx_.observer.on_work_day(static_cast<int>(team->index), day, d);
    d = WorkDay{};
  }
}

}  // namespace cj

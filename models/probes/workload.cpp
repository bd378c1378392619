#include "models/probes/workload.hpp"

#include "models/probes/summary.hpp"

namespace cj {

WorkloadProbe::WorkloadProbe(PeriodClock& clock, const Scenario& scenario) {
  const auto add = [&](const std::string& name, bool cps) {
    Team t;
    t.name = name;
    t.cps = cps;
    const std::string who = cps ? "CPS team " : "Police team ";
    t.offered = &clock.flow(name + "_hours_offered", "hours", who + name + ": productive hours");
    t.worked = &clock.flow(name + "_hours_worked", "hours", who + name + ": hours spent on work");
    t.eia = &clock.flow(name + "_eia_hours", "hours",
                        who + name + ": hours of early investigative advice in the jobs done");
    t.in_work =
        &clock.stock(name + "_in_work", "jobs", who + name + ": jobs queued or in progress");
    teams_.push_back(std::move(t));
  };
  for (const PoliceTeam& team : scenario.investigation.teams) add("police_" + team.name, false);
  for (const CpsTeam& team : scenario.charging.teams) add("cps_" + team.name, true);
}

void WorkloadProbe::on_work_day(int team, double, const WorkDay& w) {
  Team& t = teams_[static_cast<std::size_t>(team)];
  t.offered->add(w.hours_offered);
  t.worked->add(w.hours_worked);
  t.eia->add(w.eia_hours);
  t.in_work->add(w.in_work - t.total.in_work);
  WorkDay& s = t.total;
  s.hours_offered += w.hours_offered;
  s.hours_worked += w.hours_worked;
  s.eia_hours += w.eia_hours;
  s.in_work = w.in_work;
  s.job_days += w.job_days;
  s.jobs_left += w.jobs_left;
  s.days_in_work += w.days_in_work;
  s.eia_jobs_left += w.eia_jobs_left;
  s.eia_days_in_work += w.eia_days_in_work;
  ++t.days;
}

void WorkloadProbe::report(Summary& summary) const {
  for (const Team& t : teams_) {
    const WorkDay& s = t.total;
    const std::string& n = t.name;
    summary.add(Section::workload, n + "_utilisation", "share",
                n + ": hours worked of productive hours offered",
                share(s.hours_worked, s.hours_offered));
    summary.add(Section::workload, n + "_mean_in_work", "jobs",
                n + ": mean jobs queued or in progress", share(s.job_days, t.days));
    summary.add(Section::workload, n + "_jobs_per_day", "jobs",
                n + ": jobs leaving work a day (done, or their case closed)",
                share(s.jobs_left, t.days));
    summary.add(Section::workload, n + "_mean_days_in_work", "days",
                n + ": mean days a job spent queued or in progress",
                share(s.days_in_work, s.jobs_left));
    summary.add(Section::workload, n + "_in_work_at_horizon", "jobs",
                n + ": jobs queued or in progress at the last day's end", s.in_work);
    summary.add(Section::workload, n + "_eia_hours", "hours",
                n + ": hours of early investigative advice over the run", s.eia_hours);
    summary.add(Section::workload, n + (t.cps ? "_eia_advice_wait_days" : "_eia_action_days"),
                "days",
                t.cps ? n + ": mean days from asking for advice to receiving it"
                      : n + ": mean days from advice to the police acting on it",
                share(s.eia_days_in_work, s.eia_jobs_left));
  }
}

}  // namespace cj

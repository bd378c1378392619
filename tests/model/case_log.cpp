#include "tests/model/case_log.hpp"

namespace cjtest {

void CaseLog::on_event(const cj::CaseRecord& c, cj::CaseEvent e, double time) {
  ++events;
  if (e == cj::CaseEvent::trial_listed && c.stage == cj::Stage::magistrates) {
    first_mags_trial_listed_at.emplace(c.id, time);
  }
}

void CaseLog::on_stage(const cj::CaseRecord& c, cj::Stage from, cj::Stage to, double) {
  const auto it = where.find(c.id);
  const cj::Stage known = it == where.end() ? cj::Stage::closed : it->second;
  if (known != from) {
    violations.push_back("case " + std::to_string(c.id) + " moved from " + cj::stage_name(from) +
                         " but was in " + cj::stage_name(known));
  }
  if (to == cj::Stage::closed) {
    where.erase(c.id);
  } else {
    where[c.id] = to;
  }
}

void CaseLog::on_closed(const cj::CaseRecord& c) {
  closed.push_back(c);
  if (c.outcome == cj::Outcome::open) violations.push_back("closed case without an outcome");
}

void CaseLog::on_open_at_horizon(const cj::CaseRecord& c) {
  open.push_back(c);
  if (!where.count(c.id))
    violations.push_back("open case " + std::to_string(c.id) + " not in a stage");
}

}  // namespace cjtest

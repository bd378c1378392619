// An observer for tests: keeps every case's final record and checks, as the run goes, that each
// stage change starts from where the case was (no case in two places) and that a case ends once.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "models/records/observer.hpp"

namespace cjtest {

class CaseLog final : public cj::Observer {
 public:
  void on_event(const cj::CaseRecord& c, cj::CaseEvent e, double time) override;
  void on_stage(const cj::CaseRecord& c, cj::Stage from, cj::Stage to, double time) override;
  void on_closed(const cj::CaseRecord& c) override;
  void on_open_at_horizon(const cj::CaseRecord& c) override;

  std::vector<cj::CaseRecord> closed;
  std::vector<cj::CaseRecord> open;
  std::vector<std::string> violations;
  std::unordered_map<std::uint64_t, cj::Stage> where;
  std::size_t events = 0;
  // Per case: the day of its first trial listing in the magistrates' court (booked), if any.
  std::unordered_map<std::uint64_t, double> first_mags_trial_listed_at;
};

}  // namespace cjtest

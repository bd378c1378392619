// The scenario as plain typed values: everything the model needs, nothing about YAML. Read and
// checked by models/scenario/; read-only to the model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/offences.hpp"
#include "models/parameters/stages.hpp"

namespace cj {

struct CourtCalendar {
  std::vector<int> closed_weekdays{5, 6};  // 0 = Monday .. 6 = Sunday
  bool england_and_wales_bank_holidays = true;
  std::vector<Date> closed_dates;  // further days when no court sits
};

// Open cases at the start date, by stage. `age_days`: how long each has been in that stage.
struct StockStage {
  std::int64_t count = 0;
  Distribution age_days;
  std::vector<double> offence_mix;  // per group, sums to 1; empty: derived from demand
};
struct InitialState {
  StockStage investigation;
  StockStage awaiting_charge;
  StockStage magistrates;
  double magistrates_awaiting_trial_share = 0.5;  // the rest await a first hearing
  StockStage crown;
  double crown_awaiting_trial_share = 0.8;  // the rest await their PTPH
};

struct Costs {
  double investigation = 0;        // per investigation closed
  double charging_decision = 0;    // per CPS decision
  double triage = 0;               // per file submitted to the CPS
  double magistrates_session = 0;  // per session sat
  double crown_sitting_day = 0;    // per room sitting day
  double first_hearing = 0;        // per hearing, on top of court time
  double magistrates_trial = 0;
  double ptph = 0;
  double crown_trial = 0;
};

enum class TraceLevel : unsigned char { none = 0, cases = 1, events = 2 };

struct Outputs {
  TraceLevel trace = TraceLevel::cases;
  double period_days = 7;
};

struct Scenario {
  std::string name;
  std::string description;
  Date start{2026, 4, 1};
  double horizon_days = 365;
  int replications = 1;
  std::uint64_t seed = 1;
  CourtCalendar calendar;
  std::vector<OffenceGroup> offences;
  std::vector<LaterEntry> later_entries;
  Investigation investigation;
  Charging charging;
  Magistrates magistrates;
  Crown crown;
  Attrition attrition;
  InitialState initial_state;
  std::optional<Costs> costs;
  Outputs outputs;

  int group_index(const std::string& name) const;  // -1 if unknown
};

}  // namespace cj

// Offence groups and the demand they bring (scenario keys `offence_groups` and `demand`).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"

namespace cj {

struct MonthlyCount {
  Date month;    // day ignored: the month starting on its first day
  double count;  // cases in that month
};

struct OffenceGroup {
  std::string name;
  // Demand: reports a year at the start date, shaped by month and trend; or counts by month.
  double reports_per_year = 0;
  double trend_per_year = 0;             // growth a year: 0.02 is +2% a year, compounded
  std::array<double, 12> seasonality{};  // January..December multipliers, mean 1 (all 1 if unset)
  std::vector<MonthlyCount> monthly_reports;  // when given, replaces reports_per_year
  // Case mix.
  double domestic_abuse_share = 0;  // cases flagged domestic abuse
  double victim_share = 1;          // cases with an identifiable victim
  ModeShares mode{1, 0, 0};         // shares of summary / either-way / indictable-only
  double custody_share = 0;         // charged defendants remanded in custody
};

// Cases that enter at a later stage: e.g. a series of Crown Court receipts for a hindcast.
enum class EntryStage : unsigned char { charging = 0, magistrates = 1, crown = 2 };

struct LaterEntry {
  std::string name;
  EntryStage stage = EntryStage::crown;
  double per_year = 0;                // or:
  std::vector<MonthlyCount> monthly;  // counts by month
  std::vector<double> offence_mix;    // per offence group, sums to 1
};

}  // namespace cj

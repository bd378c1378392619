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
  friend bool operator==(const MonthlyCount&, const MonthlyCount&) = default;
};

struct OffenceGroup {
  std::string name;
  // Demand: reports a year at the start date, shaped by month and trend; or counts by month.
  double reports_per_year = 0;
  double trend_per_year = 0;  // growth a year: 0.02 is +2% a year, compounded
  std::array<double, 12> seasonality{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // Jan..Dec, mean 1
  std::vector<MonthlyCount> monthly_reports;  // when given, replaces reports_per_year
  // Case mix.
  double domestic_abuse_share = 0;  // cases flagged domestic abuse
  double victim_share = 1;          // cases with an identifiable victim
  ModeShares mode{1, 0, 0};         // shares of summary / either-way / indictable-only
  double custody_share = 0;         // charged defendants remanded in custody

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&OffenceGroup::name, "name", "Name of the group (e.g. rape).").required();
    k.bind(&OffenceGroup::reports_per_year, "reports_per_year", unit::reports_a_year,
           limit::non_negative,
           "Crimes recorded a year at the start date, before seasonality and trend.");
    k.bind(&OffenceGroup::trend_per_year, "trend_per_year", unit::fraction_a_year,
           Range{-1, limit::kInf, true},
           "Growth of reports a year, compounded: 0.02 is +2% a year.");
    k.bind(&OffenceGroup::seasonality, "seasonality", unit::multipliers,
           "Twelve monthly multipliers of reports, January first; scaled to mean 1.");
    k.bind(&OffenceGroup::monthly_reports, "monthly_reports", unit::reports_a_month,
           "Reports by month ({2026-04: 250, ...}); when given, replaces reports_per_year.");
    k.bind(&OffenceGroup::domestic_abuse_share, "domestic_abuse_share", unit::share,
           limit::probability, "Cases flagged domestic abuse.");
    k.bind(&OffenceGroup::victim_share, "victim_share", unit::share, limit::probability,
           "Cases with an identifiable victim.");
    k.section(&OffenceGroup::mode, "mode",
              "Mode of trial: shares of summary, either-way and indictable-only cases (sum 1).");
    k.bind(&OffenceGroup::custody_share, "custody_share", unit::share, limit::probability,
           "Charged defendants remanded in custody.");
  }
};

// Cases that enter at a later stage: e.g. a series of Crown Court receipts for a hindcast.
enum class EntryStage : unsigned char { charging = 0, magistrates = 1, crown = 2 };
inline constexpr std::array<Choice<EntryStage>, 3> kEntryStages{
    {{"charging", EntryStage::charging},
     {"magistrates", EntryStage::magistrates},
     {"crown", EntryStage::crown}}};

struct LaterEntry {
  std::string name;
  EntryStage stage = EntryStage::crown;
  double per_year = 0;                // or:
  std::vector<MonthlyCount> monthly;  // counts by month
  std::vector<double> offence_mix;    // per offence group, sums to 1

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&LaterEntry::name, "name", "Name of the series.").required();
    k.bind(&LaterEntry::stage, "stage", kEntryStages, "Stage the cases enter.");
    k.bind(&LaterEntry::per_year, "per_year", unit::cases_a_year, limit::non_negative,
           "Cases a year, evenly spread.")
        .alternative_to("monthly");
    k.bind(&LaterEntry::monthly, "monthly", unit::cases_a_month,
           "Cases by month, instead of per_year.")
        .optional()
        .alternative_to("per_year");
    k.bind(&LaterEntry::offence_mix, "offence_mix", as::group_shares, unit::share,
           "Shares of the offence groups (sum 1).")
        .required();
  }
};

}  // namespace cj

// The scenario as plain typed values: everything the model needs, nothing about YAML. Read and
// checked by models/scenario/, which fills each member through the keys declared beside it;
// read-only to the model.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/offences.hpp"
#include "models/parameters/stages.hpp"

namespace cj {

inline constexpr std::array<Choice<bool>, 2> kBankHolidays{
    {{"england-and-wales", true}, {"none", false}}};

struct CourtCalendar {
  std::vector<int> closed_weekdays{5, 6};  // 0 = Monday .. 6 = Sunday
  bool england_and_wales_bank_holidays = true;
  std::vector<Date> closed_dates;  // further days when no court sits

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&CourtCalendar::closed_weekdays, "closed_weekdays", as::weekdays,
           "Weekdays on which no court sits.");
    k.bind(&CourtCalendar::england_and_wales_bank_holidays, "bank_holidays", kBankHolidays,
           "Bank holidays on which no court sits.");
    k.bind(&CourtCalendar::closed_dates, "closed_dates",
           "Further days on which no court sits (one-off holidays, closures).");
  }
};

// Open cases at the start date, by stage. `age_days`: how long each has been in that stage.
struct StockStage {
  std::int64_t count = 0;
  Distribution age_days;
  std::vector<double> offence_mix;  // per group, sums to 1; empty: derived from demand

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&StockStage::count, "count", unit::cases, limit::non_negative, "Open cases.");
    k.bind(&StockStage::age_days, "age_days", unit::days, "How long each has been in this stage.");
    k.bind(&StockStage::offence_mix, "offence_mix", as::group_shares, unit::share,
           "Shares of the offence groups (sum 1); {}: as the demand.");
  }
};

inline constexpr const char* kSteadyStateAges =
    "Draw each case's age from the stage's own steady state (its group's duration, "
    "length-biased: the long ones are the ones still open) instead of age_days, so that the "
    "opening weeks' flows neither bunch nor starve.";

struct InitialState {
  StockStage investigation;
  bool investigation_steady_state_ages = false;  // ages from the stage's durations, not age_days
  StockStage awaiting_charge;
  bool awaiting_charge_steady_state_ages = false;
  StockStage magistrates;
  double magistrates_awaiting_trial_share = 0.5;  // the rest await a first hearing
  double magistrates_awaiting_sentence_share = 0;
  StockStage crown;
  double crown_awaiting_trial_share = 0.8;  // the rest await their PTPH
  double crown_awaiting_sentence_share = 0;

  template <class Keys>
  static void declare(Keys& k) {
    k.section(&InitialState::investigation, "investigation", "Open investigations.");
    k.bind(&InitialState::investigation_steady_state_ages, "investigation.steady_state_ages",
           kSteadyStateAges);
    k.section(&InitialState::awaiting_charge, "awaiting_charge",
              "Files with the CPS (triage, rework or decision).");
    k.bind(&InitialState::awaiting_charge_steady_state_ages, "awaiting_charge.steady_state_ages",
           kSteadyStateAges);
    k.section(&InitialState::magistrates, "magistrates", "Open cases in the magistrates' courts.");
    k.bind(&InitialState::magistrates_awaiting_trial_share, "magistrates.awaiting_trial_share",
           unit::share, limit::probability,
           "Cases awaiting trial, the oldest (the rest await a first hearing).");
    k.bind(&InitialState::magistrates_awaiting_sentence_share,
           "magistrates.awaiting_sentence_share", unit::share, limit::probability,
           "Cases that have pleaded guilty and await sentence after reports, the next oldest.");
    k.section(&InitialState::crown, "crown", "Open cases in the Crown Court.");
    k.bind(&InitialState::crown_awaiting_trial_share, "crown.awaiting_trial_share", unit::share,
           limit::probability, "Cases awaiting trial, the oldest (the rest await a PTPH).");
    k.bind(&InitialState::crown_awaiting_sentence_share, "crown.awaiting_sentence_share",
           unit::share, limit::probability,
           "Cases that have pleaded guilty and await sentence, the next oldest.");
  }
};

// Unit costs in GBP.
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
  double investigator_hour = 0;  // per hour of EIA work by the police
  double cps_lawyer_hour = 0;    // per hour of EIA work by the CPS

  template <class Keys>
  static void declare(Keys& k) {
    const auto gbp = [&](double Costs::*member, const char* key, const char* meaning) {
      k.bind(member, key, unit::gbp, limit::non_negative, meaning);
    };
    gbp(&Costs::investigation, "investigation", "Per investigation closed.");
    gbp(&Costs::charging_decision, "charging_decision", "Per CPS decision.");
    gbp(&Costs::triage, "triage", "Per file submitted to the CPS.");
    gbp(&Costs::magistrates_session, "magistrates_session", "Per magistrates' session sat.");
    gbp(&Costs::crown_sitting_day, "crown_sitting_day", "Per Crown Court room sitting day.");
    gbp(&Costs::first_hearing, "first_hearing", "Per first hearing, on top of court time.");
    gbp(&Costs::magistrates_trial, "magistrates_trial",
        "Per magistrates' trial, on top of court time.");
    gbp(&Costs::ptph, "ptph", "Per PTPH, on top of court time.");
    gbp(&Costs::crown_trial, "crown_trial", "Per Crown Court trial, on top of court time.");
    // EIA is extra work beside what the unit costs above pay for, so it is costed by the hour.
    k.bind(
        &Costs::investigator_hour, "investigator_hour", unit::gbp_an_hour, limit::non_negative,
        "Per investigator hour acting on early investigative advice (with investigation teams).");
    k.bind(&Costs::cps_lawyer_hour, "cps_lawyer_hour", unit::gbp_an_hour, limit::non_negative,
           "Per CPS lawyer hour of early investigative advice (with charging teams).");
  }
};

enum class TraceLevel : unsigned char { none = 0, cases = 1, events = 2 };
inline constexpr std::array<Choice<TraceLevel>, 3> kTraceLevels{
    {{"none", TraceLevel::none}, {"cases", TraceLevel::cases}, {"events", TraceLevel::events}}};

struct Outputs {
  TraceLevel trace = TraceLevel::cases;
  double period_days = 7;

  template <class Keys>
  static void declare(Keys& k) {
    k.bind(&Outputs::trace, "trace", kTraceLevels,
           "none: time series and summaries only; cases: also one row per case; events: also "
           "every state change.");
    k.bind(&Outputs::period_days, "period_days", unit::days, limit::at_least_one,
           "Length of a period of the time series.");
  }
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

  template <class Keys>
  static void declare(Keys& k) {
    declare_header(k);
    k.section(&Scenario::calendar, "calendar", "Days on which courts sit.");
    k.list(&Scenario::offences, "offence_groups",
           "Offence groups: the demand and the case mix of each. At least one; names unique. "
           "Values that may vary by group are given per group under each stage's `by_offence`.")
        .required();
    k.section("demand", "Demand that does not start with a report.");
    k.list(&Scenario::later_entries, "demand.later_entries",
           "Cases that enter at a later stage (e.g. Crown Court receipts for a hindcast). Names "
           "unique.");
    k.section(&Scenario::investigation, "investigation",
              "Police investigation, from report to outcome.");
    k.section(&Scenario::charging, "charging", "Charging decision, by the police or the CPS.");
    k.section(&Scenario::magistrates, "magistrates", "Magistrates' courts.");
    k.section(&Scenario::crown, "crown", "The Crown Court.");
    k.section(&Scenario::attrition, "attrition", "Victims withdrawing support (a competing risk).");
    k.section(&Scenario::initial_state, "initial_state", "Cases already open at the start date.");
    k.optional_section(&Scenario::costs, "costs",
                       "Unit costs in GBP; `none`: costs are not reported.");
    k.section(&Scenario::outputs, "outputs", "What a run records.");
  }

 private:
  template <class Keys>
  static void declare_header(Keys& k) {
    k.bind(&Scenario::name, "name", "Name of the scenario, shown in outputs.").required();
    k.bind(&Scenario::description, "description", "What the scenario is for.");
    // Read by the scenario reader before anything else; it fills no member.
    k.template input<FilePath>("extends",
                               "A scenario file this one changes, relative to this file. Merged "
                               "before everything else; not kept in the resolved scenario.")
        .optional();
    k.bind(&Scenario::start, "start", "First day simulated.");
    // A rule turns it into horizon_days (whole years count calendar days from the start).
    k.template input<double>("horizon_years", unit::years, Range{0, 50, true},
                             "Length of the run. Whole years count calendar days from `start`; a "
                             "fraction of a year is that fraction of 365.25 days.")
        .optional()
        .alternative_to("horizon_days");
    k.bind(&Scenario::horizon_days, "horizon_days", unit::days, Range{0, 50 * 365.25, true},
           "Length of the run in days, when `horizon_years` is not given.")
        .alternative_to("horizon_years");
    k.bind(&Scenario::replications, "replications", unit::runs, Range{1, 10000},
           "Independent runs of each point, for uncertainty bands.");
    k.bind(&Scenario::seed, "seed", "Master seed: every run's random streams derive from it.");
  }
};

}  // namespace cj

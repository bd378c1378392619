// What each value of the case record's enumerations is called, declared once: the name scripts,
// series and HDF5 enumerations use, the label planners read, and the facts a reader needs about
// it (whether an outcome ends a case before or after charge, whether a stage comes before
// charge). The model's probes name their series from these tables, and every result file
// carries the tables under /labels, so that readers (the report) need no copy of them.
//
// To add a value: its enumerator in case.hpp and its row here, rows in value order (a
// static_assert checks the order).
#pragma once

#include <array>
#include <cstddef>

#include "models/records/case.hpp"

namespace cj {

struct StageLabel {
  Stage value;
  const char* name;
  const char* label;        // as planners say it
  const char* caseload;     // what its open cases are called on a chart
  const char* received_as;  // how the cases arriving in it are described
  const char* moved_on_as;  // what leaving it for the next stage is called ("" for none)
  bool open;                // a case can be open in it
  bool before_charge;
};

struct OutcomeLabel {
  Outcome value;
  const char* name;
  const char* label;
  bool before_charge;  // ends a case before it is charged
  bool after_charge;   // ends a prosecution
  bool conviction;
  bool victim_withdrawal;
};

struct CourtLabel {
  Court value;
  const char* name;
  const char* label;        // as a heading
  const char* in_sentence;  // as in "completed in the Crown Court"
  const char* capacity;     // its court time series: <capacity>_available, <capacity>_used
};

struct TrialResultLabel {
  TrialResult value;
  const char* name;
  const char* label;
};

inline constexpr std::array<StageLabel, kOpenStages + 1> kStageLabels{{
    {Stage::investigation, "investigation", "Police investigation", "Open police investigations",
     "reported", "File submitted", true, true},
    {Stage::awaiting_charge, "awaiting_charge", "Awaiting a charging decision",
     "Files awaiting a charging decision", "submitted to the CPS", "Charged", true, true},
    {Stage::magistrates, "magistrates", "Magistrates' court", "Magistrates' court open caseload",
     "charged", "Sent to the Crown Court", true, false},
    {Stage::crown, "crown", "Crown Court", "Crown Court open caseload", "sent by magistrates", "",
     true, false},
    {Stage::closed, "closed", "Closed", "", "", "", false, false},
}};

inline constexpr std::array<OutcomeLabel, kOutcomes> kOutcomeLabels{{
    {Outcome::open, "open", "Still open at the horizon", false, false, false, false},
    {Outcome::convicted_plea, "convicted_plea", "Convicted on a guilty plea", false, true, true,
     false},
    {Outcome::convicted_verdict, "convicted_verdict", "Convicted at trial", false, true, true,
     false},
    {Outcome::acquitted, "acquitted", "Acquitted", false, true, false, false},
    {Outcome::discontinued, "discontinued", "Discontinued", false, true, false, false},
    {Outcome::victim_withdrawn_pre_charge, "victim_withdrawn_pre_charge",
     "Victim withdrew (outcome 16)", true, false, false, true},
    {Outcome::victim_withdrawn_post_charge, "victim_withdrawn_post_charge",
     "Victim withdrew after charge", false, true, false, true},
    {Outcome::no_further_action, "no_further_action", "No further action", true, false, false,
     false},
    {Outcome::out_of_court, "out_of_court", "Out-of-court resolution", true, false, false, false},
}};

inline constexpr std::array<CourtLabel, kCourts> kCourtLabels{{
    {Court::magistrates, "magistrates", "Magistrates' court", "the magistrates' court",
     "magistrates_sessions"},
    {Court::crown, "crown", "Crown Court", "the Crown Court", "crown_sitting_days"},
}};

inline constexpr std::array<TrialResultLabel, kTrialResults> kTrialResultLabels{{
    {TrialResult::effective, "effective", "Effective: the trial went ahead"},
    {TrialResult::cracked, "cracked", "Cracked: ended on the day without a trial"},
    {TrialResult::ineffective, "ineffective", "Ineffective: could not go ahead, relisted"},
}};

// Enumerations that need only a name.
inline constexpr std::array<const char*, kModes> kModeNames{"summary", "either_way", "indictable"};
inline constexpr std::array<const char*, kCaseEvents> kCaseEventNames{
    "reported",          "opened_from_stock", "file_submitted", "file_returned",
    "file_accepted",     "charged",           "hearing_listed", "first_hearing",
    "hearing_adjourned", "guilty_plea",       "sent_to_crown",  "ptph",
    "trial_listed",      "trial_effective",   "trial_cracked",  "trial_ineffective",
    "sentenced",         "victim_withdrew",   "closed",         "custody_time_limit_breached",
    "not_guilty_plea"};
inline constexpr std::array<const char*, kIneffectiveCauses> kIneffectiveCauseNames{
    "none",          "witness_absent", "defence_not_ready", "prosecution_not_ready",
    "no_court_time", "other"};

template <class Table>
constexpr bool in_value_order(const Table& table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (static_cast<std::size_t>(table[i].value) != i) return false;
  }
  return true;
}
static_assert(in_value_order(kStageLabels) && in_value_order(kOutcomeLabels) &&
              in_value_order(kCourtLabels) && in_value_order(kTrialResultLabels));

constexpr std::size_t index_of(Stage s) {
  return static_cast<std::size_t>(s);
}
constexpr std::size_t index_of(Outcome o) {
  return static_cast<std::size_t>(o);
}
constexpr std::size_t index_of(Court c) {
  return static_cast<std::size_t>(c);
}
constexpr std::size_t index_of(TrialResult r) {
  return static_cast<std::size_t>(r);
}
constexpr std::size_t index_of(IneffectiveCause c) {
  return static_cast<std::size_t>(c);
}

constexpr const StageLabel& label_of(Stage s) {
  return kStageLabels[index_of(s)];
}
constexpr const OutcomeLabel& label_of(Outcome o) {
  return kOutcomeLabels[index_of(o)];
}
constexpr const CourtLabel& label_of(Court c) {
  return kCourtLabels[index_of(c)];
}
constexpr const TrialResultLabel& label_of(TrialResult r) {
  return kTrialResultLabels[index_of(r)];
}

// The names of every value of an enumeration, in value order (for HDF5 enumeration types).
template <class Table>
constexpr auto names_of(const Table& table) {
  std::array<const char*, std::tuple_size_v<Table>> names{};
  for (std::size_t i = 0; i < table.size(); ++i) names[i] = table[i].name;
  return names;
}
template <class E>
constexpr auto enum_names();
template <>
constexpr auto enum_names<Mode>() {
  return kModeNames;
}
template <>
constexpr auto enum_names<Stage>() {
  return names_of(kStageLabels);
}
template <>
constexpr auto enum_names<Outcome>() {
  return names_of(kOutcomeLabels);
}
template <>
constexpr auto enum_names<CaseEvent>() {
  return kCaseEventNames;
}
template <>
constexpr auto enum_names<IneffectiveCause>() {
  return kIneffectiveCauseNames;
}
template <>
constexpr auto enum_names<Court>() {
  return names_of(kCourtLabels);
}
template <>
constexpr auto enum_names<TrialResult>() {
  return names_of(kTrialResultLabels);
}

}  // namespace cj

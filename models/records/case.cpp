#include "models/records/case.hpp"

namespace cj {

const char* mode_name(Mode m) {
  switch (m) {
    case Mode::summary:
      return "summary";
    case Mode::either_way:
      return "either_way";
    case Mode::indictable:
      return "indictable";
  }
  return "?";
}

const char* stage_name(Stage s) {
  switch (s) {
    case Stage::investigation:
      return "investigation";
    case Stage::awaiting_charge:
      return "awaiting_charge";
    case Stage::magistrates:
      return "magistrates";
    case Stage::crown:
      return "crown";
    case Stage::closed:
      return "closed";
  }
  return "?";
}

const char* outcome_name(Outcome o) {
  static constexpr const char* names[] = {"open",
                                          "convicted_plea",
                                          "convicted_verdict",
                                          "acquitted",
                                          "discontinued",
                                          "victim_withdrawn_pre_charge",
                                          "victim_withdrawn_post_charge",
                                          "no_further_action",
                                          "out_of_court"};
  const auto i = static_cast<int>(o);
  return i < kOutcomes ? names[i] : "?";
}

const char* case_event_name(CaseEvent e) {
  static constexpr const char* names[] = {
      "reported",          "opened_from_stock", "file_submitted", "file_returned",
      "file_accepted",     "charged",           "hearing_listed", "first_hearing",
      "hearing_adjourned", "guilty_plea",       "sent_to_crown",  "ptph",
      "trial_listed",      "trial_effective",   "trial_cracked",  "trial_ineffective",
      "sentenced",         "victim_withdrew",   "closed",         "custody_time_limit_breached",
      "not_guilty_plea"};
  const auto i = static_cast<int>(e);
  return i < kCaseEvents ? names[i] : "?";
}

const char* ineffective_cause_name(IneffectiveCause c) {
  static constexpr const char* names[] = {
      "none",          "witness_absent", "defence_not_ready", "prosecution_not_ready",
      "no_court_time", "other"};
  const auto i = static_cast<int>(c);
  return i < kIneffectiveCauses ? names[i] : "?";
}

}  // namespace cj

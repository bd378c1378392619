// What a case is, as the outputs see it: its offence, flags, milestone dates, counts and outcome.
// Times are days since the scenario's start (negative for cases already open at the start); a
// milestone not reached is NaN. What each enumerator is called: labels.hpp; how each member is
// stored in the /cases trace: case_fields.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <limits>

namespace cj {

// Mode of trial: which courts may try the offence.
enum class Mode : unsigned char { summary = 0, either_way = 1, indictable = 2 };
inline constexpr int kModes = 3;
const char* mode_name(Mode m);

// The courts a case can be heard in (court time is reported by court).
enum class Court : std::uint8_t { magistrates = 0, crown = 1 };
inline constexpr int kCourts = 2;

enum class Stage : std::uint8_t {
  investigation = 0,
  awaiting_charge = 1,  // file with the CPS: triage, rework, decision
  magistrates = 2,
  crown = 3,
  closed = 4,
};
inline constexpr int kOpenStages = 4;
const char* stage_name(Stage s);

enum class Outcome : std::uint8_t {
  open = 0,
  convicted_plea = 1,
  convicted_verdict = 2,
  acquitted = 3,
  discontinued = 4,
  victim_withdrawn_pre_charge = 5,  // Home Office outcome 16
  victim_withdrawn_post_charge = 6,
  no_further_action = 7,
  out_of_court = 8,
};
inline constexpr int kOutcomes = 9;
const char* outcome_name(Outcome o);

// State changes reported to observers (and traced with --trace events).
enum class CaseEvent : std::uint8_t {
  reported = 0,
  opened_from_stock = 1,
  file_submitted = 2,
  file_returned = 3,
  file_accepted = 4,
  charged = 5,
  hearing_listed = 6,
  first_hearing = 7,
  hearing_adjourned = 8,
  guilty_plea = 9,
  sent_to_crown = 10,
  ptph = 11,
  trial_listed = 12,
  trial_effective = 13,
  trial_cracked = 14,
  trial_ineffective = 15,
  sentenced = 16,
  victim_withdrew = 17,
  closed = 18,
  custody_time_limit_breached = 19,
  not_guilty_plea = 20,
};
inline constexpr int kCaseEvents = 21;
const char* case_event_name(CaseEvent e);

// Why a trial listing was ineffective.
enum class IneffectiveCause : std::uint8_t {
  none = 0,
  witness_absent = 1,
  defence_not_ready = 2,
  prosecution_not_ready = 3,
  no_court_time = 4,
  other = 5,
};
inline constexpr int kIneffectiveCauses = 6;
const char* ineffective_cause_name(IneffectiveCause c);

// How a trial listing went on the day.
enum class TrialResult : std::uint8_t { effective = 0, cracked = 1, ineffective = 2 };
inline constexpr int kTrialResults = 3;

inline constexpr double kNotReached = std::numeric_limits<double>::quiet_NaN();
inline constexpr int kTrialListingsKept = 4;
inline constexpr std::uint8_t kNoCourt = 255;

struct CaseRecord {
  std::uint64_t id = 0;
  std::uint16_t group = 0;  // offence group index
  Mode mode = Mode::summary;
  bool domestic_abuse = false;
  bool has_victim = false;
  bool victim_supported = false;
  bool custody = false;
  bool eia = false;
  bool from_stock = false;  // open at the start date
  bool committed_for_sentence =
      false;  // convicted in the magistrates' court, sentenced at the Crown
  std::uint8_t magistrates_court = kNoCourt;  // index in the scenario's magistrates.courts
  std::uint8_t crown_centre = kNoCourt;       // index in crown.centres, once sent
  Stage stage = Stage::investigation;         // current stage; the last open stage once closed
  Outcome outcome = Outcome::open;
  std::uint8_t submissions = 0;           // files sent to the CPS
  std::uint8_t hearings = 0;              // hearings attended (all courts)
  std::uint8_t ineffective_listings = 0;  // trial listings that did not go ahead
  std::uint8_t trial_listings = 0;
  IneffectiveCause ineffective_cause = IneffectiveCause::none;  // of the latest ineffective listing
  float direct_cost = 0;  // unit costs of this case's own investigation, decisions and hearings
  double report = kNotReached;
  double file_submitted = kNotReached;  // first submission to the CPS
  double charge = kNotReached;
  double first_hearing = kNotReached;
  double sent_to_crown = kNotReached;
  double ptph = kNotReached;
  std::array<double, kTrialListingsKept> trial_dates{kNotReached, kNotReached, kNotReached,
                                                     kNotReached};  // the first four listings
  double end = kNotReached;
};

}  // namespace cj

// The rows of the /cases and /events traces. The memory layout is the file layout (the HDF5
// compound type is built from these structs with offsetof), so rows go to disk without
// conversion; padding bytes are zeroed so that identical inputs give identical files.
#pragma once

#include <cstdint>
#include <string>

#include "models/records/case.hpp"
#include "output/hdf5_handles.hpp"

namespace out {

// Milestone dates in /cases are float32 days since the start, rounded to this step (5.6 minutes):
// exact for whole and half days, and the same absolute resolution for any date within 89 years of
// the start. The rounding makes random times compress better (about 1.6 bytes a case).
inline constexpr double kTraceTimeResolutionDays = 1.0 / 256;

struct CaseRow {
  std::uint32_t run;  // row of /runs (0 in a part: the merge sets it)
  std::uint64_t case_id;
  std::uint16_t offence_group;
  std::uint8_t mode;  // cj::Mode
  std::uint8_t domestic_abuse;
  std::uint8_t custody;
  std::uint8_t has_victim;
  std::uint8_t victim_supported;
  std::uint8_t eia;
  std::uint8_t from_stock;
  float report;
  float file_submitted;
  float charge;
  float first_hearing;
  float sent_to_crown;
  float ptph;
  float trial_1;
  float trial_2;
  float trial_3;
  float trial_4;
  float end;
  std::uint8_t submissions;
  std::uint8_t hearings;
  std::uint8_t ineffective_listings;
  std::uint8_t trial_listings;
  std::uint8_t outcome;  // cj::Outcome
  std::uint8_t stage;    // cj::Stage
  std::uint8_t committed_for_sentence;
  std::uint8_t magistrates_court;  // index into the scenario's courts; 255: none
  std::uint8_t crown_centre;       // index into the scenario's centres; 255: none
  std::uint8_t ineffective_cause;  // cj::IneffectiveCause of the latest ineffective listing
  float direct_cost;               // unit costs this case incurred
};

struct EventRow {
  std::uint32_t run;
  std::uint64_t case_id;
  double time;
  std::uint8_t event;  // cj::CaseEvent
  std::uint8_t stage;  // cj::Stage after the event
};

// `outcome` overrides the record's (cases still open at the horizon are written as open).
CaseRow case_row(const cj::CaseRecord& c, cj::Outcome outcome);
EventRow event_row(const cj::CaseRecord& c, cj::CaseEvent event, double time);
float trace_time(double days);  // rounded as described above; NaN stays NaN

h5::Type case_row_type();
h5::Type event_row_type();

// Text for the `units` and `description` attributes of the trace datasets.
std::string case_fields_units(const std::string& start_date);
std::string case_fields_description();
std::string event_fields_units(const std::string& start_date);
std::string event_fields_description();

}  // namespace out

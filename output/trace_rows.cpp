#include "output/trace_rows.hpp"

#include <cmath>
#include <cstddef>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include "output/enum_types.hpp"

namespace out {

static_assert(std::is_trivially_copyable_v<CaseRow> && std::is_standard_layout_v<CaseRow>);
static_assert(std::is_trivially_copyable_v<EventRow> && std::is_standard_layout_v<EventRow>);

float trace_time(double days) {
  if (std::isnan(days)) return std::numeric_limits<float>::quiet_NaN();
  const double steps = 1 / kTraceTimeResolutionDays;
  return static_cast<float>(std::nearbyint(days * steps) / steps);
}

CaseRow case_row(const cj::CaseRecord& c, cj::Outcome outcome) {
  CaseRow r;
  std::memset(&r, 0, sizeof r);  // padding too: files must not depend on stack garbage
  r.case_id = c.id;
  r.offence_group = c.group;
  r.mode = static_cast<std::uint8_t>(c.mode);
  r.domestic_abuse = c.domestic_abuse;
  r.custody = c.custody;
  r.has_victim = c.has_victim;
  r.victim_supported = c.victim_supported;
  r.eia = c.eia;
  r.from_stock = c.from_stock;
  r.report = trace_time(c.report);
  r.file_submitted = trace_time(c.file_submitted);
  r.charge = trace_time(c.charge);
  r.first_hearing = trace_time(c.first_hearing);
  r.sent_to_crown = trace_time(c.sent_to_crown);
  r.ptph = trace_time(c.ptph);
  r.trial_1 = trace_time(c.trial_dates[0]);
  r.trial_2 = trace_time(c.trial_dates[1]);
  r.trial_3 = trace_time(c.trial_dates[2]);
  r.trial_4 = trace_time(c.trial_dates[3]);
  r.end = trace_time(c.end);
  r.submissions = c.submissions;
  r.hearings = c.hearings;
  r.ineffective_listings = c.ineffective_listings;
  r.trial_listings = c.trial_listings;
  r.outcome = static_cast<std::uint8_t>(outcome);
  r.stage = static_cast<std::uint8_t>(c.stage);
  r.committed_for_sentence = c.committed_for_sentence;
  r.magistrates_court = c.magistrates_court;
  r.crown_centre = c.crown_centre;
  r.ineffective_cause = static_cast<std::uint8_t>(c.ineffective_cause);
  r.direct_cost = c.direct_cost;
  return r;
}

EventRow event_row(const cj::CaseRecord& c, cj::CaseEvent event, double time) {
  EventRow r;
  std::memset(&r, 0, sizeof r);
  r.case_id = c.id;
  r.time = time;
  r.event = static_cast<std::uint8_t>(event);
  r.stage = static_cast<std::uint8_t>(c.stage);
  return r;
}

namespace {

void insert(hid_t compound, const char* name, std::size_t offset, hid_t type) {
  if (H5Tinsert(compound, name, offset, type) < 0) {
    throw std::runtime_error(std::string("HDF5: cannot add the field ") + name);
  }
}

}  // namespace

h5::Type case_row_type() {
  h5::Type t(H5Tcreate(H5T_COMPOUND, sizeof(CaseRow)));
  if (!t) throw std::runtime_error("HDF5: cannot create the case row type");
  const h5::Type mode = mode_enum_type();
  const h5::Type outcome = outcome_enum_type();
  const h5::Type stage = stage_enum_type();
  const hid_t u8 = H5T_NATIVE_UINT8;
  const hid_t f32 = H5T_NATIVE_FLOAT;
  insert(t.get(), "run", offsetof(CaseRow, run), H5T_NATIVE_UINT32);
  insert(t.get(), "case_id", offsetof(CaseRow, case_id), H5T_NATIVE_UINT64);
  insert(t.get(), "offence_group", offsetof(CaseRow, offence_group), H5T_NATIVE_UINT16);
  insert(t.get(), "mode", offsetof(CaseRow, mode), mode.get());
  insert(t.get(), "domestic_abuse", offsetof(CaseRow, domestic_abuse), u8);
  insert(t.get(), "custody", offsetof(CaseRow, custody), u8);
  insert(t.get(), "has_victim", offsetof(CaseRow, has_victim), u8);
  insert(t.get(), "victim_supported", offsetof(CaseRow, victim_supported), u8);
  insert(t.get(), "eia", offsetof(CaseRow, eia), u8);
  insert(t.get(), "from_stock", offsetof(CaseRow, from_stock), u8);
  insert(t.get(), "report", offsetof(CaseRow, report), f32);
  insert(t.get(), "file_submitted", offsetof(CaseRow, file_submitted), f32);
  insert(t.get(), "charge", offsetof(CaseRow, charge), f32);
  insert(t.get(), "first_hearing", offsetof(CaseRow, first_hearing), f32);
  insert(t.get(), "sent_to_crown", offsetof(CaseRow, sent_to_crown), f32);
  insert(t.get(), "ptph", offsetof(CaseRow, ptph), f32);
  insert(t.get(), "trial_1", offsetof(CaseRow, trial_1), f32);
  insert(t.get(), "trial_2", offsetof(CaseRow, trial_2), f32);
  insert(t.get(), "trial_3", offsetof(CaseRow, trial_3), f32);
  insert(t.get(), "trial_4", offsetof(CaseRow, trial_4), f32);
  insert(t.get(), "end", offsetof(CaseRow, end), f32);
  insert(t.get(), "submissions", offsetof(CaseRow, submissions), u8);
  insert(t.get(), "hearings", offsetof(CaseRow, hearings), u8);
  insert(t.get(), "ineffective_listings", offsetof(CaseRow, ineffective_listings), u8);
  insert(t.get(), "trial_listings", offsetof(CaseRow, trial_listings), u8);
  insert(t.get(), "outcome", offsetof(CaseRow, outcome), outcome.get());
  insert(t.get(), "stage", offsetof(CaseRow, stage), stage.get());
  insert(t.get(), "committed_for_sentence", offsetof(CaseRow, committed_for_sentence), u8);
  insert(t.get(), "magistrates_court", offsetof(CaseRow, magistrates_court), u8);
  insert(t.get(), "crown_centre", offsetof(CaseRow, crown_centre), u8);
  const h5::Type cause = ineffective_cause_enum_type();
  insert(t.get(), "ineffective_cause", offsetof(CaseRow, ineffective_cause), cause.get());
  insert(t.get(), "direct_cost", offsetof(CaseRow, direct_cost), f32);
  return t;
}

h5::Type event_row_type() {
  h5::Type t(H5Tcreate(H5T_COMPOUND, sizeof(EventRow)));
  if (!t) throw std::runtime_error("HDF5: cannot create the event row type");
  const h5::Type event = event_enum_type();
  const h5::Type stage = stage_enum_type();
  insert(t.get(), "run", offsetof(EventRow, run), H5T_NATIVE_UINT32);
  insert(t.get(), "case_id", offsetof(EventRow, case_id), H5T_NATIVE_UINT64);
  insert(t.get(), "time", offsetof(EventRow, time), H5T_NATIVE_DOUBLE);
  insert(t.get(), "event", offsetof(EventRow, event), event.get());
  insert(t.get(), "stage", offsetof(EventRow, stage), stage.get());
  return t;
}

std::string case_fields_units(const std::string& start_date) {
  return "report, file_submitted, charge, first_hearing, sent_to_crown, ptph, trial_1..trial_4, "
         "end: days since " +
         start_date +
         "; submissions, hearings, ineffective_listings, trial_listings: counts; flags: 1 true, "
         "0 false; direct_cost: GBP";
}

std::string case_fields_description() {
  return "One row per case and run; the rows of run r follow those of runs before r. "
         "run: row of /runs. case_id: the case's number within its run. "
         "offence_group: index into /offence_groups (also the `mapping` attribute). "
         "mode: mode of trial. domestic_abuse, has_victim: flags of the offence; custody: "
         "remanded after charge; victim_supported: the victim had IDVA/ISVA support; eia: early "
         "investigative advice used; from_stock: already open at the start date. "
         "report .. end: milestone dates in days since the start (negative before it), NaN if not "
         "reached; float32 rounded to 1/256 day (see attribute time_resolution_days). "
         "file_submitted: first submission to the CPS; trial_1..trial_4: the first four trial "
         "listings. submissions: files sent to the CPS; hearings: hearings attended; "
         "ineffective_listings: trial listings that did not go ahead; trial_listings: all trial "
         "listings. outcome: how the case ended, `open` if still open at the horizon. stage: for "
         "closed cases the stage they ended in, for open cases the stage they were in. "
         "committed_for_sentence: convicted on a plea in the magistrates' court and sentenced in "
         "the Crown Court. magistrates_court, crown_centre: index into the scenario's courts and "
         "centres (attributes magistrates_court_mapping, crown_centre_mapping), 255 if none. "
         "ineffective_cause: the cause of the latest ineffective trial listing. direct_cost: the "
         "unit costs of the case's own investigation, decisions and hearings.";
}

std::string event_fields_units(const std::string& start_date) {
  return "time: days since " + start_date;
}

std::string event_fields_description() {
  return "One row per state change of a case, in the order they happened within each run; the "
         "rows of run r follow those of runs before r. run: row of /runs. case_id: the case's "
         "number within its run (as in /cases). time: when (float64, exact). event: what "
         "happened. stage: the case's stage after the event.";
}

}  // namespace out

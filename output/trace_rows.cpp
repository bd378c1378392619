#include "output/trace_rows.hpp"

#include "output/field_text.hpp"
#include "output/row_types.hpp"

namespace out {

CaseRow case_row(const cj::CaseRecord& c, cj::Outcome outcome) {
  if (c.outcome == outcome) return CaseRow::of(c);
  cj::CaseRecord as_written = c;
  as_written.outcome = outcome;
  return CaseRow::of(as_written);
}

EventRow event_row(const cj::CaseRecord& c, cj::CaseEvent event, double time) {
  return EventRow::of({c, event, time});
}

h5::Type case_row_type() {
  return row_type<kCaseTrace>();
}

h5::Type event_row_type() {
  return row_type<kEventTrace>();
}

std::string case_fields_units(const std::string& start_date) {
  return fields_units(fields_of<kCaseTrace>(), start_date);
}

std::string case_fields_description() {
  return fields_description(
      "One row per case and run; the rows of run r follow those of runs before r.",
      fields_of<kCaseTrace>());
}

std::string event_fields_units(const std::string& start_date) {
  return fields_units(fields_of<kEventTrace>(), start_date);
}

std::string event_fields_description() {
  return fields_description(
      "One row per state change of a case, in the order they happened within each run; the "
      "rows of run r follow those of runs before r.",
      fields_of<kEventTrace>());
}

}  // namespace out

#include "output/trace_rows.hpp"

#include "output/field_text.hpp"
#include "output/row_types.hpp"

namespace out {

CaseRow case_row(const cj::CaseRecord& c, cj::Outcome outcome) {
  static constexpr std::size_t kOutcome = field_offset<kCaseTrace>("outcome");
  CaseRow row = CaseRow::of(c);
  if (outcome != c.outcome) row.set_at(kOutcome, outcome);
  return row;
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

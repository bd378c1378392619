// The rows of the /cases and /events traces: the `run` column (the row of /runs; 0 in a part,
// set by the merge), then the columns declared in models/records/case_fields.hpp. The memory
// layout is the file layout, so rows go to disk without conversion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>

#include "models/records/case_fields.hpp"
#include "output/declared_rows.hpp"
#include "output/hdf5_handles.hpp"

namespace out {

inline constexpr auto kRunField = cj::field<std::uint32_t>(
    "run", cj::FieldKind::key, [](const auto&) { return std::uint32_t{0}; }, "row of /runs");

template <class Record, class... Fields>
constexpr auto traced(const cj::FieldList<Record, Fields...>& list) {
  return cj::FieldList<Record, std::remove_const_t<decltype(kRunField)>, Fields...>{
      std::tuple_cat(std::tuple{kRunField}, list.fields)};
}

inline constexpr auto kCaseTrace = traced(cj::kCaseFields);
inline constexpr auto kEventTrace = traced(cj::kEventFields);
using CaseRow = Row<kCaseTrace>;
using EventRow = Row<kEventTrace>;
inline constexpr std::size_t kRunOffset = LayoutOf<kCaseTrace>::offsets[0];
static_assert(kRunOffset == LayoutOf<kEventTrace>::offsets[0]);

// `outcome` overrides the record's (cases still open at the horizon are written as open).
CaseRow case_row(const cj::CaseRecord& c, cj::Outcome outcome);
EventRow event_row(const cj::CaseRecord& c, cj::CaseEvent event, double time);

h5::Type case_row_type();
h5::Type event_row_type();

// Text for the `units` and `description` attributes of the trace datasets.
std::string case_fields_units(const std::string& start_date);
std::string case_fields_description();
std::string event_fields_units(const std::string& start_date);
std::string event_fields_description();

}  // namespace out

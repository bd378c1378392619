// How a record's fields are declared for the writers, once each: the column's name, the type it
// is stored as, the kind of quantity it is (which decides its units) and what it means. From a
// declaration output/ makes the row as stored (columns in declaration order at their natural
// alignment, as a C struct of the stored types would lay them out), the HDF5 compound type and
// the `units` and `description` attributes. Declarations: case_fields.hpp, label_fields.hpp.
//
// To add a column: one field(...) line in the record's declaration. Stored types: the fixed-size
// integers, bool (a 0/1 byte), float, double, TraceTime, the enumerations of case.hpp (stored as
// their HDF5 enumerations) and const char* (text).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <tuple>

namespace cj {

enum class FieldKind : std::uint8_t {
  key,        // identifies the row (a case's number)
  index,      // a position in a list the file names elsewhere (offence groups, courts)
  category,   // a value of an enumeration
  text,       // words
  milestone,  // a date a case reached, stored as TraceTime
  time,       // a date, exact
  count,
  flag,   // 1 true, 0 false
  money,  // in the scenario's currency
};

// The units of a kind of field ("" for none). Dates are in "days since" the start date, which
// the writer appends.
constexpr const char* units_of(FieldKind kind) {
  switch (kind) {
    case FieldKind::milestone:
    case FieldKind::time:
      return "days since";
    case FieldKind::count:
      return "counts";
    case FieldKind::flag:
      return "1 true, 0 false";
    case FieldKind::money:
      return "GBP";
    default:
      return "";
  }
}

// A date as the case trace stores it: float32 days since the start, rounded to this step (5.6
// minutes): exact for whole and half days, and the same absolute resolution for any date within
// 89 years of the start. The rounding makes random times compress better (about 1.6 bytes a case).
inline constexpr double kTraceTimeResolutionDays = 1.0 / 256;
struct TraceTime {
  float days;
};
inline TraceTime trace_time(double days) {
  if (std::isnan(days)) return {std::numeric_limits<float>::quiet_NaN()};
  constexpr double steps = 1 / kTraceTimeResolutionDays;
  return {static_cast<float>(std::nearbyint(days * steps) / steps)};
}

// One declared field: `Columns` consecutive columns name_1..name_N of type Stored when the
// member is an array of N values.
template <class Stored, std::size_t Columns, class Get>
struct Field {
  using stored_type = Stored;
  static constexpr std::size_t columns = Columns;
  const char* name;
  FieldKind kind;
  Get get;                  // a member pointer, or a function of the record
  const char* description;  // "" when the kind says it all (a milestone named by its column)
};

template <class Stored, std::size_t Columns = 1, class Get>
constexpr Field<Stored, Columns, Get> field(const char* name, FieldKind kind, Get get,
                                            const char* description) {
  return {name, kind, get, description};
}

// The fields of one record type, in column order.
template <class Record, class... Fields>
struct FieldList {
  using record_type = Record;
  std::tuple<Fields...> fields;
};

template <class Record, class... Fields>
constexpr FieldList<Record, Fields...> fields_of(Fields... fields) {
  return {{fields...}};
}

}  // namespace cj

// Internal. Reading single values: numbers, integers, booleans, dates, months, weekdays, `none`.
// Strict: a quoted "12" is text, not a number; `1_000`, `0x10` and `.inf` are not numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "models/records/dates.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// A plain scalar in decimal or exponent notation (finite or not: the caller checks).
std::optional<double> read_number(const Node& node);
std::optional<double> read_number_text(std::string_view text);
// An integer value (written 12, 12.0 or 1.2e1), exactly representable.
std::optional<std::int64_t> read_integer(const Node& node);
std::optional<std::uint64_t> read_unsigned(const Node& node);
// true / false (also yes / no, on / off, as yaml-cpp reads them).
std::optional<bool> read_bool(const Node& node);
// YYYY-MM-DD, a real calendar date.
std::optional<Date> read_date(const Node& node);
std::optional<Date> read_date_text(std::string_view text);
// YYYY-MM: the first day of the month.
std::optional<Date> read_month_text(std::string_view text);
// monday .. sunday to 0 .. 6.
std::optional<int> read_weekday(const Node& node);
const char* weekday_name(int weekday);
// Nothing, `none` or `null`: an optional value left out.
bool is_none(const Node& node);

// The shortest text that reads back to the same double (std::to_chars).
std::string format_double(double value);
// A sum of shares for a message: 12 significant digits, so 0.6 + 0.3 shows as 0.9.
std::string format_sum(double value);
// A plain number re-written in that form: integers written with digits only are kept as they
// are (a seed may exceed 2^53); other numbers are normalised. Anything else: nothing.
std::optional<std::string> normalised_number(const Node& node);

}  // namespace cj::scenario

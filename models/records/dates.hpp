// Civil dates for the model: the start date, rosters keyed by date, bank holidays. A Day is a
// count of days since 1970-01-01 (proleptic Gregorian), so dates subtract to day counts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cj {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend auto operator<=>(const Date&, const Date&) = default;
};

using Day = long;  // days since 1970-01-01

Day to_day(const Date& date) noexcept;
Date from_day(Day day) noexcept;
// 0 = Monday ... 6 = Sunday.
int weekday(Day day) noexcept;
// Parses "YYYY-MM-DD" (a real calendar date); nothing otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
std::string format_iso_date(const Date& date);
inline std::string format_iso_day(Day day) {
  return format_iso_date(from_day(day));
}

// Bank holidays of England and Wales in the years [first_year, last_year], with the usual
// substitute days when a holiday falls at a weekend. One-off holidays (royal events) are not
// included: add them to a scenario's closed dates.
std::vector<Day> england_and_wales_bank_holidays(int first_year, int last_year);

}  // namespace cj

#include "models/records/dates.hpp"

#include <charconv>
#include <cstdio>

namespace cj {

// Howard Hinnant's days_from_civil and civil_from_days.
Day to_day(const Date& date) noexcept {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<Day>(era) * 146097 + static_cast<Day>(doe) - 719468;
}

Date from_day(Day z) noexcept {
  z += 719468;
  const Day era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const Day y = static_cast<Day>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(Day day) noexcept {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const Day w = (day + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

namespace {
bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}
bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

// Easter Sunday (Anonymous Gregorian algorithm).
Date easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date{y, month, day};
}

Day first_weekday_on_or_after(Day day, int wd) {
  return day + (wd - weekday(day) + 7) % 7;
}
Day last_weekday_on_or_before(Day day, int wd) {
  return day - (weekday(day) - wd + 7) % 7;
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  if (!parse_int(text.substr(0, 4), d.year) || !parse_int(text.substr(5, 2), d.month) ||
      !parse_int(text.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

std::string format_iso_date(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::vector<Day> england_and_wales_bank_holidays(int first_year, int last_year) {
  constexpr int kMonday = 0;
  std::vector<Day> holidays;
  for (int y = first_year; y <= last_year; ++y) {
    // New Year's Day, moved to Monday when it falls at a weekend.
    Day ny = to_day({y, 1, 1});
    if (weekday(ny) >= 5) ny = first_weekday_on_or_after(ny, kMonday);
    holidays.push_back(ny);
    const Day easter = to_day(easter_sunday(y));
    holidays.push_back(easter - 2);                                              // Good Friday
    holidays.push_back(easter + 1);                                              // Easter Monday
    holidays.push_back(first_weekday_on_or_after(to_day({y, 5, 1}), kMonday));   // early May
    holidays.push_back(last_weekday_on_or_before(to_day({y, 5, 31}), kMonday));  // spring
    holidays.push_back(last_weekday_on_or_before(to_day({y, 8, 31}), kMonday));  // summer
    // Christmas and Boxing Day with substitutes.
    const Day christmas = to_day({y, 12, 25});
    const int wd = weekday(christmas);
    if (wd == 5) {  // Saturday: Monday 27 and Tuesday 28
      holidays.push_back(christmas + 2);
      holidays.push_back(christmas + 3);
    } else if (wd == 6) {  // Sunday: Boxing Day Monday 26, Christmas substitute Tuesday 27
      holidays.push_back(christmas + 1);
      holidays.push_back(christmas + 2);
    } else if (wd == 4) {  // Friday: Boxing Day on Saturday moves to Monday 28
      holidays.push_back(christmas);
      holidays.push_back(christmas + 3);
    } else {
      holidays.push_back(christmas);
      holidays.push_back(christmas + 1);
    }
  }
  return holidays;
}

}  // namespace cj

#include "models/scenario/scalars.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cj::scenario {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Decimal grammar: [+-] (digits [. digits?] | . digits) ([eE] [+-] digits)?
bool looks_like_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exponent_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == s.size();
}

// Whether a number that from_chars found out of range is huge rather than tiny: the decimal
// exponent of its first significant digit decides.
bool overflows(std::string_view s) {
  const std::size_t mantissa_end = std::min(s.find_first_of("eE"), s.size());
  const std::string_view mantissa = s.substr(0, mantissa_end);
  const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
  const std::size_t first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return false;
  long magnitude =
      first < point ? static_cast<long>(point - first) : -static_cast<long>(first - point);
  if (mantissa_end < s.size()) {
    std::string_view exponent = s.substr(mantissa_end + 1);
    const bool negative = !exponent.empty() && exponent.front() == '-';
    if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) {
      exponent.remove_prefix(1);
    }
    long e = 0;
    for (char c : exponent) e = std::min(e * 10 + (c - '0'), 100000L);
    magnitude += negative ? -e : e;
  }
  return magnitude > 0;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

constexpr std::array<const char*, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};

}  // namespace

std::optional<double> read_number_text(std::string_view text) {
  if (!looks_like_number(text)) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (end != text.data() + text.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) {
    // Too big becomes infinity (the range checks report it), too small becomes zero.
    const double sign = text.front() == '-' ? -1 : 1;
    return overflows(text) ? sign * HUGE_VAL : sign * 0.0;
  }
  if (ec != std::errc{}) return std::nullopt;
  return value;
}

std::optional<double> read_number(const Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  return read_number_text(node.text);
}

std::optional<std::int64_t> read_integer(const Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  std::string_view text = node.text;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const std::string_view digits = !text.empty() && text.front() == '-' ? text.substr(1) : text;
  if (all_digits(digits)) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size()) return value;
    return std::nullopt;
  }
  const auto value = read_number(node);
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (!value || !std::isfinite(*value) || std::floor(*value) != *value ||
      std::fabs(*value) > kExact) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(*value);
}

std::optional<std::uint64_t> read_unsigned(const Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  std::string_view text = node.text;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (all_digits(text)) {
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size()) return value;
    return std::nullopt;
  }
  const auto value = read_integer(node);
  if (!value || *value < 0) return std::nullopt;
  return static_cast<std::uint64_t>(*value);
}

std::optional<bool> read_bool(const Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  static constexpr std::array<const char*, 9> kTrue = {"true", "True", "TRUE", "yes", "Yes",
                                                       "YES",  "on",   "On",   "ON"};
  static constexpr std::array<const char*, 9> kFalse = {"false", "False", "FALSE", "no", "No",
                                                        "NO",    "off",   "Off",   "OFF"};
  for (const char* t : kTrue) {
    if (node.text == t) return true;
  }
  for (const char* f : kFalse) {
    if (node.text == f) return false;
  }
  return std::nullopt;
}

std::optional<Date> read_date_text(std::string_view text) {
  return parse_iso_date(text);
}

std::optional<Date> read_date(const Node& node) {
  if (!node.is_scalar()) return std::nullopt;
  return read_date_text(node.text);
}

std::optional<Date> read_month_text(std::string_view text) {
  if (text.size() != 7) return std::nullopt;
  const std::string day = std::string(text) + "-01";
  return parse_iso_date(day);
}

std::optional<int> read_weekday(const Node& node) {
  if (!node.is_scalar()) return std::nullopt;
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
    if (node.text == kWeekdays[i]) return static_cast<int>(i);
  }
  return std::nullopt;
}

const char* weekday_name(int weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : "?";
}

bool is_none(const Node& node) {
  return node.is_null() || (node.is_scalar() && !node.quoted && node.text == "none");
}

std::string format_double(double value) {
  if (std::isnan(value)) return ".nan";
  if (std::isinf(value)) return value > 0 ? ".inf" : "-.inf";
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

std::string format_sum(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.12g", value);
  return buffer;
}

std::optional<std::string> normalised_number(const Node& node) {
  if (!node.is_scalar() || node.quoted || !looks_like_number(node.text)) return std::nullopt;
  std::string_view text = node.text;
  if (text.front() == '+') text.remove_prefix(1);
  const std::string_view digits = text.front() == '-' ? text.substr(1) : text;
  if (all_digits(digits) && (digits.size() == 1 || digits.front() != '0')) {
    return std::string(text);
  }
  const auto value = read_number(node);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return format_double(*value);
}

}  // namespace cj::scenario

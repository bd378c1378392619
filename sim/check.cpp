#include "sim/check.hpp"

#include <charconv>
#include <cmath>

namespace sim {

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

void fail(std::string_view what, double value, std::string_view expected) {
  std::string message(what);
  message += ": got ";
  message += format_number(value);
  message += ", expected ";
  message += expected;
  throw InvalidParameter(message);
}

void require_finite_non_negative(std::string_view what, double value) {
  require(std::isfinite(value) && value >= 0, what, value, "a finite number >= 0");
}

void require_positive(std::string_view what, double value) {
  require(std::isfinite(value) && value > 0, what, value, "a finite number > 0");
}

void require_probability(std::string_view what, double value) {
  require(value >= 0 && value <= 1, what, value, "a probability in [0, 1]");
}

}  // namespace sim

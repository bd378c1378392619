// Parameter checks shared by every building block: a bad value is reported as one line that
// names the parameter, the value and what was expected, and thrown as sim::InvalidParameter.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace sim {

class InvalidParameter : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Formats a double the way users wrote it (shortest round-trip form).
std::string format_number(double value);

// Throws InvalidParameter("<what>: got <value>, expected <expected>").
[[noreturn]] void fail(std::string_view what, double value, std::string_view expected);
// fail(...) unless `ok`. On hot paths test first and call fail(), so that messages are only
// built when something is wrong.
inline void require(bool ok, std::string_view what, double value, std::string_view expected) {
  if (!ok) fail(what, value, expected);
}

void require_finite_non_negative(std::string_view what, double value);
void require_positive(std::string_view what, double value);
void require_probability(std::string_view what, double value);

}  // namespace sim

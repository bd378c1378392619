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

// Throws InvalidParameter("<what>: got <value>, expected <expected>") unless `ok`.
void require(bool ok, std::string_view what, double value, std::string_view expected);

void require_finite_non_negative(std::string_view what, double value);
void require_positive(std::string_view what, double value);
void require_probability(std::string_view what, double value);

}  // namespace sim

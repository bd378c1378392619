#include "models/scenario/dated_codec.hpp"

#include "models/scenario/scalars.hpp"

namespace cj::scenario {

bool written_by_date(const Node& node, bool value_may_be_a_map) {
  if (!node.is_map()) return false;
  if (!value_may_be_a_map) return true;
  return !node.entries.empty() && read_date_text(node.entries.front().key).has_value();
}

StepDates step_dates(const Node& node, const std::string& path, Diagnostics* d) {
  StepDates out;
  std::optional<Date> previous;
  for (const auto& e : node.entries) {
    const std::string key_path = path + "." + e.key;
    const auto date = read_date_text(e.key);
    out.dates.push_back(date);
    if (!date) {
      report_to(d, e.key_at, key_path,
                shown(e.key) + " is not a date (expected a date YYYY-MM-DD, e.g. 2026-04-01)");
      continue;
    }
    if (previous && !(*previous < *date)) {
      out.in_order = false;
      report_to(d, e.key_at, key_path,
                e.key + " is out of order (expected dates strictly increasing: after " +
                    format_iso_date(*previous) + ")");
    }
    previous = date;
  }
  return out;
}

std::string expected_steps(const std::string& noun) {
  const bool vowel = !noun.empty() && std::string("aeiou").find(noun.front()) != std::string::npos;
  return std::string("expected ") + (vowel ? "an " : "a ") + noun + ", or {date: " + noun +
         ", ...} with dates increasing";
}

}  // namespace cj::scenario

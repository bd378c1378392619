// horizon_years: the length of a run in years, turned into the horizon_days the model reads.
#include <cmath>

#include "models/scenario/number_codecs.hpp"
#include "models/scenario/scenario_rules.hpp"

namespace cj::scenario {
namespace {

// Whole years count calendar days from the start (29 February becomes 28 in other years); a
// fraction of a year is that fraction of 365.25 days.
double horizon_from_years(const Date& start, double years) {
  const double whole = std::floor(years);
  Date end = start;
  end.year += static_cast<int>(whole);
  const bool leap = (end.year % 4 == 0 && end.year % 100 != 0) || end.year % 400 == 0;
  if (end.month == 2 && end.day == 29 && !leap) end.day = 28;
  return static_cast<double>(to_day(end) - to_day(start)) + (years - whole) * 365.25;
}

}  // namespace

void apply_horizon_years(const Schema& schema, TreeReader& reader, Scenario& s) {
  static const NumberCodec number;
  const Key* key = schema.find("horizon_years");
  if (!key) return;
  if (const auto years = reader.read(reader.root(), "horizon_years", *key, number)) {
    s.horizon_days = horizon_from_years(s.start, *years);
  }
}

}  // namespace cj::scenario

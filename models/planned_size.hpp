// What one run of a scenario will create, estimated before it starts: the open cases at the start
// date and the expected arrivals over the horizon (reports and later entries, with their trends
// and month counts). A case stays in memory while it is open, and when courts cannot keep up
// every case stays open, so the memory a run may need grows with the cases it creates.
#pragma once

#include <cstdint>
#include <string>

#include "models/parameters/scenario.hpp"

namespace cj {

struct PlannedSize {
  double initial_cases = 0;  // open at the start date
  double arrivals = 0;       // expected over the horizon
  double cases() const { return initial_cases + arrivals; }
  // Memory if every case stayed open to the end (the case record and its stage event).
  double worst_case_bytes() const;
};

PlannedSize planned_size(const Scenario& scenario);

// The most cases a run may create unless the user asks for more: 50 million, over twice a
// five-year run of the whole of England and Wales (about 4 million cases a year).
inline constexpr double kDefaultMaxCasesPerRun = 5e7;

// Empty when `size` is within `max_cases`; else why the run is refused, in one line that names
// the cases, the memory they could take and the limit.
std::string size_refusal(const PlannedSize& size, double max_cases);

}  // namespace cj

// What the probes ask of a case's stage and record, each rule stated once (the stage facts come
// from models/records/labels.hpp, as written to /labels).
#pragma once

#include <cmath>

#include "models/records/case.hpp"
#include "models/records/labels.hpp"

namespace cj {

inline bool known(double time) {
  return !std::isnan(time);
}

// Investigation and the CPS's charging decision.
inline bool before_charge(Stage s) {
  return label_of(s).before_charge;
}
// The courts.
inline bool after_charge(Stage s) {
  return label_of(s).open && !label_of(s).before_charge;
}
// A case leaving the pre-charge stages: charged, or closed before charge.
inline bool concludes_pre_charge(Stage from, Stage to) {
  return before_charge(from) && !before_charge(to);
}

// The court a case in stage `s` is heard in.
inline Court court_of(Stage s) {
  return s == Stage::crown ? Court::crown : Court::magistrates;
}
// The court a case completed in: committals for sentence were convicted in the magistrates'
// court and count there, though sentenced at the Crown.
inline Court completing_court(const CaseRecord& c) {
  return c.committed_for_sentence ? Court::magistrates : court_of(c.stage);
}

}  // namespace cj

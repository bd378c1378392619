#include "models/records/case.hpp"

#include "models/records/labels.hpp"

namespace cj {

namespace {

template <class E, class Names>
const char* name_in(const Names& names, E value) {
  const auto i = static_cast<std::size_t>(value);
  return i < names.size() ? names[i] : "?";
}

}  // namespace

const char* mode_name(Mode m) {
  return name_in(kModeNames, m);
}

const char* stage_name(Stage s) {
  return name_in(enum_names<Stage>(), s);
}

const char* outcome_name(Outcome o) {
  return name_in(enum_names<Outcome>(), o);
}

const char* case_event_name(CaseEvent e) {
  return name_in(kCaseEventNames, e);
}

const char* ineffective_cause_name(IneffectiveCause c) {
  return name_in(kIneffectiveCauseNames, c);
}

}  // namespace cj

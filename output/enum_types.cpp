#include "output/enum_types.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

#include "models/records/case.hpp"

namespace out {

namespace {

// An 8-bit enum type with members 0..count-1 named by `name`.
template <class E>
h5::Type make_enum(int count, const char* (*name)(E), const char* what) {
  h5::Type type(H5Tenum_create(H5T_NATIVE_UINT8));
  if (!type) throw std::runtime_error(std::string("HDF5: cannot create the enum type ") + what);
  for (int i = 0; i < count; ++i) {
    const auto value = static_cast<std::uint8_t>(i);
    if (H5Tenum_insert(type.get(), name(static_cast<E>(i)), &value) < 0) {
      throw std::runtime_error(std::string("HDF5: cannot add a member to the enum type ") + what);
    }
  }
  return type;
}

}  // namespace

h5::Type mode_enum_type() {
  return make_enum(cj::kModes, cj::mode_name, "mode");
}

h5::Type stage_enum_type() {
  return make_enum(cj::kOpenStages + 1, cj::stage_name, "stage");
}

h5::Type outcome_enum_type() {
  return make_enum(cj::kOutcomes, cj::outcome_name, "outcome");
}

h5::Type event_enum_type() {
  return make_enum(cj::kCaseEvents, cj::case_event_name, "event");
}

h5::Type ineffective_cause_enum_type() {
  return make_enum(cj::kIneffectiveCauses, cj::ineffective_cause_name, "ineffective cause");
}

}  // namespace out

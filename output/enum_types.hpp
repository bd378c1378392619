// HDF5 enumeration types built from the model's enums and their *_name functions, so that any
// HDF5 reader shows "crown" or "victim_withdrawn_post_charge" instead of bare numbers.
#pragma once

#include "output/hdf5_handles.hpp"

namespace out {

h5::Type mode_enum_type();               // cj::Mode
h5::Type stage_enum_type();              // cj::Stage
h5::Type outcome_enum_type();            // cj::Outcome
h5::Type event_enum_type();              // cj::CaseEvent
h5::Type ineffective_cause_enum_type();  // cj::IneffectiveCause

}  // namespace out

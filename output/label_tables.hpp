// /labels: what each value of the enumerations in the traces, series and KPI names is called and
// what a reader needs to know about it (models/records/labels.hpp), one table per enumeration:
// /labels/stages, /labels/outcomes, /labels/courts, /labels/trial_results. Readers such as the
// report take stage, court and outcome names, labels and facts from here.
#pragma once

#include <hdf5.h>

#include "output/hdf5_error.hpp"

namespace out {

void write_labels(hid_t file, const h5::WriteCheck& check);
// Each table there, a table of one row per value (ReadError naming it otherwise).
void check_labels(hid_t file, const h5::ReadCheck& check);

}  // namespace out

// The `units` and `description` attributes of a dataset of declared rows, written from the
// declaration (declared_rows.hpp) so that a new column is described with no other edit.
//
// units: for each kind of field that has units (models/records/fields.hpp), in the order the
//   kinds are listed there, the fields of that kind and their units: "report, ..., end: days
//   since 2026-04-01; submissions, ...: counts; flags: 1 true, 0 false; direct_cost: GBP"
//   (flags are named together); "none" if no field has units.
// description: the dataset's preamble, then one sentence per run of fields: consecutive flags,
//   milestones or counts share a sentence, as does a field with the same description as the one
//   before; within a sentence, fields with the same description are named together
//   ("domestic_abuse, has_victim: flags of the offence"), fields with none are left out. Before
//   the first milestone, a sentence says how every milestone is stored ("report .. end: ...").
#pragma once

#include <string>
#include <vector>

#include "output/declared_rows.hpp"

namespace out {

std::string fields_units(const std::vector<FieldSummary>& fields, const std::string& start_date);
std::string fields_description(const std::string& preamble,
                               const std::vector<FieldSummary>& fields);

}  // namespace out

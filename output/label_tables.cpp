#include "output/label_tables.hpp"

#include <string>
#include <vector>

#include "models/records/label_fields.hpp"
#include "output/field_text.hpp"
#include "output/hdf5_io.hpp"
#include "output/row_types.hpp"

namespace out {

namespace {

// One compound dataset of declared rows, described from its declaration.
template <const auto& Fields, class Table>
void write_table(hid_t group, const char* name, const Table& table, const char* preamble,
                 const h5::WriteCheck& check) {
  const std::string what = std::string("writing /labels/") + name;
  std::vector<Row<Fields>> rows;
  for (const auto& item : table) rows.push_back(Row<Fields>::of(item));
  const h5::Type type = row_type<Fields>();
  const hsize_t n = rows.size();
  const h5::Space space(check(H5Screate_simple(1, &n, nullptr), what));
  const h5::Plist dcpl = h5::dataset_create_plist(check);
  h5::Dataset ds(
      check(H5Dcreate2(group, name, type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
            what));
  check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), what);
  h5::describe(ds.get(), fields_units(fields_of<Fields>(), ""),
               fields_description(preamble, fields_of<Fields>()), check);
  check(ds.close(), what);
}

}  // namespace

namespace {

void check_table(hid_t file, const std::string& path, std::size_t rows,
                 const h5::ReadCheck& check) {
  const std::string what = "/" + path;
  if (!h5::exists(file, path)) check.fail(what, "missing");
  const h5::Dataset ds(check(H5Dopen2(file, path.c_str(), H5P_DEFAULT), what));
  const h5::Type type(check(H5Dget_type(ds.get()), what));
  if (H5Tget_class(type.get()) != H5T_COMPOUND) check.fail(what, "not a table");
  const h5::Space space(check(H5Dget_space(ds.get()), what));
  const auto n = check(H5Sget_simple_extent_npoints(space.get()), what);
  if (static_cast<std::size_t>(n) != rows) {
    check.fail(what, std::to_string(n) + " rows, expected " + std::to_string(rows));
  }
}

}  // namespace

void check_labels(hid_t file, const h5::ReadCheck& check) {
  if (!h5::exists(file, "labels")) {
    check.fail("/labels", "missing: no /labels means an older cjsim made it (run it again)");
  }
  check_table(file, "labels/stages", cj::kStageLabels.size(), check);
  check_table(file, "labels/outcomes", cj::kOutcomeLabels.size(), check);
  check_table(file, "labels/courts", cj::kCourtLabels.size(), check);
  check_table(file, "labels/trial_results", cj::kTrialResultLabels.size(), check);
}

void write_labels(hid_t file, const h5::WriteCheck& check) {
  h5::Group labels = h5::create_group(file, "labels", check);
  h5::write_attribute(labels.get(), "description",
                      "What each value of the enumerations in /cases, /events and the series "
                      "and KPI names is called, one row per value in value order.",
                      check);
  write_table<cj::kStageLabelFields>(labels.get(), "stages", cj::kStageLabels,
                                     "One row per stage a case can be in.", check);
  write_table<cj::kOutcomeLabelFields>(labels.get(), "outcomes", cj::kOutcomeLabels,
                                       "One row per way a case can end.", check);
  write_table<cj::kCourtLabelFields>(labels.get(), "courts", cj::kCourtLabels, "One row per court.",
                                     check);
  write_table<cj::kTrialResultLabelFields>(labels.get(), "trial_results", cj::kTrialResultLabels,
                                           "One row per result of a trial listing.", check);
  check(labels.close(), "writing /labels");
}

}  // namespace out

// The merged sweep as a reader without cjsim sees it through the HDF5 C API: names, types,
// enum members, attributes, rows; and the same bytes whatever the order parts were made in.
#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "models/records/case.hpp"
#include "output/trace_rows.hpp"
#include "sweep_fixture.hpp"

namespace out {
namespace {

using testing::SweepSpec;
using testing::SweepTest;
using testing::TempDir;

// ---- the raw C API: what a reader without cjsim sees ----

std::string attribute_text(hid_t obj, const char* name) {
  const hid_t attr = H5Aopen(obj, name, H5P_DEFAULT);
  if (attr < 0) return "<missing>";
  const hid_t type = H5Tcopy(H5T_C_S1);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5T_CSET_UTF8);
  char* text = nullptr;
  std::string result = H5Aread(attr, type, &text) < 0 || !text ? "<unreadable>" : text;
  H5free_memory(text);
  H5Tclose(type);
  H5Aclose(attr);
  return result;
}

std::vector<std::string> member_names(hid_t type) {
  std::vector<std::string> names;
  for (int i = 0; i < H5Tget_nmembers(type); ++i) {
    char* name = H5Tget_member_name(type, static_cast<unsigned>(i));
    names.emplace_back(name);
    H5free_memory(name);
  }
  return names;
}

std::vector<std::string> enum_names(hid_t compound, const char* field) {
  const int index = H5Tget_member_index(compound, field);
  const hid_t type = H5Tget_member_type(compound, static_cast<unsigned>(index));
  std::vector<std::string> names;
  if (H5Tget_class(type) == H5T_ENUM) names = member_names(type);
  H5Tclose(type);
  return names;
}

herr_t collect_undescribed(hid_t group, const char* name, const H5L_info_t*, void* data) {
  const hid_t obj = H5Oopen(group, name, H5P_DEFAULT);
  if (H5Iget_type(obj) == H5I_DATASET &&
      (H5Aexists(obj, "units") <= 0 || H5Aexists(obj, "description") <= 0)) {
    static_cast<std::vector<std::string>*>(data)->push_back(name);
  }
  if (H5Iget_type(obj) == H5I_DATASET) {
    static_cast<std::vector<std::string>*>(data)->push_back("#dataset");
  }
  H5Oclose(obj);
  return 0;
}

TEST_F(SweepTest, RawApiSeesNamedTypesAndDescribedDatasets) {
  const hid_t file = H5Fopen(result_.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  for (const char* a :
       {"cjsim_version", "source_revision", "created_utc", "scenario_name", "seed", "replications",
        "engine", "command_line", "start_date", "period_days", "format"}) {
    EXPECT_GT(H5Aexists(file, a), 0) << a;
  }
  EXPECT_EQ(attribute_text(file, "format"), "cjsim-result/1");

  const hid_t cases = H5Dopen2(file, "cases", H5P_DEFAULT);
  const hid_t type = H5Dget_type(cases);
  const std::vector<std::string> fields{"run",
                                        "case_id",
                                        "offence_group",
                                        "mode",
                                        "domestic_abuse",
                                        "custody",
                                        "has_victim",
                                        "victim_supported",
                                        "eia",
                                        "from_stock",
                                        "report",
                                        "file_submitted",
                                        "charge",
                                        "first_hearing",
                                        "sent_to_crown",
                                        "ptph",
                                        "trial_1",
                                        "trial_2",
                                        "trial_3",
                                        "trial_4",
                                        "end",
                                        "submissions",
                                        "hearings",
                                        "ineffective_listings",
                                        "trial_listings",
                                        "outcome",
                                        "stage",
                                        "committed_for_sentence",
                                        "magistrates_court",
                                        "crown_centre",
                                        "ineffective_cause",
                                        "direct_cost"};
  EXPECT_EQ(member_names(type), fields);
  const std::vector<std::string> modes{"summary", "either_way", "indictable"};
  EXPECT_EQ(enum_names(type, "mode"), modes);
  std::vector<std::string> outcomes, stages, case_events;
  for (int i = 0; i < cj::kOutcomes; ++i) {
    outcomes.push_back(cj::outcome_name(static_cast<cj::Outcome>(i)));
  }
  for (int i = 0; i <= cj::kOpenStages; ++i) {
    stages.push_back(cj::stage_name(static_cast<cj::Stage>(i)));
  }
  for (int i = 0; i < cj::kCaseEvents; ++i) {
    case_events.push_back(cj::case_event_name(static_cast<cj::CaseEvent>(i)));
  }
  EXPECT_EQ(enum_names(type, "outcome"), outcomes);
  EXPECT_EQ(outcomes[0], "open");
  EXPECT_EQ(enum_names(type, "stage"), stages);
  EXPECT_EQ(stages.back(), "closed");
  const hid_t group_type = H5Tget_member_type(type, 2);
  EXPECT_EQ(H5Tget_class(group_type), H5T_INTEGER);
  EXPECT_EQ(H5Tget_size(group_type), 2u);
  EXPECT_EQ(H5Tget_sign(group_type), H5T_SGN_NONE);
  H5Tclose(group_type);
  const hid_t report_type = H5Tget_member_type(type, 10);
  EXPECT_EQ(H5Tget_class(report_type), H5T_FLOAT);
  EXPECT_EQ(H5Tget_size(report_type), 4u);
  H5Tclose(report_type);
  EXPECT_GT(H5Aexists(cases, "mapping"), 0);
  EXPECT_EQ(attribute_text(cases, "units").find("report, file_submitted"), 0u);
  H5Tclose(type);
  H5Dclose(cases);

  const hid_t events = H5Dopen2(file, "events", H5P_DEFAULT);
  const hid_t event_type = H5Dget_type(events);
  const std::vector<std::string> event_fields{"run", "case_id", "time", "event", "stage"};
  EXPECT_EQ(member_names(event_type), event_fields);
  EXPECT_EQ(enum_names(event_type, "event"), case_events);
  EXPECT_EQ(enum_names(event_type, "stage"), stages);
  H5Tclose(event_type);
  H5Dclose(events);

  const hid_t points = H5Dopen2(file, "points", H5P_DEFAULT);
  const hid_t point_type = H5Dget_type(points);
  EXPECT_EQ(H5Tget_member_class(point_type, 2), H5T_FLOAT);   // crown.sitting_days_scale
  EXPECT_EQ(H5Tget_member_class(point_type, 3), H5T_STRING);  // magistrates.listing
  H5Tclose(point_type);
  H5Dclose(points);

  const hid_t time = H5Dopen2(file, "timeseries/time", H5P_DEFAULT);
  EXPECT_EQ(attribute_text(time, "units"), "days since 2026-04-01");
  H5Dclose(time);

  std::vector<std::string> found;
  H5Lvisit(file, H5_INDEX_NAME, H5_ITER_INC, collect_undescribed, &found);
  const auto datasets = std::count(found.begin(), found.end(), "#dataset");
  EXPECT_GE(datasets, 30);
  std::erase(found, "#dataset");
  EXPECT_TRUE(found.empty()) << "without units/description: " << ::testing::PrintToString(found);
  H5Fclose(file);
}

TEST_F(SweepTest, RawApiRowsMatchWhatWasReported) {
  const hid_t file = H5Fopen(result_.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  auto read_all = [&](const char* name, hid_t type, auto& rows) {
    const hid_t ds = H5Dopen2(file, name, H5P_DEFAULT);
    const hid_t space = H5Dget_space(ds);
    rows.resize(static_cast<std::size_t>(H5Sget_simple_extent_npoints(space)));
    // Through HDF5's own filter pipeline: proves the chunks we compress ourselves are standard.
    EXPECT_GE(H5Dread(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, rows.data()), 0);
    H5Sclose(space);
    H5Dclose(ds);
  };
  std::vector<CaseRow> cases;
  std::vector<EventRow> events;
  {
    const auto case_type = case_row_type();
    const auto event_type = event_row_type();
    read_all("cases", case_type.get(), cases);
    read_all("events", event_type.get(), events);
  }
  H5Fclose(file);

  std::size_t at = 0, event_at = 0, nan_charges = 0, open = 0;
  for (int p = 0; p < spec_.points; ++p) {
    for (int r = 0; r < spec_.replications; ++r) {
      const auto run = static_cast<std::uint32_t>(p * spec_.replications + r);
      testing::RowRecorder recorder;
      report_synthetic_cases(
          recorder, testing::part_options(p, r, spec_.trace, spec_.cases_of(p, r), spec_.groups));
      ASSERT_EQ(recorder.cases.size(), spec_.cases_of(p, r));
      ASSERT_LE(at + recorder.cases.size(), cases.size());
      for (auto row : recorder.cases) {
        row.set<std::uint32_t>("run", run);
        const CaseRow& got = cases[at++];
        ASSERT_EQ(std::memcmp(&row, &got, sizeof row), 0) << "run " << run << " row " << at;
        nan_charges += std::isnan(got.get<float>("charge"));
        open += got.get<cj::Outcome>("outcome") == cj::Outcome::open;
      }
      for (auto row : recorder.events) {
        row.set<std::uint32_t>("run", run);
        ASSERT_EQ(std::memcmp(&row, &events[event_at++], sizeof row), 0);
      }
    }
  }
  EXPECT_EQ(at, cases.size());
  EXPECT_EQ(event_at, events.size());
  EXPECT_GT(nan_charges, cases.size() / 2);  // most cases close before charge
  EXPECT_GT(open, 0u);
}

// ---- determinism ----

std::string bytes_of(const std::filesystem::path& path) {
  std::stringstream s;
  s << std::ifstream(path, std::ios::binary).rdbuf();
  return s.str();
}

TEST(ResultDeterminism, SameBytesWhateverThePartOrderAndThreads) {
  TempDir dir;
  SweepSpec spec;
  spec.cases = 20000;  // several chunks a run, runs straddling chunk boundaries
  testing::make_sweep(dir.path() / "a.h5", spec, {}, {{}, 1});
  testing::make_sweep(dir.path() / "b.h5", spec, {{1, 1}, {0, 2}, {1, 2}, {0, 0}, {1, 0}, {0, 1}},
                      {{}, 3});
  const std::string a = bytes_of(dir.path() / "a.h5"), b = bytes_of(dir.path() / "b.h5");
  EXPECT_GT(a.size(), 100000u);
  EXPECT_TRUE(a == b) << "the files differ";
}

}  // namespace
}  // namespace out

// Rows, HDF5 types and attributes made from field declarations: a sample record shows what one
// declaration gives (layout by natural alignment, encoding, the compound type, the units and the
// description), and the traces keep the columns result files have always had.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "models/records/fields.hpp"
#include "output/field_text.hpp"
#include "output/row_types.hpp"
#include "output/trace_rows.hpp"

namespace out {
namespace {

using cj::FieldKind;

struct Sample {
  std::uint64_t id = 0;
  bool urgent = false;
  std::uint8_t visits = 0;
  double seen = cj::kNotReached;
  std::array<double, 2> tries{cj::kNotReached, cj::kNotReached};
  float cost = 0;
  cj::Outcome outcome = cj::Outcome::open;
  const char* note = "";
};

constexpr auto kSampleFields = cj::fields_of<Sample>(
    cj::field<std::uint64_t>("id", FieldKind::key, &Sample::id, "the sample's number"),
    cj::field<bool>("urgent", FieldKind::flag, &Sample::urgent, "needs attention"),
    cj::field<std::uint8_t>("visits", FieldKind::count, &Sample::visits, "times seen"),
    cj::field<cj::TraceTime>("seen", FieldKind::milestone, &Sample::seen, ""),
    cj::field<cj::TraceTime, 2>("try", FieldKind::milestone, &Sample::tries, "the first two tries"),
    cj::field<float>("cost", FieldKind::money, &Sample::cost, "what it cost"),
    cj::field<cj::Outcome>("outcome", FieldKind::category, &Sample::outcome, "how it ended"),
    cj::field<const char*>("note", FieldKind::text, &Sample::note, "how it ended"));

TEST(DeclaredRows, ColumnsSitAtTheirNaturalAlignment) {
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const Column& c : columns_of<kSampleFields>()) got.emplace_back(c.name, c.offset);
  const std::vector<std::pair<std::string, std::size_t>> expected{
      {"id", 0},     {"urgent", 8}, {"visits", 9},   {"seen", 12}, {"try_1", 16},
      {"try_2", 20}, {"cost", 24},  {"outcome", 28}, {"note", 32}};
  EXPECT_EQ(got, expected);
  EXPECT_EQ(LayoutOf<kSampleFields>::size, 40u);
  EXPECT_EQ(LayoutOf<kSampleFields>::alignment, 8u);
}

TEST(DeclaredRows, ARecordIsStoredAsDeclared) {
  const char* note = "late";
  const Sample s{7, true, 3, 1.3, {2.0, cj::kNotReached}, 12.5f, cj::Outcome::acquitted, note};
  const auto row = Row<kSampleFields>::of(s);
  EXPECT_EQ(row.get<std::uint64_t>("id"), 7u);
  EXPECT_EQ(row.get<std::uint8_t>("urgent"), 1u);
  EXPECT_EQ(row.get<std::uint8_t>("visits"), 3u);
  EXPECT_EQ(row.get<float>("seen"), 333.0f / 256);  // rounded to 1/256 day
  EXPECT_EQ(row.get<float>("try_1"), 2.0f);
  EXPECT_TRUE(std::isnan(row.get<float>("try_2")));
  EXPECT_EQ(row.get<float>("cost"), 12.5f);
  EXPECT_EQ(row.get<cj::Outcome>("outcome"), cj::Outcome::acquitted);
  EXPECT_EQ(row.get<const char*>("note"), note);
  for (const std::size_t padding : {10u, 11u, 29u, 30u, 31u}) {
    EXPECT_EQ(row.data()[padding], std::byte{0}) << "padding byte " << padding;
  }
}

TEST(DeclaredRows, TheHdf5TypeNamesEveryColumn) {
  const h5::Type type = row_type<kSampleFields>();
  ASSERT_TRUE(type);
  EXPECT_EQ(H5Tget_size(type.get()), 40u);
  const std::vector<std::pair<std::string, H5T_class_t>> expected{
      {"id", H5T_INTEGER}, {"urgent", H5T_INTEGER}, {"visits", H5T_INTEGER},
      {"seen", H5T_FLOAT}, {"try_1", H5T_FLOAT},    {"try_2", H5T_FLOAT},
      {"cost", H5T_FLOAT}, {"outcome", H5T_ENUM},   {"note", H5T_STRING}};
  ASSERT_EQ(H5Tget_nmembers(type.get()), static_cast<int>(expected.size()));
  const auto columns = columns_of<kSampleFields>();
  for (unsigned i = 0; i < expected.size(); ++i) {
    char* name = H5Tget_member_name(type.get(), i);
    EXPECT_EQ(name, expected[i].first);
    H5free_memory(name);
    EXPECT_EQ(H5Tget_member_class(type.get(), i), expected[i].second) << expected[i].first;
    EXPECT_EQ(H5Tget_member_offset(type.get(), i), columns[i].offset) << expected[i].first;
  }
  const h5::Type outcome(H5Tget_member_type(type.get(), 7));
  char* first = H5Tget_member_name(outcome.get(), 0);
  EXPECT_STREQ(first, "open");
  H5free_memory(first);
}

TEST(DeclaredRows, UnitsAndDescriptionComeFromTheDeclaration) {
  const auto fields = fields_of<kSampleFields>();
  EXPECT_EQ(fields_units(fields, "2026-04-01"),
            "seen, try_1..try_2: days since 2026-04-01; visits: counts; flags: 1 true, 0 false; "
            "cost: GBP");
  EXPECT_EQ(fields_description("One row per sample.", fields),
            "One row per sample. id: the sample's number. urgent: needs attention. visits: times "
            "seen. seen .. try_2: milestone dates in days since the start (negative before it), "
            "NaN if not reached; float32 rounded to 1/256 day (see attribute "
            "time_resolution_days). try_1..try_2: the first two tries. cost: what it cost. "
            "outcome, note: how it ended.");
}

// The columns of /cases and /events in every result file so far (format cjsim-result/1): a new
// field may be added, these keep their names, places and types.
struct Placed {
  const char* name;
  std::size_t offset;
  H5T_class_t type;
  std::size_t size;
};

void expect_placed(const h5::Type& type, const std::vector<Placed>& columns) {
  for (const Placed& c : columns) {
    const int i = H5Tget_member_index(type.get(), c.name);
    ASSERT_GE(i, 0) << c.name;
    const auto member = static_cast<unsigned>(i);
    EXPECT_EQ(H5Tget_member_offset(type.get(), member), c.offset) << c.name;
    EXPECT_EQ(H5Tget_member_class(type.get(), member), c.type) << c.name;
    const h5::Type t(H5Tget_member_type(type.get(), member));
    EXPECT_EQ(H5Tget_size(t.get()), c.size) << c.name;
  }
}

TEST(TraceRows, CaseColumnsKeepTheirPlaces) {
  const auto u = H5T_INTEGER, f = H5T_FLOAT, e = H5T_ENUM;
  expect_placed(case_row_type(), {{"run", 0, u, 4},
                                  {"case_id", 8, u, 8},
                                  {"offence_group", 16, u, 2},
                                  {"mode", 18, e, 1},
                                  {"domestic_abuse", 19, u, 1},
                                  {"custody", 20, u, 1},
                                  {"has_victim", 21, u, 1},
                                  {"victim_supported", 22, u, 1},
                                  {"eia", 23, u, 1},
                                  {"from_stock", 24, u, 1},
                                  {"report", 28, f, 4},
                                  {"file_submitted", 32, f, 4},
                                  {"charge", 36, f, 4},
                                  {"first_hearing", 40, f, 4},
                                  {"sent_to_crown", 44, f, 4},
                                  {"ptph", 48, f, 4},
                                  {"trial_1", 52, f, 4},
                                  {"trial_2", 56, f, 4},
                                  {"trial_3", 60, f, 4},
                                  {"trial_4", 64, f, 4},
                                  {"end", 68, f, 4},
                                  {"submissions", 72, u, 1},
                                  {"hearings", 73, u, 1},
                                  {"ineffective_listings", 74, u, 1},
                                  {"trial_listings", 75, u, 1},
                                  {"outcome", 76, e, 1},
                                  {"stage", 77, e, 1},
                                  {"committed_for_sentence", 78, u, 1},
                                  {"magistrates_court", 79, u, 1},
                                  {"crown_centre", 80, u, 1},
                                  {"ineffective_cause", 81, e, 1},
                                  {"direct_cost", 84, f, 4}});
  EXPECT_EQ(kRunOffset, 0u);
}

TEST(TraceRows, EventColumnsKeepTheirPlaces) {
  expect_placed(event_row_type(), {{"run", 0, H5T_INTEGER, 4},
                                   {"case_id", 8, H5T_INTEGER, 8},
                                   {"time", 16, H5T_FLOAT, 8},
                                   {"event", 24, H5T_ENUM, 1},
                                   {"stage", 25, H5T_ENUM, 1}});
}

TEST(TraceRows, EveryCaseFieldIsDescribed) {
  const std::string units = case_fields_units("2026-04-01");
  const std::string description = case_fields_description();
  for (const FieldSummary& f : fields_of<kCaseTrace>()) {
    // A milestone without a description of its own is named by the milestones' note.
    if (!f.description.empty()) {
      EXPECT_NE(description.find(f.name), std::string::npos) << f.name;
    }
    if (*cj::units_of(f.kind) && f.kind != FieldKind::flag) {
      EXPECT_NE(units.find(f.name), std::string::npos) << f.name;
    }
  }
  EXPECT_NE(description.find("report .. end: milestone dates"), std::string::npos);
  EXPECT_EQ(units.find("report, file_submitted"), 0u);
  EXPECT_NE(units.find("trial_1..trial_4, end: days since 2026-04-01"), std::string::npos);
}

TEST(TraceRows, OpenCasesAreWrittenOpen) {
  cj::CaseRecord c;
  c.id = 12;
  c.outcome = cj::Outcome::acquitted;
  c.charge = 10.25;
  const CaseRow row = case_row(c, cj::Outcome::open);
  EXPECT_EQ(row.get<cj::Outcome>("outcome"), cj::Outcome::open);
  EXPECT_EQ(row.get<std::uint64_t>("case_id"), 12u);
  EXPECT_EQ(row.get<float>("charge"), 10.25f);
  EXPECT_EQ(case_row(c, c.outcome).get<cj::Outcome>("outcome"), cj::Outcome::acquitted);
}

}  // namespace
}  // namespace out

// The reader contract: a result whose datasets do not match the counts it states is refused as it
// opens (ReadError naming the file and the dataset), never read past; export publishes all its
// files or none; CSV cells that would run as formulas are shown as text.
#include <gtest/gtest.h>
#include <hdf5.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "output/csv_export.hpp"
#include "output/errors.hpp"
#include "output/result_file.hpp"
#include "synthetic.hpp"
#include "temp_dir.hpp"

namespace out {
namespace {

using testing::TempDir;

// Replaces `path` in `file` by a dataset of doubles of `dims` (zeros).
void replace_with_doubles(const std::filesystem::path& file, const std::string& path,
                          const std::vector<hsize_t>& dims) {
  const hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  ASSERT_GE(f, 0);
  ASSERT_GE(H5Ldelete(f, path.c_str(), H5P_DEFAULT), 0);
  const hid_t space = H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
  const hid_t ds =
      H5Dcreate2(f, path.c_str(), H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  ASSERT_GE(ds, 0);
  H5Dclose(ds);
  H5Sclose(space);
  H5Fclose(f);
}

std::string refusal(const std::filesystem::path& file) {
  try {
    const ResultFile r(file);
  } catch (const ReadError& e) {
    return e.what();
  }
  return "";
}

// A sweep of 2 points x 3 replications, 4 groups and 12 periods.
class ReaderContract : public ::testing::Test {
 protected:
  void SetUp() override {
    result_ = dir_.path() / "sweep.h5";
    testing::make_sweep(result_, spec_);
    ASSERT_EQ(refusal(result_), "");
  }
  TempDir dir_;
  std::filesystem::path result_;
  const testing::SweepSpec spec_{};
};

TEST_F(ReaderContract, ShapeMismatchIsRefused) {
  replace_with_doubles(result_, "summary/runs/charge_rate", {5});
  EXPECT_EQ(refusal(result_), result_.string() +
                                  ": /summary/runs/charge_rate: shape [5], expected [6] (runs, "
                                  "points, offence groups and periods as the file states)");
}

// A name the good file holds (read, and closed, before the file is damaged).
std::string first_name(const std::filesystem::path& file,
                       const std::vector<cj::Described>& (ResultFile::*list)() const,
                       bool last = false) {
  const ResultFile good(file);
  const auto& names = (good.*list)();
  return names.empty() ? "" : (last ? names.back() : names.front()).name;
}

TEST_F(ReaderContract, SeriesOfAnotherShapeIsRefused) {
  const std::string series = "timeseries/" + first_name(result_, &ResultFile::series);
  replace_with_doubles(result_, series, {6, 11});
  EXPECT_NE(refusal(result_).find("/" + series + ": shape [6 x 11], expected [6 x 12]"),
            std::string::npos)
      << refusal(result_);
}

TEST_F(ReaderContract, KpiByGroupOfTheWrongTypeIsRefused) {
  const std::string path =
      "summary/runs_by_group/" + first_name(result_, &ResultFile::kpis_by_group);
  {
    const hid_t f = H5Fopen(result_.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Ldelete(f, path.c_str(), H5P_DEFAULT);
    const hsize_t dims[2] = {6, 4};
    const hid_t space = H5Screate_simple(2, dims, nullptr);
    const hid_t text = H5Tcopy(H5T_C_S1);
    H5Tset_size(text, 4);
    H5Dclose(H5Dcreate2(f, path.c_str(), text, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    H5Tclose(text);
    H5Sclose(space);
    H5Fclose(f);
  }
  EXPECT_NE(refusal(result_).find("/" + path + ": not numbers"), std::string::npos)
      << refusal(result_);
}

TEST_F(ReaderContract, DeletedSeriesIsRefused) {
  const std::string name = first_name(result_, &ResultFile::series, true);
  {
    const hid_t f = H5Fopen(result_.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Ldelete(f, ("timeseries/" + name).c_str(), H5P_DEFAULT);
    H5Fclose(f);
  }
  EXPECT_NE(refusal(result_).find("/timeseries/" + name + ": missing (listed in"),
            std::string::npos)
      << refusal(result_);
}

TEST_F(ReaderContract, KpiMissingItsIntervalsIsRefused) {
  {
    const hid_t f = H5Fopen(result_.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Ldelete(f, "summary/points/charge_rate", H5P_DEFAULT);
    H5Fclose(f);
  }
  EXPECT_NE(refusal(result_).find("/summary/points/charge_rate: missing"), std::string::npos)
      << refusal(result_);
}

TEST_F(ReaderContract, BadHeaderAttributesAreRefused) {
  const hid_t f = H5Fopen(result_.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  const double negative = -7;
  const hid_t space = H5Screate(H5S_SCALAR);
  H5Adelete(f, "period_days");
  const hid_t attr =
      H5Acreate2(f, "period_days", H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, H5P_DEFAULT);
  H5Awrite(attr, H5T_NATIVE_DOUBLE, &negative);
  H5Aclose(attr);
  H5Sclose(space);
  H5Fclose(f);
  EXPECT_NE(refusal(result_).find("attribute /@period_days: missing, or not a length"),
            std::string::npos)
      << refusal(result_);
}

TEST_F(ReaderContract, ExportThatFailsLeavesNothing) {
  // The folder's name is taken by a file: no CSV can be published there.
  const auto csv = dir_.path() / "csv";
  std::ofstream(csv) << "in the way\n";
  const ResultFile r(result_);
  EXPECT_THROW(export_csv(r, csv), WriteError);
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir_.path())) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"csv", "sweep.h5", "sweep.h5.parts"}));
}

TEST_F(ReaderContract, ExportPublishesEveryFileAtOnce) {
  const ResultFile r(result_);
  export_csv(r, dir_.path() / "new" / "csv");
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir_.path() / "new" / "csv")) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"dictionary.csv", "points.csv", "points_by_group.csv",
                                             "runs.csv", "runs_by_group.csv", "timeseries.csv"}));
  // Nothing beside it but the folder itself.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path() / "new"),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(Csv, FormulaCellsShowAsText) {
  EXPECT_EQ(as_text_in_spreadsheets("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(as_text_in_spreadsheets("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(as_text_in_spreadsheets("+cmd"), "'+cmd");
  EXPECT_EQ(as_text_in_spreadsheets("-x"), "'-x");
  EXPECT_EQ(as_text_in_spreadsheets("\tx"), "'\tx");
  // Numbers stay numbers; other text stays as it is.
  EXPECT_EQ(as_text_in_spreadsheets("-0.25"), "-0.25");
  EXPECT_EQ(as_text_in_spreadsheets("-1e-05"), "-1e-05");
  EXPECT_EQ(as_text_in_spreadsheets("rape"), "rape");
  EXPECT_EQ(as_text_in_spreadsheets(""), "");
}

}  // namespace
}  // namespace out

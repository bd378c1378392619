// A corpus of damaged result files made from one good result of the small scenario: every dataset
// deleted in turn, given another type, and shortened. Every reading command must refuse each with
// exit status 2 and one line that names the file, without a crash and without writing anything.
// The C++ commands share one reader, which checks the whole file as it opens: `summary` goes
// through the whole corpus; every command (the Python report too) through one dataset of each
// kind.
#include <gtest/gtest.h>
#include <hdf5.h>

#include <map>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "result_data.hpp"

namespace clitest {
namespace {

enum class Damage { deleted, retyped, shortened };

const char* name_of(Damage d) {
  switch (d) {
    case Damage::deleted:
      return "deleted";
    case Damage::retyped:
      return "retyped";
    case Damage::shortened:
      return "shortened";
  }
  return "?";
}

// Applies `how` to `dataset` in `file`; false when it does not apply (nothing to shorten).
bool damage(const fs::path& file, const std::string& dataset, Damage how) {
  const hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  if (f < 0) throw std::runtime_error("cannot open " + file.string());
  const hid_t ds = H5Dopen2(f, dataset.c_str(), H5P_DEFAULT);
  const hid_t type = H5Dget_type(ds);
  const hid_t space = H5Dget_space(ds);
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
  if (rank > 0) H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  const H5T_class_t cls = H5Tget_class(type);
  H5Dclose(ds);
  bool applied = true;
  hid_t new_type = -1;
  hid_t new_space = -1;
  if (how == Damage::retyped) {
    // Text for numbers; numbers for text and tables.
    if (cls == H5T_INTEGER || cls == H5T_FLOAT) {
      new_type = H5Tcopy(H5T_C_S1);
      H5Tset_size(new_type, 8);
    } else {
      new_type = H5Tcopy(H5T_NATIVE_DOUBLE);
    }
    new_space = H5Scopy(space);
  } else if (how == Damage::shortened) {
    new_type = H5Tcopy(type);
    if (rank == 0) {
      const hsize_t none = 0;
      new_space = H5Screate_simple(1, &none, nullptr);
    } else if (dims.back() > 0) {
      --dims.back();
      new_space = H5Screate_simple(rank, dims.data(), nullptr);
    } else {
      applied = false;
    }
  }
  if (applied) {
    // Its attributes go with it: a shortened dataset is otherwise the same dataset.
    H5Ldelete(f, dataset.c_str(), H5P_DEFAULT);
    if (new_space >= 0) {
      const hid_t made = H5Dcreate2(f, dataset.c_str(), new_type, new_space, H5P_DEFAULT,
                                    H5P_DEFAULT, H5P_DEFAULT);
      if (made < 0) throw std::runtime_error("cannot recreate " + dataset);
      H5Dclose(made);
    }
  }
  if (new_type >= 0) H5Tclose(new_type);
  if (new_space >= 0) H5Sclose(new_space);
  H5Sclose(space);
  H5Tclose(type);
  H5Fclose(f);
  return applied;
}

// The kind of a dataset: its path with KPI and series names taken out, so that one of each kind
// stands for the rest ("/summary/points/*/mean").
std::string kind_of(const std::string& path) {
  const std::vector<std::string> prefixes = {"/summary/runs/", "/summary/runs_by_group/",
                                             "/summary/points/", "/summary/points_by_group/",
                                             "/scenario_sources/"};
  for (const auto& prefix : prefixes) {
    if (path.rfind(prefix, 0) != 0) continue;
    const auto rest = path.substr(prefix.size());
    const auto slash = rest.find('/');
    return prefix + "*" + (slash == std::string::npos ? "" : rest.substr(slash));
  }
  if (path.rfind("/timeseries/", 0) == 0 && path != "/timeseries/time" &&
      path != "/timeseries/period_start") {
    return "/timeseries/*";
  }
  return path;
}

class DamagedResults : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const Outcome r = cjsim({"run", test_scenario("small.yaml").string(), "--replications", "2",
                             "--trace", "none", "--out", "good.h5"},
                            dir_->path());
    ASSERT_EQ(r.exit_status, 0) << r.describe();
    write_text(dir_->path() / "targets.yaml",
               "targets:\n  - name: charge rate\n    kpi: charge_rate\n    value: 0.5\n"
               "    tolerance: 1\n    source: made up\n");
    datasets_ = new std::vector<std::string>(dataset_paths(dir_->path() / "good.h5"));
  }
  static void TearDownTestSuite() {
    delete datasets_;
    delete dir_;
  }

  // A fresh folder holding a copy of the good file damaged, or nullopt when `how` does not apply.
  static bool make_damaged(const fs::path& folder, const std::string& dataset, Damage how) {
    fs::create_directories(folder);
    fs::copy_file(dir_->path() / "good.h5", folder / "damaged.h5",
                  fs::copy_options::overwrite_existing);
    return damage(folder / "damaged.h5", dataset, how);
  }

  // What must hold of a reading command on a damaged file, as a failure message ("" when it
  // holds): exit 2, one line on stderr naming the file, and the folder holding what it held.
  static std::string refused(const std::vector<std::string>& args, const fs::path& folder,
                             const std::string& what) {
    const std::vector<std::string> before = tree(folder);
    const Outcome r = cjsim(args, folder);
    std::string wrong;
    if (r.exit_status != 2) wrong += " exit " + r.describe() + ";";
    if (count_lines(r.err) != 1 || r.err.find("damaged.h5") == std::string::npos) {
      wrong += " stderr not one line naming the file: " + r.err + ";";
    }
    if (tree(folder) != before) wrong += " it wrote files;";
    return wrong.empty() ? "" : what + " " + args.front() + ":" + wrong + "\n";
  }

  static TempDir* dir_;
  static std::vector<std::string>* datasets_;
};

TempDir* DamagedResults::dir_ = nullptr;
std::vector<std::string>* DamagedResults::datasets_ = nullptr;

TEST_F(DamagedResults, EveryDatasetDeletedRetypedOrShortenedIsRefused) {
  ASSERT_GT(datasets_->size(), 100u);
  std::string failures;
  std::size_t files = 0;
  for (const auto& dataset : *datasets_) {
    for (const Damage how : {Damage::deleted, Damage::retyped, Damage::shortened}) {
      const fs::path folder = dir_->path() / "each";
      fs::remove_all(folder);
      if (!make_damaged(folder, dataset, how)) continue;
      ++files;
      failures += refused({"summary", "damaged.h5"}, folder, dataset + " " + name_of(how));
    }
  }
  EXPECT_GT(files, 2 * datasets_->size());
  EXPECT_EQ(failures, "");
}

TEST_F(DamagedResults, EveryReadingCommandRefusesEachKindOfDamage) {
  std::map<std::string, std::string> one_of_each;
  for (const auto& dataset : *datasets_) one_of_each.emplace(kind_of(dataset), dataset);
  ASSERT_GT(one_of_each.size(), 10u);
  std::string failures;
  for (const auto& [kind, dataset] : one_of_each) {
    for (const Damage how : {Damage::deleted, Damage::retyped, Damage::shortened}) {
      const fs::path folder = dir_->path() / "kinds";
      fs::remove_all(folder);
      if (!make_damaged(folder, dataset, how)) continue;
      fs::copy_file(dir_->path() / "good.h5", folder / "good.h5");
      fs::copy_file(dir_->path() / "targets.yaml", folder / "targets.yaml");
      const std::string what = dataset + " " + name_of(how);
      for (const std::vector<std::string>& args :
           {std::vector<std::string>{"summary", "damaged.h5", "--all"},
            {"compare", "good.h5", "damaged.h5"},
            {"compare", "damaged.h5", "good.h5"},
            {"export", "damaged.h5", "--csv", "csv"},
            {"targets", "damaged.h5", "--targets", "targets.yaml"},
            {"report", "damaged.h5", "--out", "report.html"}}) {
        failures += refused(args, folder, what);
      }
    }
  }
  EXPECT_EQ(failures, "");
}

}  // namespace
}  // namespace clitest

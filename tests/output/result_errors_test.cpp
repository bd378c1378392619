// What goes wrong: existing files, unfinished merges, parts that do not fit, bad input to the
// reader, and a real write failure (file size limit) in a child process.
#include <gtest/gtest.h>
#include <hdf5.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include "output/compatibility.hpp"
#include "output/errors.hpp"
#include "output/part_writer.hpp"
#include "output/result_file.hpp"
#include "output/result_writer.hpp"
#include "synthetic.hpp"
#include "temp_dir.hpp"

namespace out {
namespace {

using testing::SweepSpec;
using testing::TempDir;

bool has_leftovers(const std::filesystem::path& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) return true;
  }
  return false;
}

std::string file_text(const std::filesystem::path& path) {
  std::string s;
  std::getline(std::ifstream(path), s);
  return s;
}

// Writes the parts of a small sweep and returns a writer ready for them.
struct SmallSweep {
  explicit SmallSweep(const std::filesystem::path& dir, Trace trace = Trace::cases)
      : result(dir / "x.h5"), parts(parts_directory(result)) {
    spec.trace = trace;
    spec.replications = 2;
    for (int p = 0; p < spec.points; ++p) {
      for (int r = 0; r < spec.replications; ++r) {
        testing::write_synthetic_part(part_path(parts, p, r), p, r, trace, spec.cases_of(p, r),
                                      spec.groups, spec.periods);
      }
    }
  }
  ResultWriter writer(bool force = false) const {
    return ResultWriter(result, force,
                        testing::synthetic_provenance(spec.replications, spec.groups),
                        testing::synthetic_points(spec.points), spec.replications, spec.trace);
  }
  std::filesystem::path result, parts;
  SweepSpec spec;
};

TEST(ResultErrors, NoOverwriteWithoutForce) {
  TempDir dir;
  const SmallSweep sweep(dir.path());
  std::ofstream(sweep.result) << "precious\n";
  try {
    sweep.writer();
    FAIL() << "expected WriteError";
  } catch (const WriteError& e) {
    EXPECT_NE(std::string(e.what()).find("x.h5: already exists"), std::string::npos) << e.what();
  }
  EXPECT_EQ(file_text(sweep.result), "precious");
  EXPECT_FALSE(has_leftovers(dir.path()));

  ResultWriter writer = sweep.writer(true);
  for (int p = 0; p < 2; ++p) {
    for (int r = 0; r < 2; ++r) writer.add_run(part_path(sweep.parts, p, r));
  }
  EXPECT_EQ(file_text(sweep.result), "precious");  // replaced only by commit
  writer.commit();
  EXPECT_NO_THROW(ResultFile{sweep.result});
  EXPECT_FALSE(has_leftovers(dir.path()));
}

TEST(ResultErrors, TemporaryRemovedWhenNotCommitted) {
  TempDir dir;
  const SmallSweep sweep(dir.path());
  std::filesystem::path temporary;
  {
    ResultWriter writer = sweep.writer();
    temporary = writer.temporary_path();
    EXPECT_EQ(temporary.parent_path(), dir.path());
    writer.add_run(part_path(sweep.parts, 0, 0));
    EXPECT_TRUE(std::filesystem::exists(temporary));
    EXPECT_THROW(writer.commit(), std::logic_error);  // 1 of 4 runs
  }
  EXPECT_FALSE(std::filesystem::exists(temporary));
  EXPECT_FALSE(std::filesystem::exists(sweep.result));
}

TEST(ResultErrors, PartsOutOfOrderAreRefused) {
  TempDir dir;
  const SmallSweep sweep(dir.path());
  ResultWriter writer = sweep.writer();
  writer.add_run(part_path(sweep.parts, 0, 0));
  try {
    writer.add_run(part_path(sweep.parts, 1, 0));
    FAIL() << "expected Incompatible";
  } catch (const Incompatible& e) {
    EXPECT_NE(std::string(e.what()).find("holds point 1 replication 0 but point 0 replication 1"),
              std::string::npos)
        << e.what();
  }
}

TEST(ResultErrors, PartsWithOtherMetricsAreIncompatible) {
  TempDir dir;
  const SmallSweep sweep(dir.path());
  const auto odd = dir.path() / "odd.h5";
  {
    RunPartWriter part(odd, Trace::cases, 4);
    auto m = testing::synthetic_metrics(0, 1, 4, 12);
    m.kpis.push_back({{"extra_kpi", "cases", "Something new"}, 1});
    m.kpis.erase(m.kpis.begin());
    part.finish({0, 1, 2, 3, 0, 0}, m);
  }
  {
    ResultWriter writer = sweep.writer();
    writer.add_run(part_path(sweep.parts, 0, 0));
    try {
      writer.add_run(odd);
      FAIL() << "expected Incompatible";
    } catch (const Incompatible& e) {
      EXPECT_NE(std::string(e.what()).find("KPIs differ: only in the first run: 'charge_rate'; "
                                           "only in this part: 'extra_kpi'"),
                std::string::npos)
          << e.what();
    }
    EXPECT_THROW(writer.add_run(part_path(sweep.parts, 0, 1)), std::logic_error);
  }
  EXPECT_FALSE(has_leftovers(dir.path()));
}

TEST(ResultErrors, PartsWithoutTheTraceAreIncompatible) {
  TempDir dir;
  const SmallSweep sweep(dir.path(), Trace::none);
  ResultWriter writer(sweep.result, false, testing::synthetic_provenance(2, 4),
                      testing::synthetic_points(2), 2, Trace::cases);
  EXPECT_THROW(writer.add_run(part_path(sweep.parts, 0, 0)), Incompatible);
}

TEST(ResultErrors, BadArgumentsAreRefused) {
  TempDir dir;
  const auto provenance = testing::synthetic_provenance(2, 4);
  const auto points = testing::synthetic_points(2);
  const auto path = dir.path() / "x.h5";
  EXPECT_THROW(ResultWriter(path, false, provenance, {}, 2, Trace::none), std::invalid_argument);
  EXPECT_THROW(ResultWriter(path, false, provenance, points, 3, Trace::none),
               std::invalid_argument);
  auto bad_date = provenance;
  bad_date.start_date = "01/04/2026";
  EXPECT_THROW(ResultWriter(path, false, bad_date, points, 2, Trace::none), std::invalid_argument);
  EXPECT_FALSE(has_leftovers(dir.path()));
}

// ---- the reader ----

void expect_not_a_result(const std::filesystem::path& path, const std::string& message) {
  try {
    ResultFile f(path);
    FAIL() << "expected NotAResult for " << path;
  } catch (const NotAResult& e) {
    EXPECT_EQ(std::string(e.what()), path.string() + ": " + message);
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
}

TEST(ResultReader, BadInputIsNotAResult) {
  TempDir dir;
  expect_not_a_result(dir.path() / "missing.h5", "no such file");
  const auto text = dir.path() / "text.h5";
  std::ofstream(text) << "name: not hdf5\n";
  expect_not_a_result(text, "not an HDF5 file");
  const auto other = dir.path() / "other.h5";
  const hid_t file = H5Fcreate(other.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  H5Gclose(H5Gcreate2(file, "data", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
  H5Fclose(file);
  expect_not_a_result(other, "not a cjsim result file (missing /runs)");
  const auto part = dir.path() / "part.h5";
  testing::write_synthetic_part(part, 0, 0, Trace::none, 10, 4, 3);
  expect_not_a_result(part, "not a cjsim result file (missing /runs)");
}

TEST(ResultReader, IncomparableFilesSayWhatDiffers) {
  TempDir dir;
  SweepSpec spec;
  spec.trace = Trace::none;
  testing::make_sweep(dir.path() / "a.h5", spec);
  spec.replications = 2;
  testing::make_sweep(dir.path() / "b.h5", spec);
  const ResultFile a(dir.path() / "a.h5"), b(dir.path() / "b.h5");
  EXPECT_NO_THROW(require_comparable(a, a));
  try {
    require_comparable(a, b);
    FAIL() << "expected Incompatible";
  } catch (const Incompatible& e) {
    EXPECT_NE(std::string(e.what()).find("replications differ: 3 in a.h5, 2 in b.h5"),
              std::string::npos)
        << e.what();
  }
}

// ---- a real write failure ----

TEST(ResultErrors, WriteFailureIsReportedAndCleanedUp) {
  TempDir dir;
  SweepSpec spec;
  spec.trace = Trace::cases;
  spec.cases = 60000;  // about 0.5 MB compressed a run: well past the limit below
  const auto result = dir.path() / "big.h5";
  const auto parts = parts_directory(result);
  for (int p = 0; p < spec.points; ++p) {
    for (int r = 0; r < spec.replications; ++r) {
      testing::write_synthetic_part(part_path(parts, p, r), p, r, spec.trace, spec.cases_of(p, r),
                                    spec.groups, spec.periods);
    }
  }
  const auto message_file = dir.path() / "message.txt";
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Child: no gtest assertions here; the exit code tells the parent what happened.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{256 * 1024, 256 * 1024};
    setrlimit(RLIMIT_FSIZE, &limit);
    int code = 10;
    std::filesystem::path temporary;
    try {
      ResultWriter writer(result, false, testing::synthetic_provenance(3, 4),
                          testing::synthetic_points(2), 3, Trace::cases, {{}, 2});
      temporary = writer.temporary_path();
      for (int p = 0; p < 2; ++p) {
        for (int r = 0; r < 3; ++r) writer.add_run(part_path(parts, p, r));
      }
      writer.commit();
      code = 11;  // no failure at all
    } catch (const WriteError& e) {
      std::ofstream(message_file) << e.what();
      code = 0;
    } catch (...) {
      code = 12;
    }
    if (code == 0 && (temporary.empty() || std::filesystem::exists(temporary))) code = 13;
    if (code == 0 && std::filesystem::exists(result)) code = 14;
    _exit(code);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status)) << "child killed by signal " << WTERMSIG(status);
  const std::string message = file_text(message_file);
  EXPECT_EQ(WEXITSTATUS(status), 0) << message;
  EXPECT_NE(message.find("big.h5.tmp-"), std::string::npos) << message;
  EXPECT_NE(message.find("File too large"), std::string::npos) << message;
  EXPECT_FALSE(std::filesystem::exists(result));
  EXPECT_FALSE(has_leftovers(dir.path()));
  std::printf("    (the message: %s)\n", message.c_str());
}

}  // namespace
}  // namespace out

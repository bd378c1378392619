#include "output/part_writer.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

#include "synthetic.hpp"
#include "temp_dir.hpp"

namespace out {
namespace {

using testing::TempDir;

TEST(PartWriter, NamesPartsByPointAndReplication) {
  EXPECT_EQ(parts_directory("results/x.h5"), std::filesystem::path("results/x.h5.parts"));
  EXPECT_EQ(part_path("results/x.h5.parts", 3, 12),
            std::filesystem::path("results/x.h5.parts/p0003-r0012.h5"));
}

TEST(PartWriter, FinishedPartIsCompleteAndTemporaryGone) {
  TempDir dir;
  const auto part = part_path(parts_directory(dir.path() / "x.h5"), 0, 1);
  const RunInfo info = testing::write_synthetic_part(part, 0, 1, Trace::cases, 500, 4, 10);
  EXPECT_TRUE(part_is_complete(part));
  EXPECT_EQ(info.cases, 500u);
  for (const auto& entry : std::filesystem::directory_iterator(part.parent_path())) {
    EXPECT_EQ(entry.path(), part) << "left behind: " << entry.path();
  }
}

TEST(PartWriter, UnfinishedPartIsNeitherCompleteNorKept) {
  TempDir dir;
  const auto part = dir.path() / "p0000-r0000.h5";
  std::filesystem::path temporary;
  {
    RunPartWriter writer(part, Trace::cases, 4);
    temporary = writer.temporary_path();
    testing::SyntheticOptions o;
    o.cases = 20000;  // more than a chunk, so some rows are on disk
    report_synthetic_cases(writer, o);
    EXPECT_TRUE(std::filesystem::exists(temporary));
    EXPECT_FALSE(std::filesystem::exists(part));
    EXPECT_FALSE(part_is_complete(part));
    EXPECT_FALSE(part_is_complete(temporary));
  }
  EXPECT_FALSE(std::filesystem::exists(temporary));
  EXPECT_FALSE(std::filesystem::exists(part));
}

TEST(PartWriter, CrashedWorkerLeavesOnlyATemporary) {
  TempDir dir;
  const auto part = dir.path() / "p0000-r0003.h5";
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    RunPartWriter writer(part, Trace::events, 4);
    testing::SyntheticOptions o;
    o.cases = 30000;
    report_synthetic_cases(writer, o);
    _exit(0);  // dies mid-run: no finish, no destructor
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_FALSE(std::filesystem::exists(part));
  EXPECT_FALSE(part_is_complete(part));
  EXPECT_EQ(remove_part_temporaries(dir.path()), 1u);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(PartWriter, DamagedOrForeignFilesAreNotComplete) {
  TempDir dir;
  const auto part = dir.path() / "good.h5";
  testing::write_synthetic_part(part, 0, 0, Trace::cases, 3000, 4, 10);
  const auto size = std::filesystem::file_size(part);
  const auto truncated = dir.path() / "truncated.h5";
  std::filesystem::copy_file(part, truncated);
  std::filesystem::resize_file(truncated, size / 2);
  EXPECT_FALSE(part_is_complete(truncated));
  const auto text = dir.path() / "text.h5";
  std::ofstream(text) << "not hdf5\n";
  EXPECT_FALSE(part_is_complete(text));
  EXPECT_FALSE(part_is_complete(dir.path() / "missing.h5"));
  EXPECT_FALSE(part_is_complete(dir.path()));
  EXPECT_TRUE(part_is_complete(part));
}

TEST(PartWriter, CaseCountMustMatchWhatWasReported) {
  TempDir dir;
  RunPartWriter writer(dir.path() / "p.h5", Trace::none, 4);
  testing::SyntheticOptions o;
  o.cases = 100;
  report_synthetic_cases(writer, o);
  EXPECT_EQ(writer.cases_reported(), 100u);
  RunInfo info;
  info.cases = 99;
  EXPECT_THROW(writer.finish(info, testing::synthetic_metrics(0, 0, 4, 5)), std::logic_error);
}

TEST(PartWriter, MetricsOfTheWrongShapeAreRejected) {
  TempDir dir;
  auto attempt = [&](const cj::RunMetrics& m) {
    RunPartWriter writer(dir.path() / "p.h5", Trace::none, 4);
    writer.finish(RunInfo{}, m);
  };
  auto good = testing::synthetic_metrics(0, 0, 4, 5);
  auto m = good;
  m.series[0].values.pop_back();
  EXPECT_THROW(attempt(m), std::invalid_argument);
  m = good;
  m.kpis_by_group[0].values.push_back(1);
  EXPECT_THROW(attempt(m), std::invalid_argument);
  m = good;
  m.kpis.push_back(m.kpis[0]);
  EXPECT_THROW(attempt(m), std::invalid_argument);
  m = good;
  m.kpis[0].name = "a/b";
  EXPECT_THROW(attempt(m), std::invalid_argument);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "p.h5"));
  EXPECT_NO_THROW(attempt(good));
  EXPECT_TRUE(part_is_complete(dir.path() / "p.h5"));
}

}  // namespace
}  // namespace out

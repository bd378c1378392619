// A part's trace goes to disk a chunk at a time: memory must not grow with the number of rows.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "output/part_writer.hpp"
#include "synthetic.hpp"
#include "temp_dir.hpp"

namespace out {
namespace {

// VmHWM (peak resident set) in kB, or -1 where /proc is not available.
long peak_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// Lets the peak restart from the current size (Linux 4.0+), so earlier tests do not mask growth.
void reset_peak() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

TEST(PartMemory, TwoMillionCaseRowsKeepMemoryFlat) {
  if (peak_kb() < 0) GTEST_SKIP() << "no /proc/self/status";
  testing::TempDir dir;
  RunPartWriter writer(dir.path() / "p.h5", Trace::cases, 6);
  testing::SyntheticOptions o;
  o.cases = 2'000'000;
  o.groups = 6;
  o.closing_order = false;  // no heap of open cases: only the writer could grow
  o.events = false;
  reset_peak();
  const long before = peak_kb();
  report_synthetic_cases(writer, o);
  const long growth_kb = peak_kb() - before;
  writer.finish({0, 0, 1, 0, 0, 2'000'000}, testing::synthetic_metrics(0, 0, 6, 3));
  const auto bytes = std::filesystem::file_size(dir.path() / "p.h5");
  std::printf(
      "    2M case rows: peak RSS growth %ld kB (rows in memory would be %zu kB); "
      "part %.1f bytes a row\n",
      growth_kb, 2'000'000 * sizeof(CaseRow) / 1024, static_cast<double>(bytes) / 2e6);
  EXPECT_LT(growth_kb, 16 * 1024);
}

}  // namespace
}  // namespace out

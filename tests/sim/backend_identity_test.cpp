// The native and SimGrid back ends give bit-identical results: every recorded time of the cj3
// benchmark and of a workload full of ties, rosters and priorities. Runs with one seed repeat bit
// for bit; runs with different seeds differ. SimGrid runs each happen in a child process.
#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <functional>
#include <vector>

#include "tests/sim/child_process.hpp"
#include "tests/sim/tie_workload.hpp"
#include "tools/bench/cj3.hpp"
#include "tools/bench/cj3_limit.hpp"

namespace {

using sim::EngineKind;

// Every time cj3 recorded, then its summary; on the kernel, or hand-written without it.
std::vector<double> cj3_record(EngineKind kind, std::uint64_t seed,
                               bench::Cj3Result (*run)(const bench::Cj3Options&) = bench::run_cj3) {
  bench::Cj3Options o;
  o.cases = 4000;
  o.seed = seed;
  o.engine = kind;
  o.record_times = true;
  bench::Cj3Result r = run(o);
  std::vector<double> values = std::move(r.times);
  values.insert(values.end(), {r.w1, r.w2_priority, r.w2_normal, r.p_renege, r.w3, r.end_time,
                               static_cast<double>(r.events), static_cast<double>(r.counted)});
  return values;
}

std::vector<double> in_child(const std::function<std::vector<double>()>& body) {
  const auto child = simtest::run_in_child(body);
  EXPECT_TRUE(child.ok) << child.failure;
  return child.values;
}

// Equal bit patterns (so -0 differs from 0, and NaN equals itself); reports the first difference.
::testing::AssertionResult bitwise_equal(const std::vector<double>& a,
                                         const std::vector<double>& b) {
  if (a.size() != b.size()) {
    return ::testing::AssertionFailure() << "sizes differ: " << a.size() << " vs " << b.size();
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) {
      return ::testing::AssertionFailure()
             << "first difference at value " << i << " of " << a.size() << ": "
             << ::testing::PrintToString(a[i]) << " vs " << ::testing::PrintToString(b[i]);
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(BackendIdentity, Cj3RecordedTimesAgreeBitForBit) {
  const auto native = cj3_record(EngineKind::native, 1);
  const auto simgrid = in_child([] { return cj3_record(EngineKind::simgrid, 1); });
  // Each case records its arrival, three starts (or a renege) and three finishes.
  EXPECT_GT(native.size(), 4000u * 6);
  EXPECT_TRUE(bitwise_equal(native, simgrid));
}

// The benchmark's hand-written limit is the same simulation, so that its speed is a fair bound.
TEST(BackendIdentity, HandWrittenCj3AgreesWithTheKernelBitForBit) {
  for (std::uint64_t seed : {1, 2}) {
    const auto kernel = cj3_record(EngineKind::native, seed);
    const auto limit = cj3_record(EngineKind::native, seed, bench::run_cj3_limit);
    EXPECT_GT(kernel.size(), 4000u * 6);
    EXPECT_TRUE(bitwise_equal(kernel, limit)) << "seed " << seed;
  }
}

TEST(BackendIdentity, TieWorkloadAgreesBitForBit) {
  for (std::uint64_t seed : {1, 2, 3}) {
    const auto native = simtest::run_tie_workload(EngineKind::native, seed);
    const auto simgrid =
        in_child([seed] { return simtest::run_tie_workload(EngineKind::simgrid, seed); });
    EXPECT_GT(native.size(), 5000u);
    EXPECT_TRUE(bitwise_equal(native, simgrid)) << "seed " << seed;
  }
}

TEST(BackendIdentity, SameSeedRepeatsBitForBit) {
  EXPECT_TRUE(bitwise_equal(cj3_record(EngineKind::native, 7), cj3_record(EngineKind::native, 7)));
  EXPECT_TRUE(bitwise_equal(simtest::run_tie_workload(EngineKind::native, 7),
                            simtest::run_tie_workload(EngineKind::native, 7)));
  const auto first = in_child([] { return simtest::run_tie_workload(EngineKind::simgrid, 7); });
  const auto second = in_child([] { return simtest::run_tie_workload(EngineKind::simgrid, 7); });
  EXPECT_TRUE(bitwise_equal(first, second));
}

TEST(BackendIdentity, DifferentSeedsDiffer) {
  EXPECT_FALSE(bitwise_equal(cj3_record(EngineKind::native, 7), cj3_record(EngineKind::native, 8)));
  EXPECT_FALSE(bitwise_equal(simtest::run_tie_workload(EngineKind::native, 7),
                             simtest::run_tie_workload(EngineKind::native, 8)));
  const auto a = in_child([] { return cj3_record(EngineKind::simgrid, 7); });
  const auto b = in_child([] { return cj3_record(EngineKind::simgrid, 8); });
  EXPECT_FALSE(bitwise_equal(a, b));
}

}  // namespace

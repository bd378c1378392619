// The rows of /runs, as stored: one compound type for the writer and the reader.
#pragma once

#include <cstdint>

#include "output/hdf5_handles.hpp"
#include "output/records.hpp"

namespace out {

struct RunRow {
  std::int32_t point;
  std::int32_t replication;
  std::uint64_t seed;
  std::uint64_t events;
  double wall_seconds;
  std::uint64_t cases;
};

RunRow run_row(const RunInfo& r);
RunInfo run_info(const RunRow& r);
// The compound type of RunRow (in memory and in the file); throws std::runtime_error.
h5::Type run_row_type();

}  // namespace out

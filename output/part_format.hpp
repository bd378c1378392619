// The part file: what one worker writes for one run, merged later into the result. It is HDF5 too
// (internal, versioned by `format`):
//   root attributes  format, complete, trace, groups, point, replication, seed, events,
//                    wall_seconds, cases
//   /cases, /events  trace rows as in the result (run = 0), chunked like the result's
//   /metrics/period_start, /metrics/{series,kpis,kpis_by_group}/{names,units,descriptions,values}
#pragma once

#include <cstddef>

#include "output/chunked_rows.hpp"
#include "output/trace_rows.hpp"

namespace out::part {

inline constexpr const char* kFormat = "cjsim-part/1";

// Chunks of about 1 MiB: large enough for deflate, small enough to keep memory flat. Parts are
// not compressed: they live only until the merge, which compresses the result's trace anyway,
// and compressing them too would cost the simulating worker about a third of its time (a part
// of a 5-year West Yorkshire run is ~60 MB raw).
inline constexpr std::size_t kCaseChunkRows = 16384;
inline constexpr std::size_t kEventChunkRows = 32768;
inline constexpr Compression kPartCompression{0, false};
// Chunks compressed together: one in a part (inline, in the worker), 16 in the merge (spread over
// threads; a fixed number so the result's bytes do not depend on the thread count).
inline constexpr std::size_t kPartBatchChunks = 1;
inline constexpr std::size_t kMergeBatchChunks = 16;

inline constexpr RowLayout case_layout(Compression compression) {
  return {CaseRow::layout::size, kCaseChunkRows, compression};
}
inline constexpr RowLayout event_layout(Compression compression) {
  return {EventRow::layout::size, kEventChunkRows, compression};
}

inline constexpr const char* kMetricTables[] = {"series", "kpis", "kpis_by_group"};

}  // namespace out::part

// Shuffle + deflate of whole chunks, done here rather than inside HDF5's filter pipeline so that
// a merge can compress many chunks at once on several threads and hand them to HDF5 ready-made
// (H5Dwrite_chunk). The bytes are exactly those of HDF5's own shuffle and deflate filters, so any
// HDF5 reader decodes them; level 0 means no filters at all.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace out {

// Shuffle, then zlib at `level` (0: no filters at all). With `run_length` zlib only looks for runs
// of a repeated byte (Z_RLE): shuffled trace rows are mostly such runs, so it is about as small as
// level 4 and faster than level 1 (measured on synthetic cases: 9.8 bytes and 0.36 us a row,
// against 10.7 bytes and 0.45 us at level 1, 9.7 and 0.53 us at level 4). Either way the stream is
// ordinary zlib, which HDF5's deflate filter reads.
struct Compression {
  int level = 1;
  bool run_length = true;
};

}  // namespace out

namespace out::codec {

// Encodes `raw` (whole elements of `element_size` bytes) into `out`.
void encode(std::span<const std::byte> raw, std::size_t element_size, Compression compression,
            std::vector<std::byte>& out, std::vector<std::byte>& scratch);

// Decodes a stored chunk that holds `raw_size` bytes into `out` (`filtered`: shuffle + deflate,
// else stored as is); false if it is corrupt.
bool decode(std::span<const std::byte> stored, std::size_t element_size, std::size_t raw_size,
            bool filtered, std::vector<std::byte>& out, std::vector<std::byte>& scratch);

}  // namespace out::codec

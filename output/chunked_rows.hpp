// A one-dimensional dataset of fixed-size rows that grows as rows arrive: chunked, compressed
// (shuffle + deflate) and written a whole chunk at a time, so memory stays at a few chunks however
// long the trace. Chunks are compressed in batches of `batch_chunks`, on up to `threads` threads
// (the merge); HDF5 itself is called from the owner's thread only. The batch size, not the thread
// count, decides where chunks land in the file: keep it fixed for reproducible bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "output/chunk_codec.hpp"
#include "output/hdf5_error.hpp"
#include "output/hdf5_handles.hpp"

namespace out {

struct RowLayout {
  std::size_t row_size = 0;    // bytes a row, in memory and on disk
  std::size_t chunk_rows = 0;  // rows a chunk
  Compression compression;
};

// Overwrites a uint32 field at `offset` in every appended row (the merge sets `run`).
struct RowStamp {
  std::size_t offset = 0;
  std::uint32_t value = 0;
};

class ChunkedRowWriter {
 public:
  ChunkedRowWriter(hid_t loc, const std::string& name, hid_t row_type, RowLayout layout,
                   std::size_t batch_chunks, unsigned threads, h5::WriteCheck check);
  ChunkedRowWriter(const ChunkedRowWriter&) = delete;
  ChunkedRowWriter& operator=(const ChunkedRowWriter&) = delete;

  void append(const void* rows, std::size_t count, const RowStamp* stamp = nullptr);
  // Writes the last, partial chunk and closes the dataset (checked). No appends after it.
  void finish();
  std::uint64_t rows() const noexcept { return written_ + pending_; }
  hid_t dataset() const noexcept { return dataset_.get(); }

 private:
  void write_chunks(std::size_t chunks, std::uint64_t extent);

  std::string name_;
  RowLayout layout_;
  unsigned threads_;
  h5::WriteCheck check_;
  h5::Dataset dataset_;
  std::size_t batch_chunks_;
  std::vector<std::byte> buffer_;  // batch_chunks_ chunks of raw rows
  std::size_t pending_ = 0;        // rows in buffer_
  std::uint64_t written_ = 0;      // rows on disk
  std::vector<std::vector<std::byte>> encoded_, scratch_;
};

// Reads such a dataset back chunk by chunk (decoding on `threads` threads), for the merge.
class ChunkedRowReader {
 public:
  // Checks that the dataset has `row_type`, the chunking of `layout` and shuffle + deflate (or no
  // filters); throws ReadError naming what does not match.
  ChunkedRowReader(hid_t loc, const std::string& name, hid_t row_type, RowLayout layout,
                   unsigned threads, h5::ReadCheck check);
  std::uint64_t rows() const noexcept { return rows_; }
  // Calls sink(rows, count) for each chunk in order.
  void read(const std::function<void(const std::byte*, std::size_t)>& sink);

 private:
  std::string name_;
  RowLayout layout_;
  unsigned threads_;
  h5::ReadCheck check_;
  h5::Dataset dataset_;
  std::uint64_t rows_ = 0;
  bool filtered_ = false;
};

}  // namespace out

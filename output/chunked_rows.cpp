#include "output/chunked_rows.hpp"

#include <algorithm>
#include <cstring>

#include "output/chunk_codec.hpp"
#include "output/hdf5_io.hpp"
#include "output/parallel.hpp"

namespace out {

ChunkedRowWriter::ChunkedRowWriter(hid_t loc, const std::string& name, hid_t row_type,
                                   RowLayout layout, std::size_t batch_chunks, unsigned threads,
                                   h5::WriteCheck check)
    : name_(h5::path_of(loc, name)),
      layout_(layout),
      threads_(std::max(threads, 1u)),
      check_(std::move(check)),
      batch_chunks_(std::max<std::size_t>(batch_chunks, 1)),
      buffer_(batch_chunks_ * layout.chunk_rows * layout.row_size),
      encoded_(batch_chunks_),
      scratch_(batch_chunks_) {
  const std::string what = "creating " + name_;
  const hsize_t zero = 0;
  const hsize_t unlimited = H5S_UNLIMITED;
  const hsize_t chunk = layout_.chunk_rows;
  const h5::Space space(check_(H5Screate_simple(1, &zero, &unlimited), what));
  const h5::Plist dcpl = h5::dataset_create_plist(check_);
  check_(H5Pset_chunk(dcpl.get(), 1, &chunk), what);
  check_(H5Pset_fill_time(dcpl.get(), H5D_FILL_TIME_NEVER), what);  // chunks are written whole
  if (layout_.compression.level > 0) {
    check_(H5Pset_shuffle(dcpl.get()), what);
    // The level recorded here is for information (run-length chunks record 1): readers only
    // inflate, whatever the level or strategy.
    check_(H5Pset_deflate(dcpl.get(), static_cast<unsigned>(layout_.compression.level)), what);
  }
  dataset_ = h5::Dataset(check_(
      H5Dcreate2(loc, name.c_str(), row_type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
      what));
}

void ChunkedRowWriter::append(const void* rows, std::size_t count, const RowStamp* stamp) {
  const auto* in = static_cast<const std::byte*>(rows);
  const std::size_t capacity = batch_chunks_ * layout_.chunk_rows;
  while (count > 0) {
    const std::size_t n = std::min(count, capacity - pending_);
    std::byte* out = buffer_.data() + pending_ * layout_.row_size;
    std::memcpy(out, in, n * layout_.row_size);
    if (stamp) {
      for (std::size_t i = 0; i < n; ++i) {
        std::memcpy(out + i * layout_.row_size + stamp->offset, &stamp->value, sizeof stamp->value);
      }
    }
    pending_ += n;
    in += n * layout_.row_size;
    count -= n;
    if (pending_ == capacity) {
      write_chunks(batch_chunks_, written_ + capacity);
      pending_ = 0;
    }
  }
}

void ChunkedRowWriter::finish() {
  if (!dataset_) return;
  if (pending_ > 0) {
    // Zero the tail of the last chunk: HDF5 stores edge chunks whole, and the file's bytes must
    // not depend on what the buffer held before.
    const std::size_t chunks = (pending_ + layout_.chunk_rows - 1) / layout_.chunk_rows;
    std::memset(buffer_.data() + pending_ * layout_.row_size, 0,
                (chunks * layout_.chunk_rows - pending_) * layout_.row_size);
    write_chunks(chunks, written_ + pending_);
    pending_ = 0;
  }
  check_(dataset_.close(), "closing " + name_);
}

void ChunkedRowWriter::write_chunks(std::size_t chunks, std::uint64_t extent) {
  const std::size_t chunk_bytes = layout_.chunk_rows * layout_.row_size;
  parallel_for(chunks, threads_, [&](std::size_t i) {
    codec::encode({buffer_.data() + i * chunk_bytes, chunk_bytes}, layout_.row_size,
                  layout_.compression, encoded_[i], scratch_[i]);
  });
  const std::string what = "writing " + name_;
  const hsize_t size = extent;
  check_(H5Dset_extent(dataset_.get(), &size), what);
  for (std::size_t i = 0; i < chunks; ++i) {
    const hsize_t offset = written_ + i * layout_.chunk_rows;
    check_(H5Dwrite_chunk(dataset_.get(), H5P_DEFAULT, 0, &offset, encoded_[i].size(),
                          encoded_[i].data()),
           what);
  }
  written_ = extent;
}

ChunkedRowReader::ChunkedRowReader(hid_t loc, const std::string& name, hid_t row_type,
                                   RowLayout layout, unsigned threads, h5::ReadCheck check)
    : name_(h5::path_of(loc, name)),
      layout_(layout),
      threads_(std::max(threads, 1u)),
      check_(std::move(check)) {
  const std::string what = "reading " + name_;
  dataset_ = h5::Dataset(check_(H5Dopen2(loc, name.c_str(), H5P_DEFAULT), what));
  const h5::Type type(check_(H5Dget_type(dataset_.get()), what));
  if (H5Tequal(type.get(), row_type) <= 0) check_.fail(what, "rows of an unexpected type");
  const h5::Space space(check_(H5Dget_space(dataset_.get()), what));
  if (H5Sget_simple_extent_ndims(space.get()) != 1) check_.fail(what, "not one-dimensional");
  hsize_t size = 0;
  check_(H5Sget_simple_extent_dims(space.get(), &size, nullptr), what);
  rows_ = size;
  const h5::Plist dcpl(check_(H5Dget_create_plist(dataset_.get()), what));
  hsize_t chunk = 0;
  if (H5Pget_chunk(dcpl.get(), 1, &chunk) != 1 || chunk != layout_.chunk_rows) {
    check_.fail(what, "unexpected chunking");
  }
  const int filters = H5Pget_nfilters(dcpl.get());
  const bool compressed = filters == 2 &&
                          H5Pget_filter2(dcpl.get(), 0, nullptr, nullptr, nullptr, 0, nullptr,
                                         nullptr) == H5Z_FILTER_SHUFFLE &&
                          H5Pget_filter2(dcpl.get(), 1, nullptr, nullptr, nullptr, 0, nullptr,
                                         nullptr) == H5Z_FILTER_DEFLATE;
  if (filters != 0 && !compressed) check_.fail(what, "unexpected filters");
  filtered_ = compressed;
}

void ChunkedRowReader::read(const std::function<void(const std::byte*, std::size_t)>& sink) {
  const std::string what = "reading " + name_;
  const std::size_t chunk_bytes = layout_.chunk_rows * layout_.row_size;
  const std::uint64_t chunks = (rows_ + layout_.chunk_rows - 1) / layout_.chunk_rows;
  // Enough chunks in flight to keep every thread busy (reading order does not affect output).
  const std::size_t batch = threads_ <= 1 ? 1 : 2 * static_cast<std::size_t>(threads_);
  std::vector<std::vector<std::byte>> stored(batch), raw(batch), scratch(batch);
  for (std::uint64_t first = 0; first < chunks; first += batch) {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(batch, chunks - first));
    for (std::size_t i = 0; i < n; ++i) {
      const hsize_t offset = (first + i) * layout_.chunk_rows;
      hsize_t size = 0;
      check_(H5Dget_chunk_storage_size(dataset_.get(), &offset, &size), what);
      stored[i].resize(size);
      std::uint32_t mask = 0;
      check_(H5Dread_chunk(dataset_.get(), H5P_DEFAULT, &offset, &mask, stored[i].data()), what);
      if (mask != 0) check_.fail(what, "a chunk stored with some filters skipped");
    }
    std::vector<char> ok(n, 0);
    parallel_for(n, threads_, [&](std::size_t i) {
      ok[i] =
          codec::decode(stored[i], layout_.row_size, chunk_bytes, filtered_, raw[i], scratch[i]);
    });
    for (std::size_t i = 0; i < n; ++i) {
      if (!ok[i]) check_.fail(what, "a corrupt chunk");
      const std::uint64_t start = (first + i) * layout_.chunk_rows;
      sink(raw[i].data(),
           static_cast<std::size_t>(std::min<std::uint64_t>(layout_.chunk_rows, rows_ - start)));
    }
  }
}

}  // namespace out

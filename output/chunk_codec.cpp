#include "output/chunk_codec.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace out::codec {

namespace {

// HDF5's shuffle: byte j of element i goes to position j * n + i. Done in blocks of elements
// small enough for the L1 cache, so that each byte plane is written a cache line at a time
// (element by element, 80 scattered output streams made it slower than zlib itself).
constexpr std::size_t kBlock = 64;

template <std::size_t Size>
void shuffle_fixed(const std::byte* in, std::size_t n, std::size_t size, std::byte* out) {
  const std::size_t s = Size ? Size : size;
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t count = std::min(kBlock, n - first);
    const std::byte* block = in + first * s;
    for (std::size_t j = 0; j < s; ++j) {
      std::byte* plane = out + j * n + first;
      for (std::size_t i = 0; i < count; ++i) plane[i] = block[i * s + j];
    }
  }
}

template <std::size_t Size>
void unshuffle_fixed(const std::byte* in, std::size_t n, std::size_t size, std::byte* out) {
  const std::size_t s = Size ? Size : size;
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t count = std::min(kBlock, n - first);
    std::byte* block = out + first * s;
    for (std::size_t j = 0; j < s; ++j) {
      const std::byte* plane = in + j * n + first;
      for (std::size_t i = 0; i < count; ++i) block[i * s + j] = plane[i];
    }
  }
}

// The row sizes of the traces get loops the compiler can unroll.
void shuffle(const std::byte* in, std::size_t n, std::size_t size, std::byte* out) {
  if (size == 80) return shuffle_fixed<80>(in, n, size, out);
  if (size == 32) return shuffle_fixed<32>(in, n, size, out);
  shuffle_fixed<0>(in, n, size, out);
}

void unshuffle(const std::byte* in, std::size_t n, std::size_t size, std::byte* out) {
  if (size == 80) return unshuffle_fixed<80>(in, n, size, out);
  if (size == 32) return unshuffle_fixed<32>(in, n, size, out);
  unshuffle_fixed<0>(in, n, size, out);
}

}  // namespace

void encode(std::span<const std::byte> raw, std::size_t element_size, Compression compression,
            std::vector<std::byte>& out, std::vector<std::byte>& scratch) {
  if (compression.level == 0) {
    out.assign(raw.begin(), raw.end());
    return;
  }
  const std::size_t n = raw.size() / element_size;
  scratch.resize(raw.size());
  shuffle(raw.data(), n, element_size, scratch.data());
  // HDF5 copies a trailing partial element unshuffled; our chunks hold whole elements.
  std::memcpy(scratch.data() + n * element_size, raw.data() + n * element_size,
              raw.size() - n * element_size);
  out.resize(compressBound(static_cast<uLong>(raw.size())));
  z_stream z{};
  if (deflateInit2(&z, compression.level, Z_DEFLATED, 15, 8,
                   compression.run_length ? Z_RLE : Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib: cannot start compressing");
  }
  z.next_in = reinterpret_cast<Bytef*>(scratch.data());
  z.avail_in = static_cast<uInt>(scratch.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, Z_FINISH);
  const std::size_t size = z.total_out;
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw std::runtime_error("zlib: compression failed");
  out.resize(size);
}

bool decode(std::span<const std::byte> stored, std::size_t element_size, std::size_t raw_size,
            bool filtered, std::vector<std::byte>& out, std::vector<std::byte>& scratch) {
  out.resize(raw_size);
  if (!filtered) {
    if (stored.size() != raw_size) return false;
    std::memcpy(out.data(), stored.data(), raw_size);
    return true;
  }
  scratch.resize(raw_size);
  uLongf size = static_cast<uLongf>(raw_size);
  if (uncompress(reinterpret_cast<Bytef*>(scratch.data()), &size,
                 reinterpret_cast<const Bytef*>(stored.data()),
                 static_cast<uLong>(stored.size())) != Z_OK ||
      size != raw_size) {
    return false;
  }
  const std::size_t n = raw_size / element_size;
  unshuffle(scratch.data(), n, element_size, out.data());
  std::memcpy(out.data() + n * element_size, scratch.data() + n * element_size,
              raw_size - n * element_size);
  return true;
}

}  // namespace out::codec

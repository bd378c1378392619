// A minimal parallel loop for compressing chunks: only zlib work runs on the extra threads, never
// HDF5 (the library is not thread-safe as Debian builds it).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace out {

// Calls f(i) for every i in [0, n) on up to `threads` threads, the caller's included; rethrows
// the first exception once all have stopped.
template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& f) {
  const std::size_t workers = std::min<std::size_t>(std::max(threads, 1u), n);
  if (workers <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        f(i);
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    work();
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace out

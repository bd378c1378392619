// Wall and CPU time of a stretch of this process (CPU: every thread, user and system). CPU time
// is what the benchmark compares: on a shared machine it moves less than wall time.
#pragma once

#include <time.h>

#include <chrono>

namespace bench {

class Stopwatch {
 public:
  Stopwatch() noexcept : wall_(std::chrono::steady_clock::now()), cpu_(process_cpu()) {}
  double wall_seconds() const noexcept {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count();
  }
  double cpu_seconds() const noexcept { return process_cpu() - cpu_; }

 private:
  static double process_cpu() noexcept {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
  }
  std::chrono::steady_clock::time_point wall_;
  double cpu_;
};

}  // namespace bench

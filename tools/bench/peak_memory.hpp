// Peak resident memory of this process, in MiB (from getrusage).
#pragma once

#include <sys/resource.h>

namespace bench {

inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace bench

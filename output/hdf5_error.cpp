#include "output/hdf5_error.hpp"

#include <hdf5.h>

namespace out::h5 {

namespace {

struct Causes {
  std::string os;         // "error message = '...'" of a failed system call, if any
  std::string innermost;  // the first entry: where HDF5 detected the failure
};

herr_t visit(unsigned n, const H5E_error2_t* entry, void* data) {
  auto* causes = static_cast<Causes*>(data);
  const std::string_view desc = entry->desc ? entry->desc : "";
  if (n == 0) {
    causes->innermost = desc;
    if (causes->innermost.empty()) {
      char minor[128] = {};
      if (H5Eget_msg(entry->min_num, nullptr, minor, sizeof minor) > 0) causes->innermost = minor;
    }
  }
  // HDF5's POSIX driver quotes strerror() in its messages.
  static constexpr std::string_view kOs = "error message = '";
  if (const auto at = desc.find(kOs); causes->os.empty() && at != std::string_view::npos) {
    const auto start = at + kOs.size();
    causes->os = desc.substr(start, desc.find('\'', start) - start);
  }
  return 0;
}

}  // namespace

void silence_errors() noexcept {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

std::string failure_cause() {
  Causes causes;
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, visit, &causes);
  H5Eclear2(H5E_DEFAULT);
  if (!causes.os.empty()) return causes.os;
  if (!causes.innermost.empty()) {
    std::string line = causes.innermost;
    for (char& c : line) {
      if (c == '\n') c = ' ';
    }
    return line;
  }
  // Not errno: HDF5 quotes it above when a system call failed, and here it could be stale.
  return "HDF5 gave no reason";
}

}  // namespace out::h5

// An advisory lock on a result being written: `<result>.lock`, held with flock(2) from the check
// of the output until the command ends, so that a second cjsim writing the same result refuses at
// once (instead of removing the first one's temporary files and parts under it).
#pragma once

#include <filesystem>

namespace cjsim {

class OutputLock {
 public:
  OutputLock() = default;
  // BadInput naming the lock file when another process holds it; out::WriteError when it cannot
  // be created (a folder that cannot be written).
  explicit OutputLock(const std::filesystem::path& result);
  OutputLock(OutputLock&& other) noexcept;
  OutputLock& operator=(OutputLock&& other) noexcept;
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  // Removes the lock file (in the process that took it) and releases the lock.
  ~OutputLock();

  static std::filesystem::path path_for(const std::filesystem::path& result);

 private:
  void release() noexcept;

  std::filesystem::path path_;
  int fd_ = -1;
  int owner_ = 0;  // the pid that took it: forked workers share the lock but never remove it
};

}  // namespace cjsim

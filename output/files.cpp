#include "output/files.hpp"

#include <fcntl.h>
#include <hdf5.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include "output/errors.hpp"

namespace out {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* action, int error) {
  throw WriteError(path.string() + ": " + action + ": " + std::strerror(error));
}

void sync(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) fail(path, "opening to flush", errno);
  if (::fsync(fd) != 0) {
    const int error = errno;
    // Some file systems cannot fsync a folder; that is not a failure to write the file.
    if (!((flags & O_DIRECTORY) && (error == EINVAL || error == EBADF))) {
      ::close(fd);
      fail(path, "flushing to disk", error);
    }
  }
  ::close(fd);
}

}  // namespace

std::filesystem::path temporary_path_for(const std::filesystem::path& final_path) {
  std::filesystem::path temp = final_path;
  temp += ".tmp-" + std::to_string(::getpid());
  return temp;
}

void publish(const std::filesystem::path& temporary, const std::filesystem::path& final_path) {
  sync(temporary, O_RDONLY);
  if (std::rename(temporary.c_str(), final_path.c_str()) != 0) {
    fail(final_path, "renaming the finished file into place", errno);
  }
  const std::filesystem::path folder =
      final_path.has_parent_path() ? final_path.parent_path() : std::filesystem::path(".");
  sync(folder, O_RDONLY | O_DIRECTORY);
}

void remove_quietly(const std::filesystem::path& path) noexcept {
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

void skip_hdf5_shutdown_at_exit() noexcept {
  H5dont_atexit();
}

}  // namespace out

#include "tools/cjsim/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "output/errors.hpp"
#include "tools/cjsim/cli.hpp"

namespace cjsim {

std::filesystem::path OutputLock::path_for(const std::filesystem::path& result) {
  std::filesystem::path lock = result;
  lock += ".lock";
  return lock;
}

OutputLock::OutputLock(const std::filesystem::path& result) : path_(path_for(result)) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    // A folder that cannot be written: the work cannot be done (exit 1), as for the result.
    throw out::WriteError(path_.string() + ": creating the lock: " + std::strerror(errno));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd_);
    fd_ = -1;
    if (error == EWOULDBLOCK) {
      throw BadInput(result.string() + " is being written by another cjsim (it holds " +
                     path_.string() + "); wait for it to finish, or use another --out");
    }
    throw BadInput("cannot lock " + path_.string() + ": " + std::strerror(error));
  }
  owner_ = static_cast<int>(::getpid());
}

OutputLock::OutputLock(OutputLock&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      owner_(std::exchange(other.owner_, 0)) {}

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
    owner_ = std::exchange(other.owner_, 0);
  }
  return *this;
}

OutputLock::~OutputLock() {
  release();
}

void OutputLock::release() noexcept {
  if (fd_ < 0) return;
  // Removed while still held, so that no one locks a file that is about to go.
  if (owner_ == static_cast<int>(::getpid())) ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

}  // namespace cjsim

#include "tests/sim/child_process.hpp"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>

namespace simtest {
namespace {

// Writes all of `size` bytes; false on an error.
bool write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Reads until end of file.
std::string read_all(int fd) {
  std::string data;
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

std::string describe_status(int status) {
  if (WIFEXITED(status)) return "child exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "child was killed by signal " + std::to_string(WTERMSIG(status));
  return "child ended in an unknown way (status " + std::to_string(status) + ")";
}

}  // namespace

ChildResult run_in_child(const std::function<std::vector<double>()>& body) {
  ChildResult result;
  int fds[2];
  if (pipe(fds) != 0) {
    result.failure = std::string("pipe: ") + std::strerror(errno);
    return result;
  }
  std::fflush(nullptr);  // nothing buffered may be written twice
  const pid_t pid = fork();
  if (pid < 0) {
    result.failure = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return result;
  }
  if (pid == 0) {
    close(fds[0]);
    int code = 0;
    try {
      const std::vector<double> values = body();
      const std::uint64_t count = values.size();
      // The count first, so that the parent can tell a complete result from a truncated one.
      if (!write_all(fds[1], &count, sizeof count) ||
          !write_all(fds[1], values.data(), values.size() * sizeof(double))) {
        code = 4;
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "child: exception: %s\n", e.what());
      code = 3;
    } catch (...) {
      std::fprintf(stderr, "child: unknown exception\n");
      code = 3;
    }
    close(fds[1]);
    _exit(code);  // no atexit handlers, no test framework teardown in the child
  }
  close(fds[1]);
  const std::string data = read_all(fds[0]);
  close(fds[0]);
  const int status = wait_for(pid);
  if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
    result.failure = describe_status(status);
    return result;
  }
  std::uint64_t count = 0;
  if (data.size() < sizeof count) {
    result.failure = "child wrote no result";
    return result;
  }
  std::memcpy(&count, data.data(), sizeof count);
  if (data.size() != sizeof count + count * sizeof(double)) {
    result.failure = "child's result is truncated: " + std::to_string(data.size()) + " bytes for " +
                     std::to_string(count) + " values";
    return result;
  }
  result.values.resize(count);
  // No values: data() may be null, which memcpy may not be given (UBSan).
  if (count > 0) {
    std::memcpy(result.values.data(), data.data() + sizeof count, count * sizeof(double));
  }
  result.ok = true;
  return result;
}

ProgramResult run_program(const std::string& program, const std::vector<std::string>& args) {
  ProgramResult result;
  int out[2];
  int err[2];
  if (pipe(out) != 0) return result;
  if (pipe(err) != 0) {
    close(out[0]);
    close(out[1]);
    return result;
  }
  std::vector<std::string> words{program};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    dup2(err[1], STDERR_FILENO);
    close(out[0]);
    close(out[1]);
    close(err[0]);
    close(err[1]);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  close(out[1]);
  close(err[1]);
  if (pid < 0) {
    close(out[0]);
    close(err[0]);
    return result;
  }
  // Both pipes at once, so that neither can fill up and block the program.
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open = 2;
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      char buffer[4096];
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
  for (const auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  const int status = wait_for(pid);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace simtest

#include "tests/support/in_child.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <exception>

namespace cjtest {

std::optional<std::vector<double>> in_child(const std::function<std::vector<double>()>& work) {
  int fds[2];
  if (pipe(fds) != 0) return std::nullopt;
  const pid_t pid = fork();
  if (pid < 0) return std::nullopt;
  if (pid == 0) {
    close(fds[0]);
    int status = 0;
    try {
      const std::vector<double> values = work();
      const auto* bytes = reinterpret_cast<const char*>(values.data());
      std::size_t left = values.size() * sizeof(double);
      while (left > 0) {
        const ssize_t n = write(fds[1], bytes, left);
        if (n <= 0) {
          status = 3;
          break;
        }
        bytes += n;
        left -= static_cast<std::size_t>(n);
      }
    } catch (const std::exception&) {
      status = 2;
    }
    close(fds[1]);
    _exit(status);
  }
  close(fds[1]);
  std::vector<char> buffer;
  char chunk[65536];
  for (;;) {
    const ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.insert(buffer.end(), chunk, chunk + n);
  }
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || buffer.size() % sizeof(double) != 0) {
    return std::nullopt;
  }
  std::vector<double> values(buffer.size() / sizeof(double));
  std::copy(buffer.begin(), buffer.end(), reinterpret_cast<char*>(values.data()));
  return values;
}

}  // namespace cjtest

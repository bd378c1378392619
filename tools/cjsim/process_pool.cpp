#include "tools/cjsim/process_pool.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>
#include <map>

#include "tools/cjsim/stop_signals.hpp"

namespace cjsim {
namespace {

struct Child {
  std::size_t task;
  int message_fd;  // the child's reason for failing, if any
  std::string message;
};

// Reads what is available from a child's message pipe.
void drain(Child& child) {
  char buffer[4096];
  for (;;) {
    const ssize_t n = read(child.message_fd, buffer, sizeof buffer);
    if (n <= 0) return;
    child.message.append(buffer, static_cast<std::size_t>(n));
  }
}

std::string describe(int status, const std::string& message) {
  if (WIFSIGNALED(status)) {
    return std::string("crashed: ") + strsignal(WTERMSIG(status));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    return message.empty() ? "failed with exit status " + std::to_string(WEXITSTATUS(status))
                           : message;
  }
  return {};
}

}  // namespace

ProcessPool::ProcessPool(int jobs) : jobs_(jobs < 1 ? 1 : jobs) {}

bool ProcessPool::interrupted() {
  return StopSignals::requested();
}

bool ProcessPool::run(const std::vector<std::size_t>& tasks,
                      const std::function<void(std::size_t)>& work,
                      const std::function<void(const TaskEnd&)>& ended) {
  const StopSignals signals;
  std::map<pid_t, Child> running;
  // However run() ends, also by an exception from `ended` (merging a finished part hit a full
  // disk): no child outlives it to go on writing after the command has exited.
  struct Cleanup {
    std::map<pid_t, Child>& running;
    ~Cleanup() {
      for (const auto& [pid, child] : running) kill(pid, SIGTERM);
      for (const auto& [pid, child] : running) {
        while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        close(child.message_fd);
      }
    }
  } cleanup{running};
  const auto stopping = [] { return StopSignals::requested(); };
  std::size_t next = 0;
  while ((next < tasks.size() && !stopping()) || !running.empty()) {
    while (next < tasks.size() && !stopping() && static_cast<int>(running.size()) < jobs_) {
      int fds[2];
      if (pipe(fds) != 0) break;
      const std::size_t task = tasks[next];
      const pid_t pid = fork();
      if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        ended({task, false, std::string("could not start a process: ") + std::strerror(errno)});
        ++next;
        continue;
      }
      if (pid == 0) {
        // The child: default signal handling (Ctrl-C ends it), run, report, leave at once.
        StopSignals::restore_in_child();
        close(fds[0]);
        int code = 0;
        try {
          work(task);
        } catch (const std::exception& e) {
          const std::string m = e.what();
          (void)!write(fds[1], m.data(), m.size());
          code = 1;
        } catch (...) {
          code = 1;  // nothing may leave the child but through _exit
        }
        close(fds[1]);
        _exit(code);
      }
      close(fds[1]);
      fcntl(fds[0], F_SETFL, O_NONBLOCK);
      running.emplace(pid, Child{task, fds[0], {}});
      ++next;
    }
    if (stopping()) {
      for (auto& [pid, child] : running) kill(pid, SIGTERM);
    }
    int status = 0;
    const pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      break;
    }
    const auto it = running.find(pid);
    if (it == running.end()) continue;
    Child child = std::move(it->second);
    running.erase(it);
    drain(child);
    close(child.message_fd);
    const std::string reason = describe(status, child.message);
    if (!stopping() || reason.empty()) ended({child.task, reason.empty(), reason});
  }
  return !stopping();
}

}  // namespace cjsim

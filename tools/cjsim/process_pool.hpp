// Runs tasks in child processes, at most `jobs` at once: one simulation run per process (SimGrid
// allows one engine per process, and a crash takes down only its own run). The parent hears of
// each task as it ends; a failed task carries its reason (an exception's message, or the signal
// that killed it). Ctrl-C or SIGTERM stops launching, ends the children and returns.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace cjsim {

struct TaskEnd {
  std::size_t task;
  bool ok;
  std::string reason;  // why it failed; empty when ok
};

class ProcessPool {
 public:
  explicit ProcessPool(int jobs);

  // For each task, forks a child that runs `work(task)`: it returns normally for success or
  // throws. `ended` runs in the parent as each child ends; if it throws, the children still
  // running are ended and reaped before the exception leaves run(). Returns false if interrupted.
  bool run(const std::vector<std::size_t>& tasks, const std::function<void(std::size_t)>& work,
           const std::function<void(const TaskEnd&)>& ended);

  // True once SIGINT or SIGTERM arrived during run().
  static bool interrupted();

 private:
  int jobs_;
};

}  // namespace cjsim

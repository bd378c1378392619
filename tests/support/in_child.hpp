// Runs a function in a forked child process and returns the doubles it produced. SimGrid allows
// one engine per process, so each SimGrid run in a test gets a process of its own.
#pragma once

#include <functional>
#include <optional>
#include <vector>

namespace cjtest {

// Empty optional if the child crashed or exited non-zero.
std::optional<std::vector<double>> in_child(const std::function<std::vector<double>()>& work);

}  // namespace cjtest

// Ctrl-C and SIGTERM while a command runs: instead of ending the process on the spot (leaving a
// half-merged temporary behind), they ask the command to stop at its next safe point, where it
// cleans up and exits with status 130. Worker processes get the default handling back.
#pragma once

#include <stdexcept>

namespace cjsim {

// Thrown at a safe point after a stop was asked for.
class Interrupted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// While one is alive (they nest), SIGINT and SIGTERM only set the flag.
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  static bool requested() noexcept;
  // Throws Interrupted("<what>: interrupted") if a stop was asked for.
  static void check(const char* what);
  // In a forked worker: back to the handling the process started with.
  static void restore_in_child() noexcept;
};

}  // namespace cjsim

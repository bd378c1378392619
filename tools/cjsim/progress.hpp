// Progress of many runs: on a terminal, one line rewritten in place (done, failed, elapsed, an
// estimate of what remains); elsewhere, a plain line every few percent, or nothing if quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace cjsim {

class Progress {
 public:
  enum class Style { terminal, lines, quiet };
  // `total` runs, of which `already` were done before (resumed); picks the style from stderr.
  Progress(std::size_t total, std::size_t already, bool lines_when_not_a_terminal);
  void run_ended(bool ok);
  void finish();
  std::size_t done() const noexcept { return done_; }
  std::size_t failed() const noexcept { return failed_; }

 private:
  void show(bool final);
  std::string line() const;

  Style style_;
  std::size_t total_;
  std::size_t already_;
  std::size_t done_;
  std::size_t failed_ = 0;
  int last_percent_shown_ = -1;
  std::size_t last_done_shown_ = static_cast<std::size_t>(-1);
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

std::string format_duration(double seconds);

}  // namespace cjsim

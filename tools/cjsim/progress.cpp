#include "tools/cjsim/progress.hpp"

#include <unistd.h>

#include <cmath>

namespace cjsim {

std::string format_duration(double seconds) {
  const auto s = static_cast<long>(std::lround(std::max(0.0, seconds)));
  char buffer[32];
  if (s >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  }
  return buffer;
}

Progress::Progress(std::size_t total, std::size_t already, bool lines_when_not_a_terminal)
    : style_(isatty(STDERR_FILENO)       ? Style::terminal
             : lines_when_not_a_terminal ? Style::lines
                                         : Style::quiet),
      total_(total),
      already_(already),
      done_(already) {
  show(false);
}

void Progress::run_ended(bool ok) {
  ++done_;
  if (!ok) ++failed_;
  show(false);
}

void Progress::finish() {
  show(true);
}

std::string Progress::line() const {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const std::size_t new_done = done_ - already_;
  const std::size_t left = total_ - done_;
  std::string text = "runs " + std::to_string(done_) + "/" + std::to_string(total_) + " done";
  if (failed_ > 0) text += ", " + std::to_string(failed_) + " failed";
  if (already_ > 0) text += " (" + std::to_string(already_) + " resumed)";
  text += ", elapsed " + format_duration(elapsed);
  if (new_done > 0 && left > 0) {
    text += ", about " +
            format_duration(elapsed / static_cast<double>(new_done) * static_cast<double>(left)) +
            " left";
  }
  return text;
}

void Progress::show(bool final) {
  switch (style_) {
    case Style::quiet:
      return;
    case Style::terminal:
      std::fprintf(stderr, "\r\033[K%s%s", line().c_str(), final ? "\n" : "");
      std::fflush(stderr);
      return;
    case Style::lines: {
      const int percent = total_ ? static_cast<int>(100 * done_ / total_) : 100;
      if (done_ == last_done_shown_) return;  // said already (the last run's line is the final one)
      if (final || percent / 5 > last_percent_shown_ / 5 || last_percent_shown_ < 0) {
        last_percent_shown_ = percent;
        last_done_shown_ = done_;
        std::fprintf(stderr, "%s\n", line().c_str());
      }
      return;
    }
  }
}

}  // namespace cjsim

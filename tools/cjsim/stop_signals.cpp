#include "tools/cjsim/stop_signals.hpp"

#include <signal.h>

#include <csignal>
#include <string>

namespace cjsim {
namespace {

volatile std::sig_atomic_t stop_requested = 0;
int guards = 0;
struct sigaction original_int {};
struct sigaction original_term {};

void on_stop(int) {
  stop_requested = 1;
}

}  // namespace

StopSignals::StopSignals() {
  if (guards++ > 0) return;
  struct sigaction action {};
  action.sa_handler = on_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &original_int);
  sigaction(SIGTERM, &action, &original_term);
}

StopSignals::~StopSignals() {
  if (--guards > 0) return;
  restore_in_child();
}

bool StopSignals::requested() noexcept {
  return stop_requested != 0;
}

void StopSignals::check(const char* what) {
  if (requested()) throw Interrupted(std::string(what) + ": interrupted");
}

void StopSignals::restore_in_child() noexcept {
  sigaction(SIGINT, &original_int, nullptr);
  sigaction(SIGTERM, &original_term, nullptr);
}

}  // namespace cjsim

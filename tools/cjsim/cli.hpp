// What every cjsim command shares: exit statuses, the error a command reports for bad input,
// and how a command is declared.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace cjsim {

// Exit statuses: 0 done; 1 the work failed (a run crashed, a disk filled); 2 bad input (a
// scenario with problems, an unknown option, a file that is not a cjsim result); 130 interrupted.
inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kBadInput = 2;
inline constexpr int kInterrupted = 130;

// Bad input found by a command: printed as "cjsim <command>: <message>", exit status 2.
class BadInput : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Invocation {
  std::string command;            // "run"
  std::vector<std::string> args;  // after the command
  std::string command_line;       // the whole line, quoted as a shell would need it
};

int command_run(const Invocation& call);
int command_sweep(const Invocation& call);
int command_check(const Invocation& call);
int command_schema(const Invocation& call);
int command_summary(const Invocation& call);
int command_compare(const Invocation& call);
int command_export(const Invocation& call);
int command_targets(const Invocation& call);
int command_report(const Invocation& call);

// The number of cores: the default for --jobs.
int default_jobs();

}  // namespace cjsim

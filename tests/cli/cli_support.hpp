// What the end-to-end tests of the cjsim command line share: the binary and the bundled scenarios,
// a fresh folder per test, and running a program the way a user or a batch system does (its own
// process group, output captured, a time limit), so that signals can go to the whole group.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace clitest {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// The cjsim binary under test (the build's, or $CJSIM_TEST_BINARY) and the source tree's
// scenarios.
fs::path cjsim_binary();
fs::path source_dir();
fs::path test_scenario(const std::string& name);  // scenarios/test/<name>
fs::path baseline_scenario();                     // scenarios/west-yorkshire/baseline.yaml

// A fresh folder per test; removed afterwards unless the test failed (then its path is printed,
// to look at what the program left).
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

struct Command {
  std::vector<std::string> argv;  // argv[0]: the program (a path, or a name looked up in PATH)
  fs::path cwd;                   // empty: the test's own
  std::vector<std::pair<std::string, std::string>> env;  // set on top of the test's environment
};

struct Outcome {
  int exit_status = -1;  // -1 when ended by a signal or killed at the time limit
  int signal = 0;        // the signal that ended it, if any
  bool timed_out = false;
  bool left_processes = false;  // members of its process group outlived it (killed then)
  std::string out;
  std::string err;
  double seconds = 0;
  // "exit status 2" / "killed by signal 11" ..., with stderr: for failure messages.
  std::string describe() const;
};

// A program running in a process group of its own, its stdout and stderr going to anonymous files.
class Process {
 public:
  explicit Process(const Command& command);
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
  ~Process();  // kills the group if still running

  pid_t pid() const { return pid_; }
  void signal_group(int signal) const;  // every process of the group, as Ctrl-C does
  void signal_leader(int signal) const;
  // Waits for the program to end; at the time limit kills the whole group. Afterwards any process
  // left in its group (a worker that outlived it) is reported in `left_processes` and killed.
  Outcome wait(std::chrono::milliseconds limit = 300s);

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int err_fd_ = -1;
  bool reaped_ = false;
  std::chrono::steady_clock::time_point started_;
};

Outcome run(const Command& command, std::chrono::milliseconds limit = 300s);
// cjsim with these arguments, in `cwd`.
Outcome cjsim(const std::vector<std::string>& args, const fs::path& cwd = {},
              const std::vector<std::pair<std::string, std::string>>& env = {});
Command cjsim_command(const std::vector<std::string>& args, const fs::path& cwd = {},
                      const std::vector<std::pair<std::string, std::string>>& env = {});

// Polls `condition` every few milliseconds; false if it did not hold within `limit`.
bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds limit);

// ---- files ----
std::string read_text(const fs::path& file);
void write_text(const fs::path& file, const std::string& text);
// Every file and folder under `folder`, relative to it, sorted ("a", "a/b.h5", ...).
std::vector<std::string> tree(const fs::path& folder);
// Entries under `folder` whose name contains ".tmp" (temporaries a writer left).
std::vector<std::string> temporaries_under(const fs::path& folder);
// Finished parts in a parts folder: "p0000-r0001.h5", ... (no temporaries, no plan).
std::vector<std::string> finished_parts(const fs::path& parts);

// Lines of `text` that contain `needle`.
std::vector<std::string> lines_with(const std::string& text, const std::string& needle);
std::size_t count_lines(const std::string& text);
// The lines, each ended by a newline (for failure messages).
std::string joined(const std::vector<std::string>& lines);

}  // namespace clitest

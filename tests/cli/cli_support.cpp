#include "cli_support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace clitest {

fs::path cjsim_binary() {
  // Another build or an installed copy can be tested with the same suite.
  const char* other = std::getenv("CJSIM_TEST_BINARY");
  return other && *other ? fs::path(other) : fs::path(CJSIM_BINARY);
}

fs::path source_dir() {
  return CJSIM_SOURCE_DIR;
}

fs::path test_scenario(const std::string& name) {
  return source_dir() / "scenarios" / "test" / name;
}

fs::path baseline_scenario() {
  return source_dir() / "scenarios" / "west-yorkshire" / "baseline.yaml";
}

// ---- TempDir ----

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("cjsim-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  if (::testing::Test::HasFailure()) {
    std::cerr << "(test files kept in " << path_.string() << ")\n";
    return;
  }
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

// ---- processes ----

namespace {

int anonymous_file() {
  std::FILE* file = std::tmpfile();
  if (!file) throw std::runtime_error(std::string("tmpfile: ") + std::strerror(errno));
  const int fd = ::fcntl(::fileno(file), F_DUPFD_CLOEXEC, 3);  // only its copies on 1 and 2 pass on
  std::fclose(file);
  return fd;
}

std::string read_all(int fd) {
  std::string text;
  ::lseek(fd, 0, SEEK_SET);
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

// Whether a live (not zombie) process is in `group`: orphaned zombies wait for whichever process
// adopts them, so kill(-group, 0) alone would count them.
bool group_alive(pid_t group) {
  if (::kill(-group, 0) != 0) return false;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/proc", error)) {
    const std::string stat = read_text(entry.path() / "stat");
    const auto close = stat.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream fields(stat.substr(close + 1));
    char state = 0;
    long parent = 0, process_group = 0;
    fields >> state >> parent >> process_group;
    if (fields && process_group == group && state != 'Z' && state != 'X') return true;
  }
  return false;
}

}  // namespace

Process::Process(const Command& command) : started_(std::chrono::steady_clock::now()) {
  if (command.argv.empty()) throw std::invalid_argument("Process: no program");
  out_fd_ = anonymous_file();
  err_fd_ = anonymous_file();
  std::vector<std::string> args = command.argv;
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    // The child: a group of its own (so the test can signal it and its workers, and a Ctrl-C
    // meant for the test runner does not reach it), plain signal handling, output to the files.
    ::setpgid(0, 0);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGXFSZ, SIGCHLD}) std::signal(s, SIG_DFL);
    ::dup2(out_fd_, STDOUT_FILENO);
    ::dup2(err_fd_, STDERR_FILENO);
    const int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    if (!command.cwd.empty() && ::chdir(command.cwd.c_str()) != 0) {
      std::fprintf(stderr, "test harness: chdir %s: %s\n", command.cwd.c_str(),
                   std::strerror(errno));
      ::_exit(127);
    }
    for (const auto& [name, value] : command.env) ::setenv(name.c_str(), value.c_str(), 1);
    ::execvp(argv[0], argv.data());
    std::fprintf(stderr, "test harness: exec %s: %s\n", argv[0], std::strerror(errno));
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // also here, so that a signal sent at once finds the group
  pid_ = pid;
}

Process::~Process() {
  if (!reaped_ && pid_ > 0) {
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (out_fd_ >= 0) ::close(out_fd_);
  if (err_fd_ >= 0) ::close(err_fd_);
}

void Process::signal_group(int signal) const {
  ::kill(-pid_, signal);
}

void Process::signal_leader(int signal) const {
  ::kill(pid_, signal);
}

Outcome Process::wait(std::chrono::milliseconds limit) {
  Outcome outcome;
  int status = 0;
  const auto deadline = started_ + limit;
  for (;;) {
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) break;
    if (done < 0 && errno != EINTR) throw std::runtime_error("waitpid failed");
    if (std::chrono::steady_clock::now() > deadline) {
      outcome.timed_out = true;
      ::kill(-pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(5ms);
  }
  reaped_ = true;
  outcome.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (WIFEXITED(status) && !outcome.timed_out) outcome.exit_status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  // Workers that outlive the command would go on writing into its folders.
  if (group_alive(pid_)) {
    outcome.left_processes = true;
    ::kill(-pid_, SIGKILL);
    wait_until([&] { return !group_alive(pid_); }, 10s);
  }
  outcome.out = read_all(out_fd_);
  outcome.err = read_all(err_fd_);
  return outcome;
}

std::string Outcome::describe() const {
  std::ostringstream s;
  if (timed_out) {
    s << "timed out after " << seconds << " s";
  } else if (signal != 0) {
    s << "killed by signal " << signal << " (" << strsignal(signal) << ")";
  } else {
    s << "exit status " << exit_status;
  }
  if (left_processes) s << ", processes of its group outlived it";
  s << "\n--- stderr ---\n" << err << "--- stdout (first 2000 bytes) ---\n" << out.substr(0, 2000);
  return s.str();
}

Outcome run(const Command& command, std::chrono::milliseconds limit) {
  Process process(command);
  return process.wait(limit);
}

Command cjsim_command(const std::vector<std::string>& args, const fs::path& cwd,
                      const std::vector<std::pair<std::string, std::string>>& env) {
  Command c;
  c.argv.push_back(cjsim_binary().string());
  c.argv.insert(c.argv.end(), args.begin(), args.end());
  c.cwd = cwd;
  c.env = env;
  return c;
}

Outcome cjsim(const std::vector<std::string>& args, const fs::path& cwd,
              const std::vector<std::pair<std::string, std::string>>& env) {
  return run(cjsim_command(args, cwd, env));
}

bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    if (condition()) return true;
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(2ms);
  }
}

// ---- files ----

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const fs::path& file, const std::string& text) {
  if (file.has_parent_path()) fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::vector<std::string> tree(const fs::path& folder) {
  std::vector<std::string> entries;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    entries.push_back(fs::relative(it->path(), folder).string());
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

std::vector<std::string> temporaries_under(const fs::path& folder) {
  std::vector<std::string> found;
  for (const auto& entry : tree(folder)) {
    if (fs::path(entry).filename().string().find(".tmp") != std::string::npos) {
      found.push_back(entry);
    }
  }
  return found;
}

std::vector<std::string> finished_parts(const fs::path& parts) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parts, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 3 && name.ends_with(".h5") && name.find(".tmp") == std::string::npos) {
      names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find(needle) != std::string::npos) found.push_back(line);
  }
  return found;
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) +
         (!text.empty() && text.back() != '\n' ? 1 : 0);
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

}  // namespace clitest

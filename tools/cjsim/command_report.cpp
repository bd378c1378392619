// cjsim report: hands over to the report maker (Python with h5py and matplotlib), which reads
// result files and writes one self-contained HTML page with its charts.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include "output/result_file.hpp"
#include "tools/cjsim/cli.hpp"

namespace cjsim {
namespace fs = std::filesystem;

namespace {

fs::path report_script() {
  if (const char* override_path = std::getenv("CJSIM_REPORT_SCRIPT")) return override_path;
  // Installed beside the binary (build/bin/../../tools/report) or at the source tree's place.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside =
        exe.parent_path().parent_path().parent_path() / "tools" / "report" / "cjsim_report.py";
    if (fs::exists(beside)) return beside;
  }
  return fs::path(CJSIM_SOURCE_DIR) / "tools" / "report" / "cjsim_report.py";
}

// The result files among the report maker's arguments: the positional ones and --baseline's;
// none when --help or an unknown option is given (the report maker answers those itself).
std::vector<std::string> result_arguments(const std::vector<std::string>& args) {
  std::vector<std::string> results;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") return {};
    if (a == "-o" || a == "--out" || a == "--images") {
      ++i;
    } else if (a == "--baseline") {
      if (i + 1 < args.size()) results.push_back(args[++i]);
    } else if (a.rfind("--baseline=", 0) == 0) {
      results.push_back(a.substr(11));
    } else if (a.empty() || a.front() != '-') {
      results.push_back(a);
    } else if (a.rfind("--out=", 0) != 0 && a.rfind("--images=", 0) != 0) {
      return {};  // an option the report maker will refuse, by its name, before any file
    }
  }
  return results;
}

}  // namespace

int command_report(const Invocation& call) {
  // Every file through the same reader contract as summary, compare and export first: a damaged
  // file is refused here in the same words (exit 2) before Python starts.
  for (const auto& file : result_arguments(call.args)) const out::ResultFile checked(file);
  const fs::path script = report_script();
  if (!fs::exists(script)) throw BadInput("the report maker is missing: " + script.string());
  // Debian's Python has h5py and matplotlib; another python3 first on PATH may not.
  const std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  std::vector<std::string> args{python, script.string()};
  args.insert(args.end(), call.args.begin(), call.args.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  execvp(python.c_str(), argv.data());
  std::cerr << "cjsim report: cannot start python3 (install it with tools/setup.sh)\n";
  return kFailed;
}

}  // namespace cjsim

#include "sim/module.hpp"

#include <dlfcn.h>

#include <map>
#include <mutex>
#include <system_error>

namespace sim {

std::filesystem::path module_directory() {
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::filesystem::path("lib") / "cjsim";
  return (program.parent_path().parent_path() / "lib" / "cjsim").lexically_normal();
}

void* module_entry(const std::string& file, const char* symbol, SymbolScope scope,
                   const std::string& needed_for) {
  static std::mutex mutex;
  static std::map<std::string, void*> loaded;  // never closed: modules register exit handlers
  const std::lock_guard<std::mutex> lock(mutex);
  const std::filesystem::path path = module_directory() / file;
  void*& handle = loaded[path.string()];
  if (!handle) {
    const int flags = RTLD_NOW | (scope == SymbolScope::global ? RTLD_GLOBAL : RTLD_LOCAL);
    handle = dlopen(path.c_str(), flags);
    if (!handle) {
      std::string reason = dlerror();
      // dlerror() starts with the path, which the message gives already.
      if (reason.rfind(path.string() + ": ", 0) == 0) reason.erase(0, path.string().size() + 2);
      throw ModuleError(needed_for + ": cannot load " + path.string() + " (" + reason + ")");
    }
  }
  dlerror();
  void* entry = dlsym(handle, symbol);
  if (!entry) {
    throw ModuleError(needed_for + ": " + path.string() + " has no entry point " + symbol);
  }
  return entry;
}

}  // namespace sim

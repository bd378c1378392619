// Parts of the program that most commands never use (the SimGrid back end, the MPI runtime) are
// built as modules, shared libraries loaded when first needed, so that the other commands
// neither load nor pay for SimGrid, ns-3, Open MPI and hwloc. Modules live in
// <folder of the executable>/../lib/cjsim (build/bin/cjsim: build/lib/cjsim).
//
// To add a module: a MODULE library with an extern "C" entry point, its output folder the one
// above, and a call to module_entry() where it is first needed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace sim {

// A module that cannot be loaded; the message is one line naming what it was needed for and
// the path it was looked for at.
class ModuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class SymbolScope {
  local,   // the module's symbols serve only itself
  global,  // they also serve libraries loaded later (Open MPI's components need this)
};

// Where modules are looked for.
std::filesystem::path module_directory();

// Loads the module `file` (once per process; it stays loaded) and returns its entry point
// `symbol`. Throws ModuleError mentioning `needed_for` if either is missing.
void* module_entry(const std::string& file, const char* symbol, SymbolScope scope,
                   const std::string& needed_for);

}  // namespace sim

// Publishing files safely: write under a temporary name in the final folder, flush to disk, then
// rename, so a crash never leaves a half-written file under its final name.
#pragma once

#include <filesystem>

namespace out {

// "<final>.tmp-<pid>", in the same folder (rename is atomic only within one file system).
std::filesystem::path temporary_path_for(const std::filesystem::path& final_path);

// fsync `temporary`, rename it to `final_path` (replacing it), fsync the folder. WriteError
// naming the file and the system's reason on failure.
void publish(const std::filesystem::path& temporary, const std::filesystem::path& final_path);

// Removes a file, ignoring errors (clean-up paths).
void remove_quietly(const std::filesystem::path& path) noexcept;

// For a program's main(), before anything else touches HDF5: HDF5 1.10 crashes (SIGSEGV) when it
// shuts itself down at exit after a file failed to close (a full disk, a file size limit), which
// turns a write error already reported into a crash. cjsim closes its files itself; the system
// releases one that failed to close.
void skip_hdf5_shutdown_at_exit() noexcept;

}  // namespace out

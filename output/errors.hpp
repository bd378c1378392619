// The exceptions output/ throws. Each message is one line that names the file, what was being
// done and why it failed, e.g. "results/x.h5.tmp-123: writing /cases: No space left on device".
#pragma once

#include <stdexcept>

namespace out {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writing a part or a result failed (disk full, file too large, permissions, existing file).
class WriteError : public Error {
 public:
  using Error::Error;
};

// The file is missing, not HDF5, or HDF5 but not a cjsim result (or part) this version reads.
class NotAResult : public Error {
 public:
  using Error::Error;
};

// A cjsim file that cannot be read as expected (a dataset missing or of the wrong shape).
class ReadError : public Error {
 public:
  using Error::Error;
};

// Two runs or two files that cannot be combined or compared: the message says what differs.
class Incompatible : public Error {
 public:
  using Error::Error;
};

}  // namespace out

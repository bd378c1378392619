// Failed HDF5 calls become exceptions with a one-line message: "<file>: <action>: <cause>", where
// the cause is the operating system's message when HDF5 recorded one ("File too large") and
// HDF5's innermost message otherwise. HDF5's own printing of its error stack is switched off.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "output/errors.hpp"

namespace out::h5 {

// Stops HDF5 printing its error stack to stderr; cheap, called by every entry point.
void silence_errors() noexcept;

// Why the last HDF5 call failed, in one line; clears HDF5's error stack.
std::string failure_cause();

template <class E>
class Checker {
 public:
  explicit Checker(std::string file) : file_(std::move(file)) {}

  // Returns `result` (an id, status or size) unless it is negative, which HDF5 uses for failure.
  template <class T>
  T operator()(T result, std::string_view action) const {
    if (result < 0) fail(action);
    return result;
  }
  [[noreturn]] void fail(std::string_view action) const { fail(action, failure_cause()); }
  [[noreturn]] void fail(std::string_view action, std::string_view cause) const {
    std::string message = file_;
    message.append(": ").append(action).append(": ").append(cause);
    throw E(message);
  }
  const std::string& file() const noexcept { return file_; }

 private:
  std::string file_;
};

using WriteCheck = Checker<WriteError>;
using ReadCheck = Checker<ReadError>;

}  // namespace out::h5

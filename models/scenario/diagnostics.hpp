// Internal. Collects problems as they are found, each with its location, and hands them back
// sorted in file order. The sources (files, --set, sweep points) are numbered in the order they
// were registered, so problems in the scenario file come before those in the files it extends.
#pragma once

#include <string>
#include <vector>

#include "models/scenario/loader.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

class Diagnostics {
 public:
  int add_source(std::string name);
  const std::string& source_name(int source) const;

  // `message`: what is wrong, then what was expected in parentheses.
  void report(Location at, std::string key, std::string message);
  // Problems of one sweep point are told apart by this prefix of their messages.
  void set_message_prefix(std::string prefix) { prefix_ = std::move(prefix); }

  // A file the scenario extends could not be read: the keys it would have given are not
  // reported as missing, since the problem already reported is their cause.
  void mark_incomplete() { incomplete_ = true; }
  bool incomplete() const { return incomplete_; }

  bool empty() const { return problems_.empty(); }
  std::size_t size() const { return problems_.size(); }
  // Sorted by source, line and column (stable: same place, order of finding), duplicates dropped.
  std::vector<Problem> sorted() const;

 private:
  struct Found {
    Location at;
    Problem problem;
  };
  std::vector<std::string> sources_;
  std::vector<Found> problems_;
  std::string prefix_;
  bool incomplete_ = false;
};

}  // namespace cj::scenario

// The collective operations a sweep across MPI ranks needs, behind an interface: MPI itself is in
// a module (mpi_ranks.cpp, libcjsim-mpi.so) that only a process started by mpirun loads, so that
// no other command loads Open MPI and hwloc.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cjsim {

class Ranks {
 public:
  Ranks() = default;
  Ranks(const Ranks&) = delete;
  Ranks& operator=(const Ranks&) = delete;
  virtual ~Ranks() = default;  // ends MPI

  virtual int rank() const = 0;
  virtual int size() const = 0;
  // Rank 0's values, on every rank (resized there).
  virtual void broadcast(std::vector<std::int64_t>& values) = 0;
  // True on every rank if `flag` is true on any.
  virtual bool any(bool flag) = 0;
  // On rank 0, every rank's text in rank order; empty elsewhere.
  virtual std::vector<std::string> gather(const std::string& text) = 0;
  virtual void barrier() = 0;
};

}  // namespace cjsim

// Ranks on MPI: the module libcjsim-mpi.so, loaded with its symbols global (Open MPI's own
// components, which it loads in turn, need them). Nothing else of cjsim is in it.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// The C interface only: Open MPI's C++ bindings are deprecated and need their own library.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include "tools/cjsim/ranks.hpp"

namespace cjsim {
namespace {

class MpiRanks final : public Ranks {
 public:
  MpiRanks(int* argc, char*** argv) {
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (!initialised) MPI_Init(argc, argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
  ~MpiRanks() override {
    int finalised = 0;
    MPI_Finalized(&finalised);
    if (!finalised) MPI_Finalize();
  }

  int rank() const override { return rank_; }
  int size() const override { return size_; }

  void broadcast(std::vector<std::int64_t>& values) override {
    long long count = static_cast<long long>(values.size());
    MPI_Bcast(&count, 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    values.resize(static_cast<std::size_t>(count));
    MPI_Bcast(values.data(), static_cast<int>(count), MPI_INT64_T, 0, MPI_COMM_WORLD);
  }

  bool any(bool flag) override {
    int mine = flag ? 1 : 0;
    int all = 0;
    MPI_Allreduce(&mine, &all, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    return all != 0;
  }

  std::vector<std::string> gather(const std::string& text) override {
    int length = static_cast<int>(text.size());
    std::vector<int> lengths(static_cast<std::size_t>(size_));
    MPI_Gather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<int> offsets(static_cast<std::size_t>(size_), 0);
    int total = 0;
    for (int r = 0; r < size_; ++r) {
      offsets[static_cast<std::size_t>(r)] = total;
      total += lengths[static_cast<std::size_t>(r)];
    }
    std::string all(static_cast<std::size_t>(rank_ == 0 ? total : 0), '\0');
    MPI_Gatherv(text.data(), length, MPI_CHAR, all.data(), lengths.data(), offsets.data(), MPI_CHAR,
                0, MPI_COMM_WORLD);
    std::vector<std::string> texts;
    if (rank_ != 0) return texts;
    for (int r = 0; r < size_; ++r) {
      texts.push_back(all.substr(static_cast<std::size_t>(offsets[static_cast<std::size_t>(r)]),
                                 static_cast<std::size_t>(lengths[static_cast<std::size_t>(r)])));
    }
    return texts;
  }

  void barrier() override { MPI_Barrier(MPI_COMM_WORLD); }

 private:
  int rank_ = 0;
  int size_ = 1;
};

}  // namespace
}  // namespace cjsim

// The module's entry point: starts MPI; the caller owns the result (deleting it ends MPI).
extern "C" __attribute__((visibility("default"))) cjsim::Ranks* cjsim_start_mpi(int* argc,
                                                                                char*** argv) {
  return std::make_unique<cjsim::MpiRanks>(argc, argv).release();
}

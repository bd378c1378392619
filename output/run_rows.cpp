#include "output/run_rows.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace out {

RunRow run_row(const RunInfo& r) {
  return {r.point, r.replication, r.seed, r.events, r.wall_seconds, r.cases};
}

RunInfo run_info(const RunRow& r) {
  return {r.point, r.replication, r.seed, r.events, r.wall_seconds, r.cases};
}

h5::Type run_row_type() {
  h5::Type type(H5Tcreate(H5T_COMPOUND, sizeof(RunRow)));
  if (!type) throw std::runtime_error("HDF5: cannot create the /runs row type");
  const auto insert = [&](const char* name, std::size_t offset, hid_t member) {
    if (H5Tinsert(type.get(), name, offset, member) < 0) {
      throw std::runtime_error(std::string("HDF5: cannot add the /runs field ") + name);
    }
  };
  insert("point", offsetof(RunRow, point), H5T_NATIVE_INT32);
  insert("replication", offsetof(RunRow, replication), H5T_NATIVE_INT32);
  insert("seed", offsetof(RunRow, seed), H5T_NATIVE_UINT64);
  insert("events", offsetof(RunRow, events), H5T_NATIVE_UINT64);
  insert("wall_seconds", offsetof(RunRow, wall_seconds), H5T_NATIVE_DOUBLE);
  insert("cases", offsetof(RunRow, cases), H5T_NATIVE_UINT64);
  return type;
}

}  // namespace out

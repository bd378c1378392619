// HDF5 enumeration types built from the names declared in models/records/labels.hpp, so that any
// HDF5 reader shows "crown" or "victim_withdrawn_post_charge" instead of bare numbers.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

#include "models/records/labels.hpp"
#include "output/hdf5_handles.hpp"

namespace out {

// An 8-bit enumeration type with the members 0..N-1 of E, named as declared.
template <class E>
h5::Type enum_type() {
  h5::Type type(H5Tenum_create(H5T_NATIVE_UINT8));
  if (!type) throw std::runtime_error("HDF5: cannot create an enumeration type");
  const auto names = cj::enum_names<E>();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto value = static_cast<std::uint8_t>(i);
    if (H5Tenum_insert(type.get(), names[i], &value) < 0) {
      throw std::runtime_error(std::string("HDF5: cannot add ") + names[i] +
                               " to an enumeration type");
    }
  }
  return type;
}

}  // namespace out

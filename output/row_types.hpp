// The HDF5 compound type of a declared row (declared_rows.hpp): one member per column, named as
// declared, at the row's own offsets, so rows go to disk without conversion.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "output/declared_rows.hpp"
#include "output/enum_types.hpp"
#include "output/hdf5_handles.hpp"
#include "output/hdf5_io.hpp"

namespace out {

// The HDF5 type a declared stored type is written as.
template <class Stored>
h5::Type stored_type() {
  if constexpr (std::is_enum_v<Stored>) {
    return enum_type<Stored>();
  } else if constexpr (std::is_same_v<Stored, const char*>) {
    return h5::string_type();
  } else if constexpr (std::is_same_v<Stored, cj::TraceTime>) {
    return h5::Type(H5Tcopy(H5T_NATIVE_FLOAT));
  } else if constexpr (std::is_same_v<Stored, bool>) {
    return h5::Type(H5Tcopy(H5T_NATIVE_UINT8));
  } else {
    return h5::Type(H5Tcopy(h5::native_type<Stored>()));
  }
}

template <const auto& List>
h5::Type row_type() {
  h5::Type compound(H5Tcreate(H5T_COMPOUND, LayoutOf<List>::size));
  if (!compound) throw std::runtime_error("HDF5: cannot create a row type");
  for_each_field<List>([&](const auto& field, std::size_t offset) {
    using Field = std::remove_cvref_t<decltype(field)>;
    using Stored = typename Field::stored_type;
    const h5::Type member = stored_type<Stored>();
    for (std::size_t k = 0; k < Field::columns; ++k) {
      const std::string name = column_name(field, k);
      if (!member ||
          H5Tinsert(compound.get(), name.c_str(), offset + k * sizeof(Stored), member.get()) < 0) {
        throw std::runtime_error("HDF5: cannot add the field " + name);
      }
    }
  });
  return compound;
}

}  // namespace out

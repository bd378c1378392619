// Small HDF5 reads and writes used across output/: groups, attributes, strings, and small numeric
// datasets. Every object is created without time stamps (so identical inputs give identical
// bytes) and groups keep their links in creation order (so readers list KPIs as written).
#pragma once

#include <hdf5.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "output/hdf5_error.hpp"
#include "output/hdf5_handles.hpp"

namespace out::h5 {

template <class T>
hid_t native_type();
template <>
inline hid_t native_type<double>() {
  return H5T_NATIVE_DOUBLE;
}
template <>
inline hid_t native_type<float>() {
  return H5T_NATIVE_FLOAT;
}
template <>
inline hid_t native_type<std::int32_t>() {
  return H5T_NATIVE_INT32;
}
template <>
inline hid_t native_type<std::int64_t>() {
  return H5T_NATIVE_INT64;
}
template <>
inline hid_t native_type<std::uint8_t>() {
  return H5T_NATIVE_UINT8;
}
template <>
inline hid_t native_type<std::uint16_t>() {
  return H5T_NATIVE_UINT16;
}
template <>
inline hid_t native_type<std::uint32_t>() {
  return H5T_NATIVE_UINT32;
}
template <>
inline hid_t native_type<std::uint64_t>() {
  return H5T_NATIVE_UINT64;
}

// ---- creation properties ----
Plist file_create_plist(const WriteCheck& check);
Plist file_access_plist(const ReadCheck& check);  // oldest format that holds our features (1.8)
Plist file_access_plist(const WriteCheck& check);
Plist group_create_plist(const WriteCheck& check);
Plist dataset_create_plist(const WriteCheck& check);

// A variable-length UTF-8 string type.
Type string_type();

// The full HDF5 path of `name` under `loc`, for messages.
std::string path_of(hid_t loc, std::string_view name);

// ---- writing ----
Group create_group(hid_t loc, const std::string& name, const WriteCheck& check);

void write_attribute(hid_t obj, const char* name, std::string_view value, const WriteCheck& check);
void write_attribute(hid_t obj, const char* name, const std::vector<std::string>& values,
                     const WriteCheck& check);
void write_attribute(hid_t obj, const char* name, hid_t type, const void* value,
                     const WriteCheck& check);
template <class T>
void write_number_attribute(hid_t obj, const char* name, T value, const WriteCheck& check) {
  write_attribute(obj, name, native_type<T>(), &value, check);
}
// The `units` and `description` attributes every dataset carries.
void describe(hid_t obj, std::string_view units, std::string_view description,
              const WriteCheck& check);

// A contiguous numeric dataset of shape `dims` (row-major values), described.
template <class T>
void write_numbers(hid_t loc, const std::string& name, std::span<const T> values,
                   std::vector<hsize_t> dims, std::string_view units, std::string_view description,
                   const WriteCheck& check);
void write_strings(hid_t loc, const std::string& name, const std::vector<std::string>& values,
                   std::string_view units, std::string_view description, const WriteCheck& check);
Dataset write_string(hid_t loc, const std::string& name, std::string_view value,
                     std::string_view units, std::string_view description, const WriteCheck& check);

// ---- reading ----
// True if every component of the relative `path` exists under `loc`.
bool exists(hid_t loc, const std::string& path);
std::optional<std::string> read_string_attribute(hid_t obj, const char* name,
                                                 const ReadCheck& check);
std::vector<std::string> read_string_array_attribute(hid_t obj, const char* name,
                                                     const ReadCheck& check);
template <class T>
std::optional<T> read_number_attribute(hid_t obj, const char* name, const ReadCheck& check);

// Numeric dataset values in row-major order (converted to T); its shape in `dims` if given.
template <class T>
std::vector<T> read_numbers(hid_t loc, const std::string& path, const ReadCheck& check,
                            std::vector<hsize_t>* dims = nullptr);
std::vector<std::string> read_strings(hid_t loc, const std::string& path, const ReadCheck& check);
// Names of the links in group `path`, in creation order when the group tracks it.
std::vector<std::string> child_names(hid_t loc, const std::string& path, const ReadCheck& check);

}  // namespace out::h5

#include "output/result_contract.hpp"

#include <algorithm>

#include "output/hdf5_handles.hpp"
#include "output/hdf5_io.hpp"

namespace out::contract {
namespace {

std::string shape_text(const std::vector<hsize_t>& shape) {
  if (shape.empty()) return "a single value";
  std::string out = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    out += (i ? " x " : "") + std::to_string(shape[i]);
  }
  return out + "]";
}

// What kind of object `path` is (H5I_DATASET, H5I_GROUP, ...), H5I_BADID when it cannot be
// opened (a dangling link).
H5I_type_t kind_of(hid_t file, const std::string& path) {
  const hid_t object = H5Oopen(file, path.c_str(), H5P_DEFAULT);
  if (object < 0) return H5I_BADID;
  const H5I_type_t kind = H5Iget_type(object);
  H5Oclose(object);
  return kind;
}

struct Opened {
  h5::Dataset dataset;
  std::vector<hsize_t> shape;
  H5T_class_t type_class = H5T_NO_CLASS;
};

Opened open(hid_t file, const std::string& path, const h5::ReadCheck& check) {
  const std::string what = "/" + path;
  if (!h5::exists(file, path)) check.fail(what, "missing");
  if (kind_of(file, path) != H5I_DATASET) check.fail(what, "not a dataset");
  Opened out;
  out.dataset = h5::Dataset(check(H5Dopen2(file, path.c_str(), H5P_DEFAULT), what));
  const h5::Space space(check(H5Dget_space(out.dataset.get()), what));
  const int rank = check(H5Sget_simple_extent_ndims(space.get()), what);
  out.shape.resize(static_cast<std::size_t>(rank));
  if (rank > 0) check(H5Sget_simple_extent_dims(space.get(), out.shape.data(), nullptr), what);
  const h5::Type type(check(H5Dget_type(out.dataset.get()), what));
  out.type_class = H5Tget_class(type.get());
  return out;
}

}  // namespace

void require_numbers(hid_t file, const std::string& path, const std::vector<hsize_t>& shape,
                     const h5::ReadCheck& check) {
  const Opened d = open(file, path, check);
  if (d.type_class != H5T_INTEGER && d.type_class != H5T_FLOAT) {
    check.fail("/" + path, "not numbers");
  }
  if (d.shape != shape) {
    check.fail("/" + path, "shape " + shape_text(d.shape) + ", expected " + shape_text(shape) +
                               " (runs, points, offence groups and periods as the file states)");
  }
}

void require_strings(hid_t file, const std::string& path, hsize_t count,
                     const h5::ReadCheck& check) {
  const Opened d = open(file, path, check);
  if (d.type_class != H5T_STRING) check.fail("/" + path, "not text");
  hsize_t n = 1;
  for (const hsize_t extent : d.shape) n *= extent;
  if (d.shape.size() > 1 || n != count) {
    check.fail("/" + path, "shape " + shape_text(d.shape) + ", expected " + std::to_string(count) +
                               (count == 1 ? " string" : " strings"));
  }
}

void require_group(hid_t file, const std::string& path, const h5::ReadCheck& check) {
  if (!h5::exists(file, path)) check.fail("/" + path, "missing");
  if (kind_of(file, path) != H5I_GROUP) check.fail("/" + path, "not a group");
}

void require_same_names(const std::vector<std::string>& a, const std::string& a_path,
                        const std::vector<std::string>& b, const std::string& b_path,
                        const h5::ReadCheck& check) {
  for (const auto& name : a) {
    if (std::find(b.begin(), b.end(), name) == b.end()) {
      check.fail("/" + b_path + "/" + name, "missing (/" + a_path + "/" + name + " is there)");
    }
  }
  for (const auto& name : b) {
    if (std::find(a.begin(), a.end(), name) == a.end()) {
      check.fail("/" + a_path + "/" + name, "missing (/" + b_path + "/" + name + " is there)");
    }
  }
}

bool is_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace out::contract

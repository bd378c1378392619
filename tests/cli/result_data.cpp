#include "result_data.hpp"

#include <hdf5.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace clitest {
namespace {

// Closes an HDF5 identifier when it goes out of scope.
class Id {
 public:
  Id(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  Id(const Id&) = delete;
  Id& operator=(const Id&) = delete;
  Id(Id&& other) noexcept : id_(other.id_), close_(other.close_) { other.id_ = -1; }
  Id& operator=(Id&&) = delete;
  ~Id() {
    if (id_ >= 0) close_(id_);
  }
  hid_t get() const { return id_; }
  explicit operator bool() const { return id_ >= 0; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

Id open_file(const std::filesystem::path& path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  Id file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
  if (!file) throw std::runtime_error(path.string() + ": cannot open as HDF5");
  return file;
}

Id open_dataset(const std::filesystem::path& path, hid_t file, const std::string& name) {
  Id ds(H5Dopen2(file, name.c_str(), H5P_DEFAULT), H5Dclose);
  if (!ds) throw std::runtime_error(path.string() + ": no dataset " + name);
  return ds;
}

bool is_variable_string(hid_t type) {
  return H5Tget_class(type) == H5T_STRING && H5Tis_variable_str(type) > 0;
}

// ---- objects ----

struct Objects {
  std::map<std::string, H5I_type_t> kinds;  // "/a/b" -> group or dataset
};

herr_t collect(hid_t group, const char* name, const H5L_info_t*, void* data) {
  auto* objects = static_cast<Objects*>(data);
  const hid_t obj = H5Oopen(group, name, H5P_DEFAULT);
  if (obj < 0) return 0;  // a dangling soft link: not an object
  objects->kinds["/" + std::string(name)] = H5Iget_type(obj);
  H5Oclose(obj);
  return 0;
}

Objects objects_of(hid_t file) {
  Objects objects;
  objects.kinds["/"] = H5I_GROUP;
  H5Lvisit(file, H5_INDEX_NAME, H5_ITER_INC, collect, &objects);
  return objects;
}

std::vector<std::string> attribute_names(hid_t obj) {
  std::vector<std::string> names;
  H5Aiterate2(
      obj, H5_INDEX_NAME, H5_ITER_INC, nullptr,
      [](hid_t, const char* name, const H5A_info_t*, void* data) -> herr_t {
        static_cast<std::vector<std::string>*>(data)->emplace_back(name);
        return 0;
      },
      &names);
  return names;
}

// ---- values, in a form that compares byte for byte (strings by content) ----

// `count` elements of `type` in `buffer` as one string per element.
std::vector<std::string> elements(hid_t type, const std::vector<unsigned char>& buffer,
                                  std::size_t count) {
  std::vector<std::string> values(count);
  const std::size_t size = H5Tget_size(type);
  for (std::size_t i = 0; i < count; ++i) {
    if (is_variable_string(type)) {
      const char* text = nullptr;
      std::memcpy(&text, buffer.data() + i * size, sizeof text);
      values[i] = text ? std::string("s:") + text : std::string("null");
    } else {
      values[i].assign(reinterpret_cast<const char*>(buffer.data() + i * size), size);
    }
  }
  return values;
}

// An attribute, read whole with its own type (no conversion), one string per element.
std::vector<std::string> attribute_values(hid_t attr) {
  const Id type(H5Aget_type(attr), H5Tclose);
  const Id space(H5Aget_space(attr), H5Sclose);
  const auto count = static_cast<std::size_t>(H5Sget_simple_extent_npoints(space.get()));
  if (H5Tget_class(type.get()) == H5T_VLEN ||
      (H5Tget_class(type.get()) == H5T_COMPOUND && H5Tdetect_class(type.get(), H5T_STRING) > 0)) {
    throw std::runtime_error("attribute of a type the comparison does not handle");
  }
  std::vector<unsigned char> buffer(count * H5Tget_size(type.get()));
  if (H5Aread(attr, type.get(), buffer.data()) < 0) throw std::runtime_error("H5Aread failed");
  auto values = elements(type.get(), buffer, count);
  if (is_variable_string(type.get()))
    H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, buffer.data());
  return values;
}

// How a dataset is read for comparing: its fixed-size fields together (compared byte for byte),
// each variable-length string field on its own (compared by content).
struct Field {
  std::string name;  // "" when the dataset is not a compound
  std::size_t offset = 0;
  std::size_t size = 0;
};

struct Layout {
  Id type;                    // the memory type: the file's own types, packed
  std::vector<Field> fields;  // where each fixed-size field is in an element
  bool strings = false;       // an element is one variable-length string
};

std::vector<Layout> layouts_of(hid_t dataset, const std::set<std::string>& skipped) {
  const Id type(H5Dget_type(dataset), H5Tclose);
  std::vector<Layout> layouts;
  if (H5Tget_class(type.get()) != H5T_COMPOUND) {
    if (H5Tget_class(type.get()) == H5T_VLEN) {
      throw std::runtime_error("dataset of a type the comparison does not handle");
    }
    const bool strings = is_variable_string(type.get());
    layouts.push_back(
        {Id(H5Tcopy(type.get()), H5Tclose), {{"", 0, H5Tget_size(type.get())}}, strings});
    return layouts;
  }
  std::vector<std::pair<std::string, Id>> fixed;
  for (int i = 0; i < H5Tget_nmembers(type.get()); ++i) {
    char* raw_name = H5Tget_member_name(type.get(), static_cast<unsigned>(i));
    const std::string name = raw_name;
    H5free_memory(raw_name);
    if (skipped.count(name)) continue;
    Id member(H5Tget_member_type(type.get(), static_cast<unsigned>(i)), H5Tclose);
    if (H5Tget_class(member.get()) == H5T_VLEN || (H5Tget_class(member.get()) == H5T_COMPOUND &&
                                                   H5Tdetect_class(member.get(), H5T_STRING) > 0)) {
      throw std::runtime_error("field " + name + " of a type the comparison does not handle");
    }
    if (is_variable_string(member.get())) {
      Id one(H5Tcreate(H5T_COMPOUND, H5Tget_size(member.get())), H5Tclose);
      H5Tinsert(one.get(), name.c_str(), 0, member.get());
      layouts.push_back({std::move(one), {{name, 0, H5Tget_size(member.get())}}, true});
    } else {
      fixed.emplace_back(name, std::move(member));
    }
  }
  if (!fixed.empty()) {
    std::size_t size = 0;
    for (const auto& [name, member] : fixed) size += H5Tget_size(member.get());
    Id packed(H5Tcreate(H5T_COMPOUND, size), H5Tclose);
    std::vector<Field> fields;
    std::size_t offset = 0;
    for (const auto& [name, member] : fixed) {
      H5Tinsert(packed.get(), name.c_str(), offset, member.get());
      fields.push_back({name, offset, H5Tget_size(member.get())});
      offset += H5Tget_size(member.get());
    }
    layouts.push_back({std::move(packed), std::move(fields), false});
  }
  return layouts;
}

// Rows [first, first + count) of a dataset (all of a scalar one) read with a layout: bytes for
// fixed-size fields, or strings.
struct Slice {
  std::size_t elements = 0;
  std::vector<unsigned char> bytes;
  std::vector<std::string> strings;
};

Slice read_slice(hid_t dataset, const Layout& layout, hsize_t first, hsize_t count) {
  const Id file_space(H5Dget_space(dataset), H5Sclose);
  const int rank = H5Sget_simple_extent_ndims(file_space.get());
  std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
  H5Sget_simple_extent_dims(file_space.get(), dims.data(), nullptr);
  Slice slice;
  slice.elements = static_cast<std::size_t>(H5Sget_simple_extent_npoints(file_space.get()));
  std::unique_ptr<Id> memory_space;
  if (rank > 0) {
    std::vector<hsize_t> start(dims.size(), 0), block = dims;
    start[0] = first;
    block[0] = count;
    H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start.data(), nullptr, block.data(),
                        nullptr);
    memory_space = std::make_unique<Id>(H5Screate_simple(rank, block.data(), nullptr), H5Sclose);
    slice.elements = 1;
    for (hsize_t d : block) slice.elements *= static_cast<std::size_t>(d);
  }
  const hid_t type = layout.type.get();
  const std::size_t size = H5Tget_size(type);
  slice.bytes.resize(slice.elements * size);
  if (slice.elements > 0 &&
      H5Dread(dataset, type, memory_space ? memory_space->get() : H5S_ALL,
              memory_space ? file_space.get() : H5S_ALL, H5P_DEFAULT, slice.bytes.data()) < 0) {
    throw std::runtime_error("H5Dread failed");
  }
  if (layout.strings) {
    for (std::size_t i = 0; i < slice.elements; ++i) {
      const char* text = nullptr;
      std::memcpy(&text, slice.bytes.data() + i * size, sizeof text);
      slice.strings.push_back(text ? std::string("s:") + text : std::string("null"));
    }
    H5Dvlen_reclaim(type, memory_space ? memory_space->get() : file_space.get(), H5P_DEFAULT,
                    slice.bytes.data());
    slice.bytes.clear();
  }
  return slice;
}

std::vector<hsize_t> dims_of(hid_t space) {
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
  H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  return dims;
}

std::string dims_text(const std::vector<hsize_t>& dims) {
  std::string text = "[";
  for (std::size_t i = 0; i < dims.size(); ++i) text += (i ? " x " : "") + std::to_string(dims[i]);
  return text + "]";
}

class Comparison {
 public:
  Comparison(const std::filesystem::path& a, const std::filesystem::path& b,
             const CompareOptions& options)
      : a_path_(a), b_path_(b), options_(options), a_(open_file(a)), b_(open_file(b)) {}

  std::vector<std::string> run() {
    const Objects a = objects_of(a_.get());
    const Objects b = objects_of(b_.get());
    for (const auto& [path, kind] : a.kinds) {
      if (ignored(path)) continue;
      const auto other = b.kinds.find(path);
      if (other == b.kinds.end()) {
        note(path + ": only in " + a_path_.filename().string());
      } else if (other->second != kind) {
        note(path + ": a group in one file, a dataset in the other");
      } else {
        compare_object(path, kind);
      }
    }
    for (const auto& [path, kind] : b.kinds) {
      if (!ignored(path) && !a.kinds.count(path)) {
        note(path + ": only in " + b_path_.filename().string());
      }
    }
    return differences_;
  }

 private:
  bool ignored(const std::string& path) const {
    for (const auto& p : options_.paths) {
      if (path == p || path.starts_with(p + "/")) return true;
    }
    return false;
  }

  void note(std::string text) { differences_.push_back(std::move(text)); }

  void compare_object(const std::string& path, H5I_type_t kind) {
    const Id a(H5Oopen(a_.get(), path.c_str(), H5P_DEFAULT), H5Oclose);
    const Id b(H5Oopen(b_.get(), path.c_str(), H5P_DEFAULT), H5Oclose);
    compare_attributes(path, a.get(), b.get());
    if (kind == H5I_DATASET) compare_dataset(path, a.get(), b.get());
  }

  void compare_attributes(const std::string& path, hid_t a, hid_t b) {
    auto names_a = attribute_names(a);
    auto names_b = attribute_names(b);
    std::set<std::string> all(names_a.begin(), names_a.end());
    all.insert(names_b.begin(), names_b.end());
    for (const auto& name : all) {
      if (path == "/" && options_.root_attributes.count(name)) continue;
      const std::string where = path + " attribute " + name;
      const bool in_a = H5Aexists(a, name.c_str()) > 0;
      const bool in_b = H5Aexists(b, name.c_str()) > 0;
      if (in_a != in_b) {
        note(where + ": only in " + (in_a ? a_path_ : b_path_).filename().string());
        continue;
      }
      const Id attr_a(H5Aopen(a, name.c_str(), H5P_DEFAULT), H5Aclose);
      const Id attr_b(H5Aopen(b, name.c_str(), H5P_DEFAULT), H5Aclose);
      const Id type_a(H5Aget_type(attr_a.get()), H5Tclose);
      const Id type_b(H5Aget_type(attr_b.get()), H5Tclose);
      if (H5Tequal(type_a.get(), type_b.get()) <= 0) {
        note(where + ": types differ");
        continue;
      }
      if (attribute_values(attr_a.get()) != attribute_values(attr_b.get())) {
        note(where + ": values differ");
      }
    }
  }

  void compare_dataset(const std::string& path, hid_t a, hid_t b) {
    const Id type_a(H5Dget_type(a), H5Tclose);
    const Id type_b(H5Dget_type(b), H5Tclose);
    if (H5Tequal(type_a.get(), type_b.get()) <= 0) {
      note(path + ": types differ");
      return;
    }
    const Id space_a(H5Dget_space(a), H5Sclose);
    const Id space_b(H5Dget_space(b), H5Sclose);
    const auto dims = dims_of(space_a.get());
    if (dims != dims_of(space_b.get())) {
      note(path + ": shapes differ: " + dims_text(dims) + " and " +
           dims_text(dims_of(space_b.get())));
      return;
    }
    const auto skipped = options_.fields.find(path);
    const auto layouts =
        layouts_of(a, skipped == options_.fields.end() ? std::set<std::string>{} : skipped->second);
    const hsize_t total_rows = dims.empty() ? 1 : dims[0];
    std::size_t row_bytes = H5Tget_size(type_a.get());
    for (std::size_t d = 1; d < dims.size(); ++d) row_bytes *= static_cast<std::size_t>(dims[d]);
    // Big trace datasets are compared a slice at a time.
    const hsize_t step =
        std::max<hsize_t>(1, (std::size_t{32} << 20) / std::max<std::size_t>(row_bytes, 1));
    for (const Layout& layout : layouts) {
      std::map<std::string, std::pair<std::size_t, hsize_t>> differing;  // field: count, 1st row
      for (hsize_t first = 0; first < total_rows; first += step) {
        const hsize_t count = dims.empty() ? 1 : std::min(step, total_rows - first);
        const Slice sa = read_slice(a, layout, first, count);
        const Slice sb = read_slice(b, layout, first, count);
        const std::size_t per_row = std::max<std::size_t>(1, sa.elements / count);
        const auto noted = [&](const std::string& field, std::size_t element) {
          auto [it, added] = differing.try_emplace(field, 0, first + element / per_row);
          ++it->second.first;
        };
        if (layout.strings) {
          for (std::size_t i = 0; i < sa.elements; ++i) {
            if (sa.strings[i] != sb.strings[i]) noted(layout.fields.front().name, i);
          }
          continue;
        }
        if (sa.bytes == sb.bytes) continue;
        const std::size_t size = H5Tget_size(layout.type.get());
        for (std::size_t i = 0; i < sa.elements; ++i) {
          for (const Field& f : layout.fields) {
            const std::size_t at = i * size + f.offset;
            if (std::memcmp(&sa.bytes[at], &sb.bytes[at], f.size) != 0) noted(f.name, i);
          }
        }
      }
      for (const auto& [field, found] : differing) {
        note(path + (field.empty() ? "" : " field " + field) + ": " + std::to_string(found.first) +
             " values differ (first in row " + std::to_string(found.second) + ")");
      }
    }
  }

  std::filesystem::path a_path_, b_path_;
  CompareOptions options_;
  Id a_, b_;
  std::vector<std::string> differences_;
};

}  // namespace

std::vector<std::string> data_differences(const std::filesystem::path& a,
                                          const std::filesystem::path& b,
                                          const CompareOptions& options) {
  return Comparison(a, b, options).run();
}

namespace {

std::vector<std::string> paths_of_kind(const std::filesystem::path& path, H5I_type_t kind) {
  const Id file = open_file(path);
  std::vector<std::string> found;
  for (const auto& [name, k] : objects_of(file.get()).kinds) {
    if (k == kind) found.push_back(name);
  }
  return found;
}

}  // namespace

std::vector<std::string> dataset_paths(const std::filesystem::path& file) {
  return paths_of_kind(file, H5I_DATASET);
}

std::vector<std::string> group_paths(const std::filesystem::path& file) {
  return paths_of_kind(file, H5I_GROUP);
}

bool has_attribute(const std::filesystem::path& path, const std::string& object,
                   const std::string& attribute) {
  const Id file = open_file(path);
  return H5Aexists_by_name(file.get(), object.c_str(), attribute.c_str(), H5P_DEFAULT) > 0;
}

namespace {

// An attribute of `object` and its type, which must be of class `expected` (`what`, in errors).
struct OpenAttribute {
  Id file;
  Id attr;
  Id type;
};
OpenAttribute open_attribute(const std::filesystem::path& path, const std::string& object,
                             const std::string& attribute, H5T_class_t expected,
                             const std::string& what) {
  Id file = open_file(path);
  Id attr(H5Aopen_by_name(file.get(), object.c_str(), attribute.c_str(), H5P_DEFAULT, H5P_DEFAULT),
          H5Aclose);
  if (!attr) throw std::runtime_error(path.string() + ": no attribute " + attribute);
  Id type(H5Aget_type(attr.get()), H5Tclose);
  if (H5Tget_class(type.get()) != expected) {
    throw std::runtime_error(path.string() + ": attribute " + attribute + " is not " + what);
  }
  return OpenAttribute{std::move(file), std::move(attr), std::move(type)};
}

}  // namespace

std::string string_attribute(const std::filesystem::path& path, const std::string& object,
                             const std::string& attribute) {
  const OpenAttribute a = open_attribute(path, object, attribute, H5T_STRING, "a string");
  const Id& type = a.type;
  const auto values = attribute_values(a.attr.get());
  if (values.size() != 1) throw std::runtime_error("attribute " + attribute + " is not scalar");
  const std::string& v = values[0];
  if (is_variable_string(type.get())) return v.substr(2);  // "s:" prefix
  return std::string(v.c_str());                           // fixed length: up to the NUL
}

long long integer_attribute(const std::filesystem::path& path, const std::string& object,
                            const std::string& attribute) {
  const OpenAttribute a = open_attribute(path, object, attribute, H5T_INTEGER, "an integer");
  long long value = 0;
  if (H5Aread(a.attr.get(), H5T_NATIVE_LLONG, &value) < 0) {
    throw std::runtime_error("cannot read attribute " + attribute);
  }
  return value;
}

std::string string_dataset(const std::filesystem::path& path, const std::string& name) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), name);
  const Id type(H5Dget_type(ds.get()), H5Tclose);
  if (!is_variable_string(type.get())) {
    throw std::runtime_error(name + " is not a variable-length string");
  }
  const Layout layout{Id(H5Tcopy(type.get()), H5Tclose), {}, true};
  return read_slice(ds.get(), layout, 0, 1).strings.at(0).substr(2);
}

namespace {

Id member_type(const std::filesystem::path& path, hid_t dataset, const std::string& field) {
  const Id type(H5Dget_type(dataset), H5Tclose);
  const int index = H5Tget_member_index(type.get(), field.c_str());
  if (index < 0) throw std::runtime_error(path.string() + ": no field " + field);
  return Id(H5Tget_member_type(type.get(), static_cast<unsigned>(index)), H5Tclose);
}

}  // namespace

std::string field_class(const std::filesystem::path& path, const std::string& dataset,
                        const std::string& field) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id member = member_type(path, ds.get(), field);
  switch (H5Tget_class(member.get())) {
    case H5T_INTEGER:
      return "integer";
    case H5T_FLOAT:
      return "float";
    case H5T_STRING:
      return "string";
    case H5T_ENUM:
      return "enum";
    case H5T_COMPOUND:
      return "compound";
    default:
      return "other";
  }
}

std::map<long long, std::string> enum_members(const std::filesystem::path& path,
                                              const std::string& dataset,
                                              const std::string& field) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id member = member_type(path, ds.get(), field);
  std::map<long long, std::string> members;
  if (H5Tget_class(member.get()) != H5T_ENUM) return members;
  for (int i = 0; i < H5Tget_nmembers(member.get()); ++i) {
    char* name = H5Tget_member_name(member.get(), static_cast<unsigned>(i));
    long long value = 0;
    H5Tget_member_value(member.get(), static_cast<unsigned>(i), &value);  // values are u8
    const std::size_t size = H5Tget_size(member.get());
    if (size < sizeof value) value &= (1LL << (8 * size)) - 1;
    members[value] = name;
    H5free_memory(name);
  }
  return members;
}

std::vector<long long> integer_field(const std::filesystem::path& path, const std::string& dataset,
                                     const std::string& field) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id member = member_type(path, ds.get(), field);
  const H5T_class_t cls = H5Tget_class(member.get());
  if (cls != H5T_INTEGER && cls != H5T_ENUM) {
    throw std::runtime_error(dataset + "." + field + " is not an integer");
  }
  // An enum's own type (no conversion to integers exists in HDF5), else native 64-bit integers.
  const std::size_t size = cls == H5T_ENUM ? H5Tget_size(member.get()) : sizeof(long long);
  const Id field_type(cls == H5T_ENUM ? H5Tcopy(member.get()) : H5Tcopy(H5T_NATIVE_LLONG),
                      H5Tclose);
  const Id one(H5Tcreate(H5T_COMPOUND, size), H5Tclose);
  H5Tinsert(one.get(), field.c_str(), 0, field_type.get());
  const Id space(H5Dget_space(ds.get()), H5Sclose);
  const auto n = static_cast<std::size_t>(H5Sget_simple_extent_npoints(space.get()));
  std::vector<unsigned char> buffer(n * size);
  if (n > 0 && H5Dread(ds.get(), one.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()) < 0) {
    throw std::runtime_error("reading " + dataset + "." + field);
  }
  std::vector<long long> values(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (cls == H5T_ENUM) {
      unsigned long long v = 0;
      std::memcpy(&v, buffer.data() + i * size, size);  // little-endian
      values[i] = static_cast<long long>(v);
    } else {
      std::memcpy(&values[i], buffer.data() + i * size, size);
    }
  }
  return values;
}

std::vector<std::string> string_field(const std::filesystem::path& path, const std::string& dataset,
                                      const std::string& field) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id member = member_type(path, ds.get(), field);
  if (H5Tget_class(member.get()) != H5T_STRING || H5Tis_variable_str(member.get()) <= 0) {
    throw std::runtime_error(dataset + "." + field + " is not variable-length text");
  }
  const Id text(H5Tcopy(member.get()), H5Tclose);
  const Id one(H5Tcreate(H5T_COMPOUND, sizeof(char*)), H5Tclose);
  H5Tinsert(one.get(), field.c_str(), 0, text.get());
  const Id space(H5Dget_space(ds.get()), H5Sclose);
  const auto n = static_cast<std::size_t>(H5Sget_simple_extent_npoints(space.get()));
  std::vector<char*> pointers(n, nullptr);
  if (n > 0 && H5Dread(ds.get(), one.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) < 0) {
    throw std::runtime_error("reading " + dataset + "." + field);
  }
  std::vector<std::string> values;
  for (const char* p : pointers) values.emplace_back(p ? p : "");
  H5Dvlen_reclaim(one.get(), space.get(), H5P_DEFAULT, pointers.data());
  return values;
}

std::vector<double> doubles(const std::filesystem::path& path, const std::string& dataset,
                            std::vector<std::uint64_t>* dims) {
  const Id file = open_file(path);
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id space(H5Dget_space(ds.get()), H5Sclose);
  if (dims) {
    const auto d = dims_of(space.get());
    dims->assign(d.begin(), d.end());
  }
  std::vector<double> values(static_cast<std::size_t>(H5Sget_simple_extent_npoints(space.get())));
  if (!values.empty() &&
      H5Dread(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0) {
    throw std::runtime_error(path.string() + ": cannot read " + dataset + " as numbers");
  }
  return values;
}

std::uint64_t rows(const std::filesystem::path& path, const std::string& dataset) {
  const Id file = open_file(path);
  if (H5Lexists(file.get(), dataset.c_str(), H5P_DEFAULT) <= 0) return 0;
  const Id ds = open_dataset(path, file.get(), dataset);
  const Id space(H5Dget_space(ds.get()), H5Sclose);
  const auto dims = dims_of(space.get());
  return dims.empty() ? 1 : dims[0];
}

void write_foreign_hdf5(const std::filesystem::path& path) {
  const Id file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
  if (!file) throw std::runtime_error("cannot create " + path.string());
  const hsize_t n = 4;
  const Id space(H5Screate_simple(1, &n, nullptr), H5Sclose);
  const Id ds(H5Dcreate2(file.get(), "measurements", H5T_STD_I32LE, space.get(), H5P_DEFAULT,
                         H5P_DEFAULT, H5P_DEFAULT),
              H5Dclose);
  const int values[4] = {1, 2, 3, 4};
  H5Dwrite(ds.get(), H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
}

}  // namespace clitest

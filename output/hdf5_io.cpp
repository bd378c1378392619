#include "output/hdf5_io.hpp"

#include <cstring>

namespace out::h5 {

namespace {

Plist create_plist(hid_t cls, const char* what, const WriteCheck& check) {
  return Plist(check(H5Pcreate(cls), what));
}

std::string describe_type_problem(std::string_view what, std::string_view expected) {
  std::string s(what);
  return s.append(" is not ").append(expected);
}

// Reads `count` strings, whether stored variable-length or fixed-length, in any character set.
template <class ReadFn>
std::vector<std::string> read_string_values(hid_t file_type, hid_t space, std::size_t count,
                                            ReadFn read, const ReadCheck& check,
                                            const std::string& what) {
  if (H5Tget_class(file_type) != H5T_STRING) check.fail(what, describe_type_problem(what, "text"));
  const H5T_cset_t cset = H5Tget_cset(file_type);
  std::vector<std::string> values;
  values.reserve(count);
  if (check(H5Tis_variable_str(file_type), "reading " + what) > 0) {
    Type mem = string_type();
    check(H5Tset_cset(mem.get(), cset), "reading " + what);
    std::vector<char*> pointers(count, nullptr);
    check(read(mem.get(), pointers.data()), "reading " + what);
    for (const char* p : pointers) values.emplace_back(p ? p : "");
    H5Dvlen_reclaim(mem.get(), space, H5P_DEFAULT, pointers.data());
    return values;
  }
  const std::size_t size = H5Tget_size(file_type);
  Type mem(check(H5Tcopy(H5T_C_S1), "reading " + what));
  check(H5Tset_size(mem.get(), size), "reading " + what);
  check(H5Tset_cset(mem.get(), cset), "reading " + what);
  std::vector<char> buffer(count * size + 1, '\0');
  check(read(mem.get(), buffer.data()), "reading " + what);
  for (std::size_t i = 0; i < count; ++i) {
    const char* p = buffer.data() + i * size;
    std::string s(p, strnlen(p, size));
    while (!s.empty() && s.back() == ' ') s.pop_back();  // space-padded strings
    values.push_back(std::move(s));
  }
  return values;
}

}  // namespace

Plist file_create_plist(const WriteCheck& check) {
  Plist p = create_plist(H5P_FILE_CREATE, "creating file properties", check);
  check(H5Pset_obj_track_times(p.get(), 0), "setting file properties");
  check(H5Pset_link_creation_order(p.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "setting file properties");
  return p;
}

namespace {
template <class Check>
Plist access_plist(const Check& check, bool writing) {
  Plist p(check(H5Pcreate(H5P_FILE_ACCESS), "creating file access properties"));
  // The 1.8 file format: readable by every HDF5 library since 2008.
  check(H5Pset_libver_bounds(p.get(), H5F_LIBVER_EARLIEST, H5F_LIBVER_V18),
        "setting file access properties");
  // Closing a file being written closes whatever is still open in it, so error paths release
  // it. Readers keep HDF5's default, so that others in the process may open the file too.
  if (writing) {
    check(H5Pset_fclose_degree(p.get(), H5F_CLOSE_STRONG), "setting file access properties");
  }
  return p;
}
}  // namespace

Plist file_access_plist(const ReadCheck& check) {
  return access_plist(check, false);
}
Plist file_access_plist(const WriteCheck& check) {
  return access_plist(check, true);
}

Plist group_create_plist(const WriteCheck& check) {
  Plist p = create_plist(H5P_GROUP_CREATE, "creating group properties", check);
  check(H5Pset_obj_track_times(p.get(), 0), "setting group properties");
  check(H5Pset_link_creation_order(p.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "setting group properties");
  return p;
}

Plist dataset_create_plist(const WriteCheck& check) {
  Plist p = create_plist(H5P_DATASET_CREATE, "creating dataset properties", check);
  check(H5Pset_obj_track_times(p.get(), 0), "setting dataset properties");
  return p;
}

Type string_type() {
  Type t(H5Tcopy(H5T_C_S1));
  H5Tset_size(t.get(), H5T_VARIABLE);
  H5Tset_cset(t.get(), H5T_CSET_UTF8);
  return t;
}

std::string path_of(hid_t loc, std::string_view name) {
  std::string base;
  if (const ssize_t n = H5Iget_name(loc, nullptr, 0); n > 0) {
    base.resize(static_cast<std::size_t>(n) + 1);
    H5Iget_name(loc, base.data(), base.size());
    base.resize(static_cast<std::size_t>(n));
  }
  if (base.empty() || base.back() != '/') base.push_back('/');
  return base.append(name);
}

Group create_group(hid_t loc, const std::string& name, const WriteCheck& check) {
  const Plist gcpl = group_create_plist(check);
  const hid_t id = H5Gcreate2(loc, name.c_str(), H5P_DEFAULT, gcpl.get(), H5P_DEFAULT);
  if (id < 0) {
    const std::string cause = failure_cause();  // before path_of's HDF5 call clears it
    check.fail("creating " + path_of(loc, name), cause);
  }
  return Group(id);
}

void write_attribute(hid_t obj, const char* name, hid_t type, const void* value,
                     const WriteCheck& check) {
  const std::string what = "writing attribute " + path_of(obj, "") + "@" + name;
  const Space space(check(H5Screate(H5S_SCALAR), what));
  const Attr attr(check(H5Acreate2(obj, name, type, space.get(), H5P_DEFAULT, H5P_DEFAULT), what));
  check(H5Awrite(attr.get(), type, value), what);
}

void write_attribute(hid_t obj, const char* name, std::string_view value, const WriteCheck& check) {
  const std::string text(value);
  const char* p = text.c_str();
  const Type type = string_type();
  write_attribute(obj, name, type.get(), &p, check);
}

void write_attribute(hid_t obj, const char* name, const std::vector<std::string>& values,
                     const WriteCheck& check) {
  const std::string what = "writing attribute " + path_of(obj, "") + "@" + name;
  std::vector<const char*> pointers;
  for (const auto& v : values) pointers.push_back(v.c_str());
  const hsize_t n = values.size();
  const Space space(check(H5Screate_simple(1, &n, nullptr), what));
  const Type type = string_type();
  const Attr attr(
      check(H5Acreate2(obj, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT), what));
  if (n > 0) check(H5Awrite(attr.get(), type.get(), pointers.data()), what);
}

void describe(hid_t obj, std::string_view units, std::string_view description,
              const WriteCheck& check) {
  write_attribute(obj, "units", units, check);
  write_attribute(obj, "description", description, check);
}

template <class T>
void write_numbers(hid_t loc, const std::string& name, std::span<const T> values,
                   std::vector<hsize_t> dims, std::string_view units, std::string_view description,
                   const WriteCheck& check) {
  const std::string what = "writing " + path_of(loc, name);
  hsize_t size = 1;
  for (const hsize_t d : dims) size *= d;
  if (size != values.size()) check.fail(what, "shape does not match the number of values");
  const Space space(
      check(dims.empty() ? H5Screate(H5S_SCALAR)
                         : H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr),
            what));
  const Plist dcpl = dataset_create_plist(check);
  Dataset ds(check(H5Dcreate2(loc, name.c_str(), native_type<T>(), space.get(), H5P_DEFAULT,
                              dcpl.get(), H5P_DEFAULT),
                   what));
  if (size > 0) {
    check(H5Dwrite(ds.get(), native_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), what);
  }
  describe(ds.get(), units, description, check);
  check(ds.close(), what);
}

template void write_numbers<double>(hid_t, const std::string&, std::span<const double>,
                                    std::vector<hsize_t>, std::string_view, std::string_view,
                                    const WriteCheck&);
template void write_numbers<std::int32_t>(hid_t, const std::string&, std::span<const std::int32_t>,
                                          std::vector<hsize_t>, std::string_view, std::string_view,
                                          const WriteCheck&);
template void write_numbers<std::uint64_t>(hid_t, const std::string&,
                                           std::span<const std::uint64_t>, std::vector<hsize_t>,
                                           std::string_view, std::string_view, const WriteCheck&);

void write_strings(hid_t loc, const std::string& name, const std::vector<std::string>& values,
                   std::string_view units, std::string_view description, const WriteCheck& check) {
  const std::string what = "writing " + path_of(loc, name);
  std::vector<const char*> pointers;
  for (const auto& v : values) pointers.push_back(v.c_str());
  const hsize_t n = values.size();
  const Space space(check(H5Screate_simple(1, &n, nullptr), what));
  const Type type = string_type();
  const Plist dcpl = dataset_create_plist(check);
  Dataset ds(check(
      H5Dcreate2(loc, name.c_str(), type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
      what));
  if (n > 0) {
    check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()), what);
  }
  describe(ds.get(), units, description, check);
  check(ds.close(), what);
}

Dataset write_string(hid_t loc, const std::string& name, std::string_view value,
                     std::string_view units, std::string_view description,
                     const WriteCheck& check) {
  const std::string what = "writing " + path_of(loc, name);
  const std::string text(value);
  const char* p = text.c_str();
  const Space space(check(H5Screate(H5S_SCALAR), what));
  const Type type = string_type();
  const Plist dcpl = dataset_create_plist(check);
  Dataset ds(check(
      H5Dcreate2(loc, name.c_str(), type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
      what));
  check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &p), what);
  describe(ds.get(), units, description, check);
  return ds;
}

bool exists(hid_t loc, const std::string& path) {
  std::string prefix;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    if (end > start) {
      if (!prefix.empty()) prefix.push_back('/');
      prefix.append(path, start, end - start);
      if (H5Lexists(loc, prefix.c_str(), H5P_DEFAULT) <= 0) return false;
    }
    start = end + 1;
  }
  return !prefix.empty();
}

std::optional<std::string> read_string_attribute(hid_t obj, const char* name,
                                                 const ReadCheck& check) {
  auto values = read_string_array_attribute(obj, name, check);
  if (values.empty()) return std::nullopt;
  return values.front();
}

std::vector<std::string> read_string_array_attribute(hid_t obj, const char* name,
                                                     const ReadCheck& check) {
  if (H5Aexists(obj, name) <= 0) return {};
  const std::string what = "attribute " + path_of(obj, "") + "@" + name;
  const Attr attr(check(H5Aopen(obj, name, H5P_DEFAULT), "opening " + what));
  const Type type(check(H5Aget_type(attr.get()), "reading " + what));
  const Space space(check(H5Aget_space(attr.get()), "reading " + what));
  const auto n =
      static_cast<std::size_t>(check(H5Sget_simple_extent_npoints(space.get()), "reading " + what));
  return read_string_values(
      type.get(), space.get(), n,
      [&](hid_t mem, void* buffer) { return H5Aread(attr.get(), mem, buffer); }, check, what);
}

template <class T>
std::optional<T> read_number_attribute(hid_t obj, const char* name, const ReadCheck& check) {
  if (H5Aexists(obj, name) <= 0) return std::nullopt;
  const std::string what = "reading attribute " + path_of(obj, "") + "@" + name;
  const Attr attr(check(H5Aopen(obj, name, H5P_DEFAULT), what));
  const Type type(check(H5Aget_type(attr.get()), what));
  const H5T_class_t cls = H5Tget_class(type.get());
  if (cls != H5T_INTEGER && cls != H5T_FLOAT) check.fail(what, "not a number");
  T value{};
  check(H5Aread(attr.get(), native_type<T>(), &value), what);
  return value;
}

template std::optional<double> read_number_attribute<double>(hid_t, const char*, const ReadCheck&);
template std::optional<std::int32_t> read_number_attribute<std::int32_t>(hid_t, const char*,
                                                                         const ReadCheck&);
template std::optional<std::uint64_t> read_number_attribute<std::uint64_t>(hid_t, const char*,
                                                                           const ReadCheck&);
template std::optional<std::uint8_t> read_number_attribute<std::uint8_t>(hid_t, const char*,
                                                                         const ReadCheck&);

template <class T>
std::vector<T> read_numbers(hid_t loc, const std::string& path, const ReadCheck& check,
                            std::vector<hsize_t>* dims) {
  const std::string what = "reading /" + path;
  if (!exists(loc, path)) check.fail(what, "missing");
  const Dataset ds(check(H5Dopen2(loc, path.c_str(), H5P_DEFAULT), what));
  const Space space(check(H5Dget_space(ds.get()), what));
  const int rank = check(H5Sget_simple_extent_ndims(space.get()), what);
  std::vector<hsize_t> shape(static_cast<std::size_t>(rank));
  check(H5Sget_simple_extent_dims(space.get(), shape.data(), nullptr), what);
  const Type type(check(H5Dget_type(ds.get()), what));
  const H5T_class_t cls = H5Tget_class(type.get());
  if (cls != H5T_INTEGER && cls != H5T_FLOAT) check.fail(what, "not numbers");
  hsize_t size = 1;
  for (const hsize_t d : shape) size *= d;
  std::vector<T> values(size);
  if (size > 0) {
    check(H5Dread(ds.get(), native_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), what);
  }
  if (dims) *dims = shape;
  return values;
}

template std::vector<double> read_numbers<double>(hid_t, const std::string&, const ReadCheck&,
                                                  std::vector<hsize_t>*);
template std::vector<std::int32_t> read_numbers<std::int32_t>(hid_t, const std::string&,
                                                              const ReadCheck&,
                                                              std::vector<hsize_t>*);
template std::vector<std::uint64_t> read_numbers<std::uint64_t>(hid_t, const std::string&,
                                                                const ReadCheck&,
                                                                std::vector<hsize_t>*);

std::vector<std::string> read_strings(hid_t loc, const std::string& path, const ReadCheck& check) {
  const std::string what = "/" + path;
  if (!exists(loc, path)) check.fail("reading " + what, "missing");
  const Dataset ds(check(H5Dopen2(loc, path.c_str(), H5P_DEFAULT), "opening " + what));
  const Type type(check(H5Dget_type(ds.get()), "reading " + what));
  const Space space(check(H5Dget_space(ds.get()), "reading " + what));
  const auto n =
      static_cast<std::size_t>(check(H5Sget_simple_extent_npoints(space.get()), "reading " + what));
  return read_string_values(
      type.get(), space.get(), n,
      [&](hid_t mem, void* buffer) {
        return H5Dread(ds.get(), mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer);
      },
      check, what);
}

std::vector<std::string> child_names(hid_t loc, const std::string& path, const ReadCheck& check) {
  const std::string what = "listing /" + path;
  if (!exists(loc, path)) check.fail(what, "missing");
  const Group group(check(H5Gopen2(loc, path.c_str(), H5P_DEFAULT), what));
  H5G_info_t info;
  check(H5Gget_info(group.get(), &info), what);
  std::vector<std::string> names;
  for (const H5_index_t index : {H5_INDEX_CRT_ORDER, H5_INDEX_NAME}) {
    names.clear();
    bool ok = true;
    for (hsize_t i = 0; i < info.nlinks && ok; ++i) {
      const ssize_t n =
          H5Lget_name_by_idx(group.get(), ".", index, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
      if (n < 0) {
        ok = false;
        break;
      }
      std::string name(static_cast<std::size_t>(n) + 1, '\0');
      H5Lget_name_by_idx(group.get(), ".", index, H5_ITER_INC, i, name.data(), name.size(),
                         H5P_DEFAULT);
      name.resize(static_cast<std::size_t>(n));
      names.push_back(std::move(name));
    }
    if (ok) {
      H5Eclear2(H5E_DEFAULT);
      return names;
    }
  }
  check.fail(what);
}

}  // namespace out::h5

// libFuzzer target for the result-file reader: each input is a list of damages done to a copy of
// a good result (a small synthetic sweep made once): a dataset deleted, retyped, reshaped or
// overwritten with the input's bytes, an attribute replaced or deleted. Every reader call must
// then either work or throw out::Error; a crash, a sanitizer report, another exception or a hang
// is a bug. HDF5's own parsing of damaged bytes is not fuzzed here: the damage is done through
// HDF5, so the file stays well-formed HDF5 and the reader's contract is what is tested.
#include <hdf5.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "output/csv_export.hpp"
#include "output/errors.hpp"
#include "output/result_file.hpp"
#include "synthetic.hpp"

namespace {

namespace fs = std::filesystem;

struct Corpus {
  fs::path dir;
  fs::path good;
  std::vector<std::string> datasets;
  std::vector<std::string> attributes;
};

herr_t collect(hid_t group, const char* name, const H5L_info_t*, void* data) {
  const hid_t object = H5Oopen(group, name, H5P_DEFAULT);
  if (object < 0) return 0;
  if (H5Iget_type(object) == H5I_DATASET) static_cast<Corpus*>(data)->datasets.push_back(name);
  H5Oclose(object);
  return 0;
}

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    out.dir = fs::temp_directory_path() / ("cjsim-result-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(out.dir);
    out.good = out.dir / "good.h5";
    out::testing::SweepSpec spec;
    spec.points = 2;
    spec.replications = 2;
    spec.cases = 20;
    out::testing::make_sweep(out.good, spec);
    const hid_t f = H5Fopen(out.good.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    H5Lvisit(f, H5_INDEX_NAME, H5_ITER_INC, collect, &out);
    H5Fclose(f);
    out.attributes = {"format",     "replications", "period_days", "horizon_days",
                      "start_date", "trace",        "seed",        "scenario_name"};
    return out;
  }();
  return c;
}

class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return at_ >= size_; }
  std::uint8_t next() { return at_ < size_ ? data_[at_++] : 0; }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : (next() | (next() << 8)) % n; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

void replace(hid_t f, const std::string& path, hid_t type, const std::vector<hsize_t>& dims,
             const void* values) {
  H5Ldelete(f, path.c_str(), H5P_DEFAULT);
  const hid_t space = dims.empty()
                          ? H5Screate(H5S_SCALAR)
                          : H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
  const hid_t ds = H5Dcreate2(f, path.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  if (ds >= 0 && values) H5Dwrite(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
  if (ds >= 0) H5Dclose(ds);
  H5Sclose(space);
}

void damage(const fs::path& file, Bytes& in) {
  const Corpus& c = corpus();
  const hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  for (int step = 0; step < 4 && !in.empty(); ++step) {
    const std::string path = c.datasets[in.below(c.datasets.size())];
    std::vector<hsize_t> dims(in.next() % 3);
    for (auto& d : dims) d = in.next() % 9;
    std::size_t n = 1;
    for (const auto d : dims) n *= d;
    switch (in.next() % 6) {
      case 0:
        H5Ldelete(f, path.c_str(), H5P_DEFAULT);
        break;
      case 1: {  // numbers of any shape, from the input
        std::vector<double> values(n);
        for (auto& v : values) {
          std::uint64_t bits = 0;
          for (int b = 0; b < 8; ++b) bits = (bits << 8) | in.next();
          std::memcpy(&v, &bits, sizeof v);
        }
        replace(f, path, H5T_NATIVE_DOUBLE, dims, values.data());
        break;
      }
      case 2: {  // text where anything was
        const hid_t text = H5Tcopy(H5T_C_S1);
        H5Tset_size(text, 4);
        std::vector<char> values(n * 4);
        for (auto& ch : values) ch = static_cast<char>(in.next());
        replace(f, path, text, dims, values.data());
        H5Tclose(text);
        break;
      }
      case 3: {  // integers
        std::vector<std::int32_t> values(n);
        for (auto& v : values) v = static_cast<std::int8_t>(in.next());
        replace(f, path, H5T_NATIVE_INT32, dims, values.data());
        break;
      }
      case 4: {  // an attribute of the root, as a number
        const std::string& name = c.attributes[in.below(c.attributes.size())];
        H5Adelete(f, name.c_str());
        const double v = static_cast<std::int8_t>(in.next()) * 0.5;
        const hid_t space = H5Screate(H5S_SCALAR);
        const hid_t a =
            H5Acreate2(f, name.c_str(), H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, H5P_DEFAULT);
        if (a >= 0) {
          H5Awrite(a, H5T_NATIVE_DOUBLE, &v);
          H5Aclose(a);
        }
        H5Sclose(space);
        break;
      }
      default:
        H5Adelete(f, c.attributes[in.below(c.attributes.size())].c_str());
        break;
    }
  }
  H5Fclose(f);
}

// Every read a command makes.
void read_everything(const fs::path& file, const fs::path& csv) {
  const out::ResultFile r(file);
  for (const auto& k : r.kpis()) {
    (void)r.kpi_runs(k.name);
    (void)r.kpi_points(k.name);
  }
  for (const auto& k : r.kpis_by_group()) {
    (void)r.kpi_runs_by_group(k.name);
    (void)r.kpi_points_by_group(k.name);
  }
  for (const auto& s : r.series()) (void)r.series_values(s.name);
  (void)r.trace_rows("cases");
  (void)r.trace_rows("events");
  out::export_csv(r, csv);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  const Corpus& c = corpus();
  const fs::path file = c.dir / "damaged.h5";
  const fs::path csv = c.dir / "csv";
  fs::copy_file(c.good, file, fs::copy_options::overwrite_existing);
  fs::remove_all(csv);
  Bytes in(data, size);
  damage(file, in);
  try {
    read_everything(file, csv);
  } catch (const out::Error&) {
    // Refused with a message: what a damaged file must get.
  }
  return 0;
}

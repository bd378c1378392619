// Result files as a reader without cjsim sees them, through the HDF5 C API: comparing two files'
// data value by value, and reading the few things the tests check directly.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace clitest {

struct CompareOptions {
  // Attributes of the root group that may differ (when and how the file was made).
  std::set<std::string> root_attributes = {"created_utc", "command_line"};
  // Compound fields that may differ, by dataset: a run's wall-clock time.
  std::map<std::string, std::set<std::string>> fields = {{"/runs", {"wall_seconds"}}};
  // Objects (and everything under them) left out of the comparison.
  std::set<std::string> paths;
};

// Every difference between the two files' objects, attributes, types, shapes and values (values
// byte for byte, strings by content), as lines; empty when the data are identical.
std::vector<std::string> data_differences(const std::filesystem::path& a,
                                          const std::filesystem::path& b,
                                          const CompareOptions& options = {});

// All datasets ("/cases", "/summary/points/x/mean", ...) and all groups, sorted.
std::vector<std::string> dataset_paths(const std::filesystem::path& file);
std::vector<std::string> group_paths(const std::filesystem::path& file);

bool has_attribute(const std::filesystem::path& file, const std::string& object,
                   const std::string& attribute);
// A string attribute (variable or fixed length); throws if missing or not a string.
std::string string_attribute(const std::filesystem::path& file, const std::string& object,
                             const std::string& attribute);
// A scalar integer attribute.
long long integer_attribute(const std::filesystem::path& file, const std::string& object,
                            const std::string& attribute);
// A scalar string dataset such as /scenario.
std::string string_dataset(const std::filesystem::path& file, const std::string& dataset);

// The class of a compound field ("enum", "integer", "float", "string", ...) and, for an enum,
// its members by value.
std::string field_class(const std::filesystem::path& file, const std::string& dataset,
                        const std::string& field);
std::map<long long, std::string> enum_members(const std::filesystem::path& file,
                                              const std::string& dataset, const std::string& field);

// One integer field of a compound dataset, every row, as 64-bit integers (enums by value).
std::vector<long long> integer_field(const std::filesystem::path& file, const std::string& dataset,
                                     const std::string& field);

// One variable-length text field of a compound dataset, every row.
std::vector<std::string> string_field(const std::filesystem::path& file, const std::string& dataset,
                                      const std::string& field);

// A numeric dataset, every value as a double (row-major), and its shape in `dims` if given.
std::vector<double> doubles(const std::filesystem::path& file, const std::string& dataset,
                            std::vector<std::uint64_t>* dims = nullptr);

// Rows of a dataset (first dimension); 0 if it does not exist.
std::uint64_t rows(const std::filesystem::path& file, const std::string& dataset);

// Writes an HDF5 file that is not a cjsim result (one integer dataset).
void write_foreign_hdf5(const std::filesystem::path& file);

}  // namespace clitest

// The reader's half of the result layout (result_format.hpp): before any value is read, each
// dataset a reader touches is checked for presence, type and shape against the counts the file
// itself states (runs, points, offence groups, periods). A file that breaks it is refused with
// one line that names the file and the dataset (ReadError), so no reader indexes past a short
// dataset or prints a table from a damaged one.
#pragma once

#include <hdf5.h>

#include <string>
#include <vector>

#include "output/hdf5_error.hpp"

namespace out::contract {

// A dataset of numbers (integer or floating point) of exactly `shape`.
void require_numbers(hid_t file, const std::string& path, const std::vector<hsize_t>& shape,
                     const h5::ReadCheck& check);
// A dataset of `count` strings.
void require_strings(hid_t file, const std::string& path, hsize_t count,
                     const h5::ReadCheck& check);
// A group (it may be empty).
void require_group(hid_t file, const std::string& path, const h5::ReadCheck& check);
// The same names in two groups: a KPI's runs and its intervals come together.
void require_same_names(const std::vector<std::string>& a, const std::string& a_path,
                        const std::vector<std::string>& b, const std::string& b_path,
                        const h5::ReadCheck& check);
// An ISO date YYYY-MM-DD of a real month and day.
bool is_iso_date(const std::string& text);

}  // namespace out::contract

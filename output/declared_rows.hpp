// Rows as stored, made from a field declaration (models/records/fields.hpp): the layout (columns
// in declaration order, each at its natural alignment, the row padded to its largest alignment:
// what a C struct of the stored types would be), a record encoded into a row (padding zeroed, so
// that identical inputs give identical files), and the list of columns and fields that the HDF5
// type (row_types.hpp) and the attributes (field_text.hpp) are built from. The layout is known at
// compile time, so encoding a row costs what filling a hand-written struct did.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/records/fields.hpp"

namespace out {

template <class List>
struct Layout;

template <class Record, class... Fields>
struct Layout<cj::FieldList<Record, Fields...>> {
  static constexpr std::size_t fields = sizeof...(Fields);
  static constexpr std::size_t alignment = std::max({alignof(typename Fields::stored_type)...});
  // Offset of each field's first column; the last entry is the row's size.
  static constexpr std::array<std::size_t, fields + 1> offsets = [] {
    std::array<std::size_t, fields + 1> at{};
    const auto align = [](std::size_t n, std::size_t a) { return (n + a - 1) / a * a; };
    std::size_t cursor = 0, i = 0;
    ((cursor = align(cursor, alignof(typename Fields::stored_type)), at[i++] = cursor,
      cursor += sizeof(typename Fields::stored_type) * Fields::columns),
     ...);
    at[i] = align(cursor, alignment);
    return at;
  }();
  static constexpr std::size_t size = offsets[fields];
};

template <const auto& List>
using LayoutOf = Layout<std::remove_cvref_t<decltype(List)>>;

template <class Stored, class Value>
Stored stored_value(const Value& value) {
  if constexpr (std::is_same_v<Stored, cj::TraceTime>) {
    return cj::trace_time(value);
  } else {
    return static_cast<Stored>(value);
  }
}

template <class Field, class Record>
void put_field(const Field& field, const Record& record, std::byte* at) {
  using Stored = typename Field::stored_type;
  const auto& value = std::invoke(field.get, record);
  for (std::size_t k = 0; k < Field::columns; ++k) {
    Stored s;
    if constexpr (Field::columns == 1) {
      s = stored_value<Stored>(value);
    } else {
      s = stored_value<Stored>(value[k]);
    }
    std::memcpy(at + k * sizeof(Stored), &s, sizeof s);
  }
}

// A column as stored: its name (name_1..name_N for an array field), place and size.
struct Column {
  std::string name;
  std::size_t offset = 0;
  std::size_t size = 0;
};

// A declared field as the attributes describe it: an array field is named "trial_1..trial_4".
struct FieldSummary {
  std::string name;
  std::string first_column, last_column;
  cj::FieldKind kind = cj::FieldKind::key;
  std::string description;
};

template <class Field>
std::string column_name(const Field& field, std::size_t k) {
  if (Field::columns == 1) return field.name;
  return std::string(field.name) + "_" + std::to_string(k + 1);
}

// Calls visit(field, offset) for each field of `List`, in order.
template <const auto& List, class Visit>
void for_each_field(Visit visit) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(std::get<I>(List.fields), LayoutOf<List>::offsets[I]), ...);
  }
  (std::make_index_sequence<LayoutOf<List>::fields>{});
}

template <const auto& List>
std::vector<Column> columns_of() {
  std::vector<Column> columns;
  for_each_field<List>([&](const auto& field, std::size_t offset) {
    using Field = std::remove_cvref_t<decltype(field)>;
    for (std::size_t k = 0; k < Field::columns; ++k) {
      const std::size_t size = sizeof(typename Field::stored_type);
      columns.push_back({column_name(field, k), offset + k * size, size});
    }
  });
  return columns;
}

template <const auto& List>
std::vector<FieldSummary> fields_of() {
  std::vector<FieldSummary> fields;
  for_each_field<List>([&](const auto& field, std::size_t) {
    using Field = std::remove_cvref_t<decltype(field)>;
    const std::string first = column_name(field, 0), last = column_name(field, Field::columns - 1);
    fields.push_back({Field::columns == 1 ? first : first + ".." + last, first, last, field.kind,
                      field.description});
  });
  return fields;
}

// Where the single-column field `name` starts, at compile time (a field named nowhere does not
// compile when used as a constant).
template <const auto& List>
constexpr std::size_t field_offset(std::string_view name) {
  std::size_t found = LayoutOf<List>::size;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((std::string_view(std::get<I>(List.fields).name) == name ? found = LayoutOf<List>::offsets[I]
                                                              : 0),
     ...);
  }
  (std::make_index_sequence<LayoutOf<List>::fields>{});
  if (found == LayoutOf<List>::size) throw std::out_of_range("no field with that name");
  return found;
}

// Where the column `name` starts (std::out_of_range if there is none).
template <const auto& List>
std::size_t offset_of(std::string_view name) {
  for (const Column& c : columns_of<List>()) {
    if (c.name == name) return c.offset;
  }
  throw std::out_of_range("no column " + std::string(name));
}

// One row of the declaration `List`, as stored.
template <const auto& List>
class Row {
 public:
  using layout = LayoutOf<List>;
  using record_type = typename std::remove_cvref_t<decltype(List)>::record_type;

  static Row of(const record_type& record) {
    Row row;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (put_field(std::get<I>(List.fields), record, row.bytes_.data() + layout::offsets[I]), ...);
    }
    (std::make_index_sequence<layout::fields>{});
    return row;
  }

  const std::byte* data() const noexcept { return bytes_.data(); }
  std::byte* data() noexcept { return bytes_.data(); }

  // A column by name, for tests and tools (the model only writes rows).
  template <class T>
  T get(std::string_view column) const {
    T value;
    std::memcpy(&value, bytes_.data() + offset_of<List>(column), sizeof value);
    return value;
  }
  template <class T>
  void set(std::string_view column, T value) {
    set_at(offset_of<List>(column), value);
  }
  template <class T>
  void set_at(std::size_t offset, T value) {
    std::memcpy(bytes_.data() + offset, &value, sizeof value);
  }

 private:
  alignas(layout::alignment) std::array<std::byte, layout::size> bytes_{};
};

}  // namespace out

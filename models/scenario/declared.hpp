// Internal. A struct's keys, declared: the schema (the index of every key below it) and its
// fields (which fill it), both from Root::declare and the declarations it calls. cj::Scenario's
// are scenario_keys.hpp; tests declare structs of their own the same way.
#pragma once

#include "models/scenario/declarer.hpp"
#include "models/scenario/fields.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/tree_reader.hpp"

namespace cj::scenario {

template <class Root>
class Declared {
 public:
  // `more`: keys that fill no member of Root, declared after Root's own (a scenario's sweep).
  explicit Declared(void (*more)(Schema&) = nullptr) {
    Declarer<Root> keys(schema_, "", fields_, initial_, false);
    Root::declare(keys);
    if (more) more(schema_);
    schema_.index();
  }
  Declared(const Declared&) = delete;
  Declared& operator=(const Declared&) = delete;

  const Schema& schema() const { return schema_; }
  const Fields<Root>& fields() const { return fields_; }

  // A Root filled from the checked, filled-in tree `reader` reads.
  Root build(TreeReader& reader) const {
    Root value = initial_;
    fields_.fill(value, reader.root(), reader);
    return value;
  }
  // The paths (key paths, with list items and groups numbered) of the members that differ.
  std::vector<std::string> differences(const Root& a, const Root& b) const {
    std::vector<std::string> out;
    fields_.differences(a, b, "", out);
    return out;
  }

 private:
  Root initial_{};  // the initialisers: every key's default
  Schema schema_;
  Fields<Root> fields_;
};

}  // namespace cj::scenario

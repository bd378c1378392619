// Internal. What a struct's `declare(Keys& k)` (models/parameters/keys.hpp) is given: each call
// adds a row to the schema (the index that checks, fills defaults, merges, --set and documents)
// and a field to the struct's Fields (which fills the member). Paths are below the section of
// the struct being declared.
//
//   k.bind(&S::m, "path", [unit], [limits | choices | as::tag], "meaning")  a member's key
//       .required() | .optional()   absent: a problem | meaningful (default: the initialiser)
//       .alternative_to("sibling")  not given with that key; giving one drops the other
//       .in_share_set("name")       sums to 1 with the set's other members
//   k.input<T>("path", [unit], [limits], "meaning")    a key read by a rule, filling no member
//   k.section("path", "meaning")                       a section of keys declared after it
//   k.section(&S::m, "path", "meaning" [, declare])    a struct member's section: M::declare, or
//                                                      `declare`; a Dated<M> member: by date
//   k.nest(&S::m, "path")                              a struct member in a section declared
//                                                      elsewhere; returns its Keys
//   k.optional_section(&S::m, "path", "meaning" [, declare])   std::optional<M>: or `none`
//   k.list(&S::m, "path", "meaning")                   std::vector<Item>: a named list
//   k.groups(&S::groups)                               the stage's per-group structs: members of
//                                                      G bound here vary by offence group
//   k.by_offence("meaning")                            the stage's by_offence map
#pragma once

#include <any>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/parameters/dated.hpp"
#include "models/parameters/keys.hpp"
#include "models/scenario/codec_for.hpp"
#include "models/scenario/fields.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

// The row a declaration added, to say more about it.
class KeyHandle {
 public:
  KeyHandle(Key& key, ShareSetRegistry* sets, std::string path)
      : key_(&key), sets_(sets), path_(std::move(path)) {}

  KeyHandle& required() {
    key_->presence = Presence::required;
    return *this;
  }
  KeyHandle& optional() {
    key_->presence = Presence::optional;
    return *this;
  }
  KeyHandle& alternative_to(std::string sibling) {
    key_->alternative = std::move(sibling);
    return *this;
  }
  KeyHandle& in_share_set(std::string set) {
    if (!sets_) throw std::logic_error(key_->path + ": only a member's key joins a share set");
    key_->share_set = set;
    sets_->add_member(set, path_, *key_);
    return *this;
  }

 private:
  Key* key_;
  ShareSetRegistry* sets_;
  std::string path_;
};

template <class S>
class Declarer {
 public:
  Declarer(Schema& schema, std::string prefix, Fields<S>& fields, const S& initial, bool per_group)
      : schema_(&schema),
        prefix_(std::move(prefix)),
        fields_(&fields),
        initial_(&initial),
        per_group_(per_group) {}

  template <class Owner, class T>
  KeyHandle bind(T Owner::*member, std::string_view path, const char* meaning) {
    return scope<Owner>().bind_here(member, path, meaning);
  }
  template <class Owner, class T, class A>
  KeyHandle bind(T Owner::*member, std::string_view path, const A& a, const char* meaning) {
    return scope<Owner>().bind_here(member, path, meaning, a);
  }
  template <class Owner, class T, class A, class B>
  KeyHandle bind(T Owner::*member, std::string_view path, const A& a, const B& b,
                 const char* meaning) {
    return scope<Owner>().bind_here(member, path, meaning, a, b);
  }

  template <class T, class... Spec>
  KeyHandle input(std::string_view path, const Spec&... spec_then_meaning) {
    return input_spec<T>(path, std::tie(spec_then_meaning...),
                         std::make_index_sequence<sizeof...(Spec) - 1>{});
  }

  KeyHandle section(std::string_view path, const char* meaning) {
    return KeyHandle(row(path, Shape::section, meaning), nullptr, std::string(path));
  }
  template <class Owner, class Sub>
  KeyHandle section(Sub Owner::*member, std::string_view path, const char* meaning) {
    return section(member, path, meaning, [](auto& k) { Sub::declare(k); });
  }
  template <class Owner, class Sub, class Declare>
  KeyHandle section(Sub Owner::*member, std::string_view path, const char* meaning,
                    Declare&& declare) {
    KeyHandle handle = section(path, meaning);
    auto sub = nest(member, path);
    declare(sub);
    return handle;
  }
  template <class Owner, class Sub>
  KeyHandle section(Dated<Sub> Owner::*member, std::string_view path, const char* meaning) {
    return scope<Owner>().dated_section_here(member, path, meaning);
  }

  template <class Owner, class Sub>
  Declarer<Sub> nest(Sub Owner::*member, std::string_view path) {
    return scope<Owner>().nest_here(member, path);
  }

  template <class Owner, class Sub>
  KeyHandle optional_section(std::optional<Sub> Owner::*member, std::string_view path,
                             const char* meaning) {
    return optional_section(member, path, meaning, [](auto& k) { Sub::declare(k); });
  }
  template <class Owner, class Sub, class Declare>
  KeyHandle optional_section(std::optional<Sub> Owner::*member, std::string_view path,
                             const char* meaning, Declare&& declare) {
    return scope<Owner>().optional_here(member, path, meaning, std::forward<Declare>(declare));
  }

  template <class Owner, class Item>
  KeyHandle list(std::vector<Item> Owner::*member, std::string_view path, const char* meaning) {
    return scope<Owner>().list_here(member, path, meaning);
  }

  template <class G>
  void groups(std::vector<G> S::*member) {
    auto field = std::make_unique<GroupsField<S, G>>(member);
    groups_ = Declarer<G>(*schema_, prefix_, field->fields(), field->initial(), true);
    fields_->add(std::move(field));
  }

  KeyHandle by_offence(const char* meaning) {
    Key& key = row("by_offence", Shape::by_offence, meaning);
    key.default_value = Node::map();
    return KeyHandle(key, nullptr, "by_offence");
  }

 private:
  template <class>
  friend class Declarer;

  // The declarer of the struct `Owner`: this one, or the one of its groups.
  template <class Owner>
  Declarer<Owner>& scope() {
    if constexpr (std::is_same_v<Owner, S>) {
      return *this;
    } else {
      auto* groups = std::any_cast<Declarer<Owner>>(&groups_);
      if (!groups) {
        throw std::logic_error(prefix_ +
                               ": a member of neither this section's struct nor its "
                               "groups' (declare groups first)");
      }
      return *groups;
    }
  }

  Key& row(std::string_view path, Shape shape, const char* meaning) {
    Key key;
    key.path = join_path(prefix_, path);
    key.shape = shape;
    key.meaning = meaning;
    return schema_->add(std::move(key));
  }

  template <class T, class... Spec>
  KeyHandle bind_here(T S::*member, std::string_view path, const char* meaning,
                      const Spec&... spec) {
    Key& key = row(path, Shape::value, meaning);
    key.by_offence = per_group_;
    key.fills_member = true;
    (apply_spec(key, spec), ...);
    (cap_by_unit(key, spec), ...);
    const ValueCodec<T>& codec = item_name_or(key, codec_for<T>(*schema_, spec...));
    key.codec = &codec;
    const T& initial = initial_->*member;
    key.write_default = [&codec, &key, initial] { return write_exactly(codec, initial, key); };
    fields_->add(std::make_unique<LeafField<S, T>>(member, std::string(path), key, codec, initial));
    return KeyHandle(key, fields_, std::string(path));
  }

  template <class T, class Tuple, std::size_t... I>
  KeyHandle input_spec(std::string_view path, const Tuple& args, std::index_sequence<I...>) {
    const char* meaning = std::get<sizeof...(I)>(args);
    Key& key = row(path, Shape::value, meaning);
    (apply_spec(key, std::get<I>(args)), ...);
    (cap_by_unit(key, std::get<I>(args)), ...);
    key.codec = &input_codec<T>(*schema_, std::get<I>(args)...);
    return KeyHandle(key, nullptr, std::string(path));
  }

  template <class Sub>
  Declarer<Sub> nest_here(Sub S::*member, std::string_view path) {
    auto field = std::make_unique<NestField<S, Sub>>(member, std::string(path));
    Declarer<Sub> sub(*schema_, join_path(prefix_, path), field->fields(), initial_->*member,
                      per_group_);
    fields_->add(std::move(field));
    return sub;
  }

  template <class Sub>
  KeyHandle dated_section_here(Dated<Sub> S::*member, std::string_view path, const char* meaning) {
    const Dated<Sub>& initial = initial_->*member;
    if (!initial.is_constant()) {
      throw std::logic_error(join_path(prefix_, path) + ": a dated section's default is one value");
    }
    Key& key = row(path, Shape::dated_section, meaning);
    key.fills_member = true;
    auto field = std::make_unique<DatedSectionField<S, Sub>>(member, std::string(path),
                                                             initial.steps.front().second);
    // The members' defaults are those of the one value.
    Declarer<Sub> sub(*schema_, key.path, field->fields(), initial.steps.front().second,
                      per_group_);
    fields_->add(std::move(field));
    Sub::declare(sub);
    return KeyHandle(key, nullptr, std::string(path));
  }

  template <class Sub, class Declare>
  KeyHandle optional_here(std::optional<Sub> S::*member, std::string_view path, const char* meaning,
                          Declare&& declare) {
    Key& key = row(path, Shape::optional_section, meaning);
    key.fills_member = true;
    auto field = std::make_unique<OptionalField<S, Sub>>(member, std::string(path));
    const auto* written = field.get();
    key.write_default = [written, initial = initial_->*member] {
      return written->write_value(initial);
    };
    Declarer<Sub> sub(*schema_, key.path, field->fields(), field->initial(), per_group_);
    fields_->add(std::move(field));
    declare(sub);
    return KeyHandle(key, nullptr, std::string(path));
  }

  template <class Item>
  KeyHandle list_here(std::vector<Item> S::*member, std::string_view path, const char* meaning) {
    Key& key = row(path, Shape::named_list, meaning);
    key.fills_member = true;
    auto field = std::make_unique<ListField<S, Item>>(member, std::string(path));
    const auto* written = field.get();
    key.write_default = [written, initial = initial_->*member] {
      return written->write_items(initial);
    };
    Declarer<Item> sub(*schema_, key.path + "[]", field->fields(), field->initial(), false);
    fields_->add(std::move(field));
    Item::declare(sub);
    return KeyHandle(key, nullptr, std::string(path));
  }

  static void apply_spec(Key& key, const Unit& unit) { key.unit = unit.text; }
  static void apply_spec(Key& key, const Range& range) { key.range = range; }
  template <class Other>
  static void apply_spec(Key&, const Other&) {}  // choices and tags choose the codec
  // The name of a named list's item (an offence group, a court, a centre) goes into dataset,
  // series and file names: it gets the codec that checks its characters and length.
  template <class T>
  const ValueCodec<T>& item_name_or(const Key& key, const ValueCodec<T>& codec) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (key.path.ends_with("[].name")) return schema_->own<NameCodec>();
    }
    return codec;
  }
  // After the key's own limits: its unit's ceiling bounds them from above.
  static void cap_by_unit(Key& key, const Unit& unit) {
    if (unit.ceiling < key.range.high) {
      key.range.high = unit.ceiling;
      key.range.high_open = false;
    }
  }
  template <class Other>
  static void cap_by_unit(Key&, const Other&) {}

  Schema* schema_;
  std::string prefix_;
  Fields<S>* fields_;
  const S* initial_;
  bool per_group_;
  std::any groups_;  // Declarer<G> of the per-group structs, once declared
};

}  // namespace cj::scenario

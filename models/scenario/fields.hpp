// Internal. The typed half of the declarations: for each struct, its fields, each filling one
// member from the checked tree through the member's codec (a leaf), or the members of a nested
// struct, a list of items, an optional section, the per-group structs of a stage, or the steps
// of a dated section. The generic builder is Fields<Root>::fill; what it cannot say alone (rules
// that span keys) is in the rule files. Fields also compare two structs member by member (tests
// name what differs by key path) and write a list's default items.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/parameters/dated.hpp"
#include "models/scenario/codec.hpp"
#include "models/scenario/dated_codec.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/share_sets.hpp"
#include "models/scenario/tree_reader.hpp"

namespace cj::scenario {

template <class S>
class Field {
 public:
  virtual ~Field() = default;
  // Sets the member from what `view` holds; leaves it at its initialiser when absent.
  virtual void fill(S& s, const View& view, TreeReader& reader) const = 0;
  // Appends the path (below `where`) of each member that differs between `a` and `b`.
  virtual void differences(const S& a, const S& b, const std::string& where,
                           std::vector<std::string>& out) const = 0;
  // Writes the member into `map`, as a list's default items are written.
  virtual void write(const S& s, Node& map) const = 0;
};

// Where a share set's members register, so the set is checked where they are read.
class ShareSetRegistry {
 public:
  virtual void add_member(const std::string& set, const std::string& path, const Key& key) = 0;

 protected:
  ~ShareSetRegistry() = default;
};

template <class S>
class Fields final : public ShareSetRegistry {
 public:
  void add(std::unique_ptr<Field<S>> field) { fields_.push_back(std::move(field)); }
  void add_member(const std::string& set, const std::string& path, const Key& key) override;

  void fill(S& s, const View& view, TreeReader& reader) const {
    for (const auto& f : fields_) f->fill(s, view, reader);
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const {
    for (const auto& f : fields_) f->differences(a, b, where, out);
  }
  void write(const S& s, Node& map) const {
    for (const auto& f : fields_) f->write(s, map);
  }

 private:
  class ShareSet;
  std::vector<std::unique_ptr<Field<S>>> fields_;
  std::map<std::string, ShareSet*> sets_;
};

// The members of a share set, checked together where they are read.
template <class S>
class Fields<S>::ShareSet final : public Field<S> {
 public:
  void add(std::string path, const Key& key) { members_.push_back({std::move(path), &key}); }
  void fill(S&, const View& view, TreeReader& reader) const override {
    check_share_set(reader, view, members_);
  }
  void differences(const S&, const S&, const std::string&,
                   std::vector<std::string>&) const override {}
  void write(const S&, Node&) const override {}

 private:
  std::vector<ShareMember> members_;
};

template <class S>
void Fields<S>::add_member(const std::string& set, const std::string& path, const Key& key) {
  auto& entry = sets_[set];
  if (!entry) {
    auto rule = std::make_unique<ShareSet>();
    entry = rule.get();
    fields_.push_back(std::move(rule));
  }
  entry->add(path, key);
}

// `value` under `path` (dotted) of `map`, the sections on the way added.
inline void write_at(Node& map, std::string_view path, Node value) {
  const auto dot = path.find('.');
  if (dot == std::string_view::npos) {
    map.set(path, std::move(value), {});
    return;
  }
  Node& below = map.get_or_add(path.substr(0, dot), {});
  if (!below.is_map()) below = Node::map();
  write_at(below, path.substr(dot + 1), std::move(value));
}

// A member read by its codec.
template <class S, class T>
class LeafField final : public Field<S> {
 public:
  LeafField(T S::*member, std::string path, const Key& key, const ValueCodec<T>& codec, T initial)
      : member_(member),
        path_(std::move(path)),
        key_(key),
        codec_(codec),
        initial_(std::move(initial)) {}

  void fill(S& s, const View& view, TreeReader& reader) const override {
    if (auto value = reader.read(view, path_, key_, codec_)) s.*member_ = std::move(*value);
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    if (!(a.*member_ == b.*member_)) out.push_back(join_path(where, path_));
  }
  void write(const S& s, Node& map) const override {
    // An optional key at its initialiser was left out.
    if (key_.presence == Presence::optional && s.*member_ == initial_) return;
    write_at(map, path_, write_exactly(codec_, s.*member_, key_));
  }

 private:
  T S::*member_;
  std::string path_;
  const Key& key_;
  const ValueCodec<T>& codec_;
  T initial_;
};

// A struct member whose own members are keys of the section `path`.
template <class S, class Sub>
class NestField final : public Field<S> {
 public:
  NestField(Sub S::*member, std::string path) : member_(member), path_(std::move(path)) {}
  Fields<Sub>& fields() { return fields_; }

  void fill(S& s, const View& view, TreeReader& reader) const override {
    fields_.fill(s.*member_, reader.section(view, path_), reader);
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    fields_.differences(a.*member_, b.*member_, join_path(where, path_), out);
  }
  void write(const S& s, Node& map) const override {
    Node section = Node::map();
    fields_.write(s.*member_, section);
    if (!section.entries.empty()) write_at(map, path_, std::move(section));
  }

 private:
  Sub S::*member_;
  std::string path_;
  Fields<Sub> fields_;
};

// A stage's per-group structs: one a group, each read through the group's view of the stage.
template <class S, class G>
class GroupsField final : public Field<S> {
 public:
  explicit GroupsField(std::vector<G> S::*member) : member_(member) {}
  Fields<G>& fields() { return fields_; }
  const G& initial() const { return initial_; }

  void fill(S& s, const View& view, TreeReader& reader) const override {
    auto& groups = s.*member_;
    groups.assign(reader.groups().size(), initial_);
    for (std::size_t i = 0; i < groups.size(); ++i) {
      fields_.fill(groups[i], reader.for_group(view, reader.groups()[i]), reader);
    }
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    const auto& x = a.*member_;
    const auto& y = b.*member_;
    if (x.size() != y.size()) out.push_back(join_path(where, "by_offence (groups)"));
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      fields_.differences(x[i], y[i], join_path(where, "by_offence[" + std::to_string(i) + "]"),
                          out);
    }
  }
  void write(const S&, Node&) const override {}  // per-group values are no list's default

 private:
  std::vector<G> S::*member_;
  Fields<G> fields_;
  G initial_{};
};

// A named list: each item a struct of its own keys.
template <class S, class Item>
class ListField final : public Field<S> {
 public:
  ListField(std::vector<Item> S::*member, std::string path)
      : member_(member), path_(std::move(path)) {}
  Fields<Item>& fields() { return fields_; }
  const Item& initial() const { return initial_; }

  void fill(S& s, const View& view, TreeReader& reader) const override {
    if (!reader.find(view, path_).value) return;
    auto& items = s.*member_;
    items.clear();
    for (const View& item_view : reader.items(view, path_)) {
      Item item = initial_;
      fields_.fill(item, item_view, reader);
      items.push_back(std::move(item));
    }
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    const auto& x = a.*member_;
    const auto& y = b.*member_;
    const std::string list = join_path(where, path_);
    if (x.size() != y.size()) out.push_back(list + " (items)");
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      fields_.differences(x[i], y[i], list + "[" + std::to_string(i) + "]", out);
    }
  }
  void write(const S& s, Node& map) const override {
    write_at(map, path_, write_items(s.*member_));
  }
  Node write_items(const std::vector<Item>& items) const {
    Node list = Node::sequence();
    for (const Item& item : items) {
      Node written = Node::map();
      fields_.write(item, written);
      list.items.push_back(std::move(written));
    }
    return list;
  }

 private:
  std::vector<Item> S::*member_;
  std::string path_;
  Fields<Item> fields_;
  Item initial_{};
};

// A section that may be `none` (the feature not modelled).
template <class S, class Sub>
class OptionalField final : public Field<S> {
 public:
  OptionalField(std::optional<Sub> S::*member, std::string path)
      : member_(member), path_(std::move(path)) {}
  Fields<Sub>& fields() { return fields_; }
  const Sub& initial() const { return initial_; }

  void fill(S& s, const View& view, TreeReader& reader) const override {
    if (!reader.find(view, path_).value) return;
    if (reader.is_none(view, path_)) {
      (s.*member_).reset();
      return;
    }
    Sub sub = initial_;
    fields_.fill(sub, reader.section(view, path_), reader);
    s.*member_ = std::move(sub);
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    const auto& x = a.*member_;
    const auto& y = b.*member_;
    if (x.has_value() != y.has_value()) out.push_back(join_path(where, path_) + " (given or none)");
    if (x && y) fields_.differences(*x, *y, join_path(where, path_), out);
  }
  void write(const S& s, Node& map) const override {
    write_at(map, path_, write_value(s.*member_));
  }
  Node write_value(const std::optional<Sub>& value) const {
    if (!value) return Node::scalar("none");
    Node section = Node::map();
    fields_.write(*value, section);
    return section;
  }

 private:
  std::optional<Sub> S::*member_;
  std::string path_;
  Fields<Sub> fields_;
  Sub initial_{};
};

// A section, or {date: section, ...}: its members read for each date.
template <class S, class Sub>
class DatedSectionField final : public Field<S> {
 public:
  DatedSectionField(Dated<Sub> S::*member, std::string path, Sub initial)
      : member_(member), path_(std::move(path)), initial_(std::move(initial)) {}
  Fields<Sub>& fields() { return fields_; }

  void fill(S& s, const View& view, TreeReader& reader) const override {
    const Found found = reader.find(view, path_);
    if (!found.value) return;
    if (!written_by_date(*found.value, true)) {
      Sub sub = initial_;
      fields_.fill(sub, reader.section(view, path_), reader);
      s.*member_ = Dated<Sub>::constant(std::move(sub));
      return;
    }
    Dated<Sub> steps;
    for (const auto& e : found.value->entries) {
      const auto date = read_date_text(e.key);
      if (!date) {
        reader.mark_unreadable();
        continue;
      }
      Sub sub = initial_;
      fields_.fill(sub, TreeReader::of(e.value, join_path(found.shown, e.key)), reader);
      steps.steps.emplace_back(*date, std::move(sub));
    }
    s.*member_ = std::move(steps);
  }
  void differences(const S& a, const S& b, const std::string& where,
                   std::vector<std::string>& out) const override {
    if (!(a.*member_ == b.*member_)) out.push_back(join_path(where, path_));
  }
  void write(const S& s, Node& map) const override {
    const Dated<Sub>& value = s.*member_;
    if (value.is_constant()) {
      Node section = Node::map();
      fields_.write(value.steps.front().second, section);
      write_at(map, path_, std::move(section));
      return;
    }
    Node steps = Node::map();
    for (const auto& [date, sub] : value.steps) {
      Node section = Node::map();
      fields_.write(sub, section);
      steps.set(format_iso_date(date), std::move(section), {});
    }
    write_at(map, path_, std::move(steps));
  }

 private:
  Dated<Sub> S::*member_;
  std::string path_;
  Sub initial_;
  Fields<Sub> fields_;
};

}  // namespace cj::scenario

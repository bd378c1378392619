// Internal. Reading the checked, filled-in tree: the fields of the declared structs (fields.hpp)
// and the rules that span keys read values through views of it. A view is a section with, for
// one offence group's view of a stage, that group's by_offence entry, read first. Reads are
// silent: check_structure has already reported every bad value. A value that cannot be read all
// the same marks the tree unreadable, so a Scenario is never made from a guess.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/codec.hpp"
#include "models/scenario/diagnostics.hpp"
#include "models/scenario/node.hpp"

namespace cj::scenario {

// A section of the tree and the path shown in problems; `group`: an offence group's entry under
// the stage's by_offence, at the same place. `anchor`: where a problem about something missing
// below is reported, the stage or the list item the section is part of.
struct View {
  const Node* node = nullptr;
  std::string shown;
  const Node* group = nullptr;
  std::string group_shown;
  const Node* anchor = nullptr;
};

// Where a key was found: its value (null when absent), and its path shown in problems.
struct Found {
  const Node* value = nullptr;
  std::string shown;
};

class TreeReader {
 public:
  TreeReader(const Node& root, const GroupNames& groups, Diagnostics& diagnostics)
      : root_(root), groups_(groups), d_(diagnostics) {}

  const GroupNames& groups() const { return groups_; }
  Diagnostics& diagnostics() { return d_; }
  bool unreadable() const { return unreadable_; }
  void mark_unreadable() { unreadable_ = true; }

  View root() const;
  // The section `key` (dotted) of a view, with the group's entry at the same place.
  View section(const View& parent, std::string_view key) const;
  // A view of `node` on its own, shown as `shown`.
  static View of(const Node& node, std::string shown);
  // The view of a stage for offence group `group` (its by_offence.GROUP read first).
  View for_group(const View& stage, const std::string& group) const;
  // The items of a named list, each as a view shown by its name.
  std::vector<View> items(const View& parent, std::string_view key) const;

  // `key` may be dotted: "triage.accept_first".
  Found find(const View& view, std::string_view key) const;
  bool is_none(const View& view, std::string_view key) const;

  // The value of `key` read by `codec` (a value-initialised T, and the tree unreadable, when it
  // cannot be; nothing when absent).
  template <class T>
  std::optional<T> read(const View& view, std::string_view path, const Key& key,
                        const ValueCodec<T>& codec) {
    const Found f = find(view, path);
    if (!f.value) return std::nullopt;
    if (auto value = codec.read(*f.value, key, f.shown, groups_, nullptr)) return value;
    unreadable_ = true;
    return T{};
  }

  // Reports against `key` of `view` (or the view itself when absent).
  void problem(const View& view, std::string_view key, std::string message);

 private:
  const Node& root_;
  const GroupNames& groups_;
  Diagnostics& d_;
  bool unreadable_ = false;
};

}  // namespace cj::scenario

#include "models/scenario/check_structure.hpp"

#include <algorithm>
#include <tuple>

#include "models/scenario/dated_codec.hpp"
#include "models/scenario/group_codecs.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {
namespace {

std::string first_sentence(const std::string& text) {
  const auto end = text.find(". ");
  std::string out = end == std::string::npos ? text : text.substr(0, end);
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

class Checker {
 public:
  Checker(const Schema& schema, const GroupNames& groups, Diagnostics& diagnostics)
      : schema_(schema), groups_(groups), d_(diagnostics) {}

  void section(const Node& node, std::string_view schema_path, const std::string& shown_path) {
    if (node.is_null() && !schema_path.empty()) {
      // A section written with nothing below it (all commented out): an empty one.
      section(Node::map(node.at), schema_path, shown_path);
      return;
    }
    if (!node.is_map()) {
      if (schema_path.empty()) {
        d_.report(node.at, "",
                  "the scenario is " + describe_kind(node) +
                      ", not a map (expected keys such as name, start and offence_groups)");
      } else {
        d_.report(node.at, shown_path,
                  describe_kind(node) + " is not a map (expected keys " +
                      join_names(schema_.child_names(schema_path)) + ")");
      }
      return;
    }
    for (const auto& e : node.entries) {
      const std::string path = join_path(schema_path, e.key);
      const std::string shown = join_path(shown_path, e.key);
      const Key* key = schema_.find(path);
      if (!key) {
        d_.report(
            e.key_at, shown,
            unknown_key_message(schema_, e.key, schema_path, schema_.child_names(schema_path)));
        continue;
      }
      value(*key, e.value, shown);
    }
    for (const Key* k : schema_.children(schema_path)) {
      const Entry* given = node.entry(k->name());
      if (!given && k->presence == Presence::required && !d_.incomplete()) {
        d_.report(node.at, join_path(shown_path, k->name()),
                  "a required key is missing (expected " + type_name(*k) + ": " +
                      first_sentence(k->meaning) + ")");
      }
      // Report a pair of alternatives once, at the one written second.
      if (given && !k->alternative.empty()) {
        const Entry* other = node.entry(k->alternative);
        if (other && std::tie(other->key_at.source, other->key_at.line, other->key_at.column) <
                         std::tie(given->key_at.source, given->key_at.line, given->key_at.column)) {
          d_.report(given->key_at, join_path(shown_path, k->name()),
                    "given with " + k->alternative + " (expected one of " + k->name() + " and " +
                        k->alternative + ", not both)");
        }
      }
    }
  }

  void value(const Key& key, const Node& node, const std::string& shown_path) {
    switch (key.shape) {
      case Shape::section:
        section(node, key.path, shown_path);
        return;
      case Shape::dated_section:
        dated_section(node, shown_path, [&](const Node& n, const std::string& shown) {
          section(n, key.path, shown);
        });
        return;
      case Shape::optional_section:
        if (!is_none(node)) section(node, key.path, shown_path);
        return;
      case Shape::named_list:
        named_list(key, node, shown_path);
        return;
      case Shape::by_offence:
        by_offence(key, node, shown_path);
        return;
      case Shape::value:
        key.codec->check(node, key, shown_path, groups_, d_);
        return;
    }
  }

  // A section, or {date: section, ...} with dates strictly increasing: each checked by `check`.
  template <class Check>
  void dated_section(const Node& node, const std::string& shown_path, Check&& check) {
    if (!written_by_date(node, true)) {
      check(node, shown_path);
      return;
    }
    const StepDates dates = step_dates(node, shown_path, &d_);
    for (std::size_t i = 0; i < node.entries.size(); ++i) {
      if (dates.dates[i]) check(node.entries[i].value, shown_path + "." + node.entries[i].key);
    }
  }

  void named_list(const Key& key, const Node& node, const std::string& shown_path) {
    if (node.is_null()) return;  // an empty list
    if (!node.is_sequence()) {
      d_.report(node.at, shown_path,
                describe_kind(node) + " is not a list (expected a list of items with a name)");
      return;
    }
    const std::string item_schema = key.path + "[]";
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      const std::string item_shown = item_path(shown_path, item, i);
      if (item.is_map()) {
        const Node* name = item.find("name");
        if (name && (name->is_null() || (name->is_scalar() && name->text.empty()))) {
          d_.report(name->at, item_shown + ".name", "an empty name (expected a name)");
        } else if (name && name->is_scalar() && name->text.find('.') != std::string::npos) {
          // --set and sweeps address items by name, in dotted paths.
          d_.report(name->at, item_shown + ".name",
                    shown(name->text) + " contains a dot (expected a name without dots)");
        }
        for (std::size_t j = 0; name && name->is_scalar() && j < i; ++j) {
          const Node* other = node.items[j].is_map() ? node.items[j].find("name") : nullptr;
          if (other && other->is_scalar() && other->text == name->text) {
            d_.report(name->at, item_shown + ".name",
                      shown(name->text) + " is given twice (first at line " +
                          std::to_string(other->at.line) + "; expected unique names)");
            break;
          }
        }
      }
      section(item, item_schema, item_shown);
    }
  }

  void by_offence(const Key& key, const Node& node, const std::string& shown_path) {
    if (node.is_null()) return;
    if (!node.is_map()) {
      d_.report(node.at, shown_path,
                describe_kind(node) + " is not a map (expected {offence group: {keys}})");
      return;
    }
    const std::string stage(parent_path(key.path));
    for (const auto& e : node.entries) {
      const std::string shown = shown_path + "." + e.key;
      if (std::find(groups_.begin(), groups_.end(), e.key) == groups_.end()) {
        report_undefined_group(e.key, e.key_at, shown, groups_, d_);
      }
      group_section(e.value, stage, shown);
    }
  }

  // A map under by_offence.GROUP, mirroring the stage's keys that may vary by group.
  void group_section(const Node& node, const std::string& schema_path,
                     const std::string& shown_path) {
    if (node.is_null()) return;  // written with nothing below: the stage's values
    std::vector<std::string> allowed;
    for (const Key* k : schema_.children(schema_path)) {
      if (schema_.varies_by_offence(k->path)) allowed.push_back(k->name());
    }
    if (!node.is_map()) {
      d_.report(
          node.at, shown_path,
          describe_kind(node) + " is not a map (expected any of " + join_names(allowed) + ")");
      return;
    }
    for (const auto& e : node.entries) {
      const std::string path = join_path(schema_path, e.key);
      const std::string shown = join_path(shown_path, e.key);
      const Key* key = schema_.find(path);
      if (!key) {
        d_.report(e.key_at, shown, unknown_key_message(schema_, e.key, schema_path, allowed));
        continue;
      }
      if (!schema_.varies_by_offence(path)) {
        d_.report(e.key_at, shown,
                  "cannot vary by offence group (expected any of " + join_names(allowed) +
                      "; set " + path + " for every group instead)");
        continue;
      }
      if (key->shape == Shape::section) {
        group_section(e.value, path, shown);
      } else if (key->shape == Shape::dated_section) {
        dated_section(e.value, shown,
                      [&](const Node& n, const std::string& at) { group_section(n, path, at); });
      } else if (key->shape == Shape::value) {
        key->codec->check(e.value, *key, shown, groups_, d_);
      }
    }
  }

 private:
  const Schema& schema_;
  const GroupNames& groups_;
  Diagnostics& d_;
};

}  // namespace

std::string item_label(const Node& item, std::size_t index) {
  const Node* name = item.is_map() ? item.find("name") : nullptr;
  if (name && name->is_scalar() && !name->text.empty()) return name->text;
  // Appended piecewise: "literal" + std::string trips GCC 12's -Wrestrict (a false positive).
  std::string label = "[";
  label += std::to_string(index + 1);
  label += ']';
  return label;
}

std::string item_path(const std::string& list_path, const Node& item, std::size_t index) {
  const std::string label = item_label(item, index);
  return label.front() == '[' ? list_path + label : list_path + "." + label;
}

std::string unknown_key_message(const Schema& schema, const std::string& key,
                                std::string_view schema_parent,
                                const std::vector<std::string>& candidates) {
  if (const auto near = nearest(key, candidates)) {
    return "unknown key (did you mean " + *near + "?)";
  }
  // Perhaps a key of another section, written in the wrong place.
  for (const auto& path : schema.paths_named(key)) {
    if (parent_path(path) != schema_parent) {
      return "unknown key here (did you mean " + path + "?)";
    }
  }
  return "unknown key (expected one of " + join_names(candidates) + ")";
}

GroupNames group_names_of(const Node& root) {
  GroupNames names;
  const Node* list = root.is_map() ? root.find("offence_groups") : nullptr;
  if (!list || !list->is_sequence()) return names;
  for (const auto& item : list->items) {
    const Node* name = item.is_map() ? item.find("name") : nullptr;
    // Once each: a name given twice is reported by the check, not repeated in every message.
    if (name && name->is_scalar() &&
        std::find(names.begin(), names.end(), name->text) == names.end()) {
      names.push_back(name->text);
    }
  }
  return names;
}

void check_structure(const Schema& schema, const Node& root, const GroupNames& groups,
                     Diagnostics& diagnostics) {
  Checker(schema, groups, diagnostics).section(root, "", "");
}

}  // namespace cj::scenario

#include "models/scenario/key_path.hpp"

#include <string>
#include <vector>

#include "models/scenario/check_structure.hpp"
#include "models/scenario/codec.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {
namespace {

std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto dot = path.find('.', start);
    out.emplace_back(path.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) return out;
    start = dot + 1;
  }
}

class Setter {
 public:
  Setter(const Schema& schema, std::string_view path, Location at, Diagnostics& d)
      : schema_(schema), path_(path), at_(at), d_(d) {}

  bool set(Node& root, Node value) {
    const auto segments = split(path_);
    for (const auto& s : segments) {
      if (s.empty()) return fail("", "an empty segment (expected key.path=value, e.g. seed=7)");
    }
    Node* current = &root;
    std::string schema_path;
    std::string here;
    bool in_group = false;  // below by_offence.GROUP: the stage's keys that may vary by group
    for (std::size_t i = 0; i < segments.size(); ++i) {
      const std::string& seg = segments[i];
      const bool last = i + 1 == segments.size();
      // The top level and named items have no key of their own: sections.
      const Key* key = schema_path.empty() ? nullptr : schema_.find(schema_path);
      const Shape shape = key ? key->shape : Shape::section;
      const std::string next_shown = join_path(here, seg);
      if (shape == Shape::named_list) {
        if (!current->is_sequence()) return not_a(next_shown, *current, "a list");
        Node* item = nullptr;
        std::vector<std::string> names;
        for (std::size_t k = 0; k < current->items.size(); ++k) {
          names.push_back(item_label(current->items[k], k));
          if (names.back() == seg) item = &current->items[k];
        }
        if (!item && last && value.is_map()) {
          if (!value.find("name"))
            value.entries.insert(value.entries.begin(), Entry{"name", at_, Node::scalar(seg, at_)});
          current->items.push_back(std::move(value));
          return true;
        }
        if (!item) {
          const auto near = nearest(seg, names);
          return fail(next_shown, "no item named " + shown(seg) + " in " + shown_or_top(here) +
                                      " (" + (near ? "did you mean " + *near + "? " : "") +
                                      "expected one of " + join_names(names) + ")");
        }
        if (last) {
          if (value.is_map() && !value.find("name")) {
            value.entries.insert(value.entries.begin(), Entry{"name", at_, Node::scalar(seg, at_)});
          }
          *item = std::move(value);
          return true;
        }
        current = item;
        schema_path = key->path + "[]";
        here = next_shown;
        continue;
      }
      if (shape == Shape::by_offence) {
        // Any group name: an undefined one is reported by the check, with the others.
        if (!make_map(*current, here)) return false;
        current = &current->get_or_add(seg, at_);
        if (last) {
          *current = std::move(value);
          return true;
        }
        schema_path = std::string(parent_path(key->path));
        here = next_shown;
        in_group = true;
        continue;
      }
      if (shape == Shape::dated_section && read_date_text(seg)) {
        // A date of the section: the section's own keys below it.
        if (!make_map(*current, here)) return false;
        current = &current->get_or_add(seg, at_);
        if (last) {
          *current = std::move(value);
          return true;
        }
        here = next_shown;
        continue;
      }
      if (key && shape == Shape::value && key->codec->keys_below()) {
        if (!last) return fail(next_shown, "goes below a value that has no keys of its own");
        if (!current->is_map() && !is_none(*current)) {
          return fail(next_shown, here + " is " + describe_kind(*current) +
                                      ", not a map (expected to set it whole: " + here + "=VALUE)");
        }
        if (!make_map(*current, here)) return false;
        current->set(seg, std::move(value), at_);
        return true;
      }
      if (shape == Shape::value) {
        return fail(next_shown, here + " is a " + type_name(*key) + " and has no key " + seg +
                                    " (expected a path ending at " + here + ")");
      }
      const std::string child = join_path(schema_path, seg);
      const Key* child_key = schema_.find(child);
      if (!child_key || (in_group && !schema_.varies_by_offence(child))) {
        std::vector<std::string> candidates;
        for (const Key* k : schema_.children(schema_path)) {
          if (!in_group || schema_.varies_by_offence(k->path)) candidates.push_back(k->name());
        }
        if (child_key) {
          return fail(next_shown, "cannot vary by offence group (expected any of " +
                                      join_names(candidates) + ")");
        }
        return fail(next_shown, unknown_key_message(schema_, seg, schema_path, candidates));
      }
      if (!make_map(*current, here)) return false;
      if (last) {
        if (!child_key->alternative.empty()) current->remove(child_key->alternative);
        current->set(seg, std::move(value), at_);
        return true;
      }
      current = &current->get_or_add(seg, at_);
      schema_path = child;
      here = next_shown;
    }
    return false;
  }

 private:
  static std::string shown_or_top(const std::string& here) {
    return here.empty() ? "the scenario" : here;
  }

  // A value about to receive a key: nothing or `none` becomes an empty map.
  bool make_map(Node& node, const std::string& here) {
    if (node.is_map()) return true;
    if (is_none(node)) {
      const Location where = node.at.known() ? node.at : at_;
      node = Node::map(where);
      return true;
    }
    return not_a(here, node, "a map");
  }

  bool not_a(const std::string& here, const Node& node, const std::string& what) {
    return fail(here, describe_kind(node) + " is not " + what + " (expected the path of a key)");
  }

  bool fail(const std::string& here, const std::string& message) {
    d_.report(at_, here.empty() ? std::string(path_) : here, message);
    return false;
  }

  const Schema& schema_;
  std::string_view path_;
  Location at_;
  Diagnostics& d_;
};

}  // namespace

bool set_at_path(const Schema& schema, Node& root, std::string_view path, Node value, Location at,
                 Diagnostics& diagnostics) {
  // On a copy, so that a path that fails half way leaves nothing behind.
  Node copy = root;
  if (!Setter(schema, path, at, diagnostics).set(copy, std::move(value))) return false;
  root = std::move(copy);
  return true;
}

}  // namespace cj::scenario

#include "models/scenario/merge.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "models/scenario/codec.hpp"
#include "models/scenario/dated_codec.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {
namespace fs = std::filesystem;
namespace {

struct Link {
  fs::path canonical;
  std::string display;
};
using Chain = std::vector<Link>;

std::string describe_chain(const Chain& chain, const std::string& last) {
  std::string out;
  for (const auto& link : chain) out += link.display + " -> ";
  return out + last;
}

fs::path canonical_or_absolute(const fs::path& p) {
  std::error_code ec;
  // Absolute first: weakly_canonical leaves a relative path of files that do not exist relative.
  const fs::path absolute = fs::absolute(p, ec);
  fs::path c = fs::weakly_canonical(absolute, ec);
  if (ec) c = absolute.lexically_normal();
  return c;
}

std::optional<Node> read_file(const Schema& schema, const fs::path& file,
                              const std::string& display, Chain chain, Location requested_at,
                              Diagnostics& d, SourceFiles& sources, const ExtendsScope& scope);

// A map with at least one key a scenario has at its top (or nothing yet): anything else is some
// other file, whose content problems would quote.
bool looks_like_a_scenario(const Schema& schema, const Node& tree) {
  if (tree.is_null()) return true;
  if (!tree.is_map()) return false;
  if (tree.entries.empty()) return true;
  const std::vector<std::string> known = schema.child_names("");
  return std::any_of(tree.entries.begin(), tree.entries.end(), [&](const Entry& e) {
    return e.key == "sweep" || std::find(known.begin(), known.end(), e.key) != known.end();
  });
}

// Whether `path` (canonical) is `root` or lies below it.
bool within(const fs::path& path, const fs::path& root) {
  const auto mismatch = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return mismatch.first == root.end();
}

Node with_extends(const Schema& schema, Node tree, const fs::path& folder, const Chain& chain,
                  Diagnostics& d, SourceFiles& sources, const ExtendsScope& scope) {
  if (!tree.is_map()) return tree;
  const Entry* extends = tree.entry("extends");
  if (!extends) return tree;
  const Node target = extends->value;
  tree.remove("extends");
  if (!target.is_scalar() || target.text.empty()) {
    d.report(target.at, "extends",
             describe_kind(target) + " is not a file name (expected the path of a scenario file)");
    d.mark_incomplete();
    return tree;
  }
  const fs::path base_path =
      fs::path(target.text).is_absolute() ? fs::path(target.text) : folder / target.text;
  const std::string display = base_path.lexically_normal().string();
  const fs::path canonical = canonical_or_absolute(base_path);
  for (const auto& link : chain) {
    if (link.canonical == canonical) {
      d.report(target.at, "extends",
               "circular extends: " + describe_chain(chain, display) +
                   " (expected a chain of files that ends)");
      d.mark_incomplete();
      return tree;
    }
  }
  if (scope.root && !within(canonical, *scope.root)) {
    d.report(target.at, "extends",
             display + " is outside " + scope.root->string() +
                 " (expected a file in the scenario's folder or below it; "
                 "--allow-extends-anywhere permits others)");
    d.mark_incomplete();
    return tree;
  }
  auto base = read_file(schema, base_path, display, chain, target.at, d, sources, scope);
  if (!base) {
    d.mark_incomplete();
    return tree;
  }
  return merge(schema, *base, tree);
}

std::optional<Node> read_file(const Schema& schema, const fs::path& file,
                              const std::string& display, Chain chain, Location requested_at,
                              Diagnostics& d, SourceFiles& sources, const ExtendsScope& scope) {
  const std::string chain_text = describe_chain(chain, display);
  const auto cannot = [&](const std::string& why) {
    if (requested_at.known()) {
      d.report(requested_at, "extends",
               "cannot read " + display + ": " + why + " (extends chain: " + chain_text + ")");
    } else {
      d.report(Location{d.add_source(display), 0, 0}, "",
               "cannot read the file: " + why + " (expected a readable scenario file)");
    }
    return std::nullopt;
  };
  std::error_code ec;
  const auto status = fs::status(file, ec);
  if (ec || !fs::exists(status)) return cannot("no such file");
  if (!fs::is_regular_file(status)) return cannot("not a regular file");
  const auto size = fs::file_size(file, ec);
  const ParseLimits limits;
  if (ec) return cannot(ec.message());
  if (size > limits.max_bytes) {
    return cannot(std::to_string(size) + " bytes is too big (at most " +
                  std::to_string(limits.max_bytes >> 20) + " MiB)");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return cannot("cannot open it");
  std::ostringstream text;
  text << in.rdbuf();
  const int source = d.add_source(display);
  sources.read.emplace_back(display, text.str());
  // A file that is not a scenario at all (a password file, a list) is refused without a message
  // that quotes what it holds.
  auto tree = parse_yaml(sources.read.back().second, source, d, limits);
  if (!tree) return std::nullopt;
  if (!looks_like_a_scenario(schema, *tree)) {
    sources.read.pop_back();
    return cannot("not a scenario (expected a map with a scenario's keys)");
  }
  chain.push_back(Link{canonical_or_absolute(file), display});
  return with_extends(schema, std::move(*tree), file.parent_path(), chain, d, sources, scope);
}

// `child` over `base`, both maps: key by key.
Node merge_map(const Schema& schema, const Node& base, const Node& child,
               std::string_view schema_path);

const Node* name_of(const Node& item) {
  const Node* name = item.is_map() ? item.find("name") : nullptr;
  return name && name->is_scalar() ? name : nullptr;
}

Node merge_named_items(const Schema& schema, const Node& base, const Node& child,
                       const std::string& item_path) {
  Node out = base;
  for (const auto& item : child.items) {
    const Node* name = name_of(item);
    Node* match = nullptr;
    for (auto& existing : out.items) {
      const Node* existing_name = name_of(existing);
      if (name && existing_name && existing_name->text == name->text) match = &existing;
    }
    if (match) {
      *match = merge(schema, *match, item, item_path);
    } else {
      out.items.push_back(item);
    }
  }
  return out;
}

}  // namespace

std::optional<Node> read_scenario_file(const Schema& schema, const fs::path& file,
                                       const std::string& display, Diagnostics& diagnostics,
                                       SourceFiles& sources, const ExtendsScope& scope) {
  return read_file(schema, file, display, {}, Location{}, diagnostics, sources, scope);
}

Node resolve_extends(const Schema& schema, Node tree, const fs::path& folder,
                     Diagnostics& diagnostics, SourceFiles& sources) {
  return with_extends(schema, std::move(tree), folder, {}, diagnostics, sources, {});
}

Node merge(const Schema& schema, const Node& base, const Node& child,
           std::string_view schema_path) {
  const Key* key = schema.find(schema_path);
  const Shape shape = key ? key->shape : Shape::section;  // unknown: merged as a map meanwhile
  // A section or list written with nothing below it changes nothing.
  if (child.is_null() && (base.is_map() || base.is_sequence()) &&
      (shape == Shape::section || shape == Shape::named_list || shape == Shape::by_offence)) {
    return base;
  }
  if (shape == Shape::named_list && base.is_sequence() && child.is_sequence()) {
    return merge_named_items(schema, base, child, key->path + "[]");
  }
  if (shape == Shape::named_list) return child;
  if (shape == Shape::value) return key->codec->merge(base, child);
  if (shape == Shape::dated_section) {
    return merge_steps(base, child, true, [&](const Node& b, const Node& c) {
      return merge_map(schema, b, c, schema_path);
    });
  }
  if (schema_path == "sweep") return child;  // a sweep is replaced whole
  return merge_map(schema, base, child, schema_path);
}

namespace {

Node merge_map(const Schema& schema, const Node& base, const Node& child,
               std::string_view schema_path) {
  if (!base.is_map() || !child.is_map()) return child;
  Node out = base;
  out.at = child.at;
  for (const auto& e : child.entries) {
    const std::string below = schema.path_below(schema_path, e.key);
    // Giving one of two alternatives (horizon_days, horizon_years) drops the other.
    if (const Key* k = schema.find(below);
        k && !k->alternative.empty() && !child.find(k->alternative)) {
      out.remove(k->alternative);
    }
    if (Node* existing = out.find(e.key)) {
      *existing = merge(schema, *existing, e.value, below);
      for (auto& oe : out.entries) {
        if (oe.key == e.key) oe.key_at = e.key_at;
      }
    } else {
      out.entries.push_back(e);
    }
  }
  return out;
}

}  // namespace
}  // namespace cj::scenario

#include "models/scenario/yaml_source.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cj::scenario {
namespace {

// Thrown from inside the event handler to stop the parser at once.
struct Stop {
  Location at;
  std::string message;
};

// Where a byte offset lies; for problems found before parsing.
Location location_of(std::string_view text, std::size_t offset, int source) {
  Location at{source, 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  return at;
}

// The offset of the first byte that is not valid UTF-8 text (NUL counts as binary), or npos.
std::size_t first_binary_byte(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return i;
    std::size_t length = 1;
    if (c >= 0x80) {
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
      } else {
        return i;
      }
      if (i + length > text.size()) return i;
      for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
      }
    }
    i += length;
  }
  return std::string_view::npos;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(int source, const ParseLimits& limits, Diagnostics& diagnostics)
      : source_(source), limits_(limits), diagnostics_(diagnostics) {}

  std::optional<Node> take() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      throw Stop{at(mark), "a second YAML document (expected one scenario per file)"};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node n;
    n.at = at(mark);
    finish(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchored_.find(anchor);
    if (it == anchored_.end()) {
      throw Stop{at(mark), "an alias to a value that contains it (expected no recursive aliases)"};
    }
    // Counted before copying, so that a bomb stops before it takes the memory.
    count(count_nodes(it->second) - 1, at(mark));
    Node copy = it->second;
    copy.at = at(mark);
    finish(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp tags a quoted scalar "!" and a plain one "?"; !!str also means text.
    const bool quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    finish(Node::scalar(value, at(mark), quoted), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node::sequence(at(mark)), anchor, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    // Keys and values arrive in turn; they are paired when the map ends.
    open(Node::map(at(mark)), anchor, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node node;
    YAML::anchor_t anchor;
    std::vector<Node> pending;  // map: key, value, key, value...
  };

  Location at(const YAML::Mark& mark) const {
    return Location{source_, mark.line + 1, mark.column + 1};
  }

  void count(std::size_t n, Location where) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes) {
      throw Stop{where, "more than " + std::to_string(limits_.max_nodes) +
                            " values once aliases are expanded (expected a scenario of a "
                            "sensible size)"};
    }
  }

  void open(Node node, YAML::anchor_t anchor, const YAML::Mark& mark) {
    count(1, at(mark));
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      throw Stop{at(mark), "nesting deeper than " + std::to_string(limits_.max_depth) +
                               " levels (expected a scenario, which nests a few levels)"};
    }
    stack_.push_back(Open{std::move(node), anchor, {}});
  }

  void close() {
    Open top = std::move(stack_.back());
    stack_.pop_back();
    if (top.node.is_map()) pair_entries(top);
    finish(std::move(top.node), top.anchor);
  }

  void pair_entries(Open& map) {
    for (std::size_t i = 0; i + 1 < map.pending.size(); i += 2) {
      Node& key = map.pending[i];
      if (!key.is_scalar()) {
        diagnostics_.report(key.at, "",
                            "a key that is " + describe_kind(key) + " (expected a plain name)");
        continue;
      }
      if (const Entry* first = map.node.entry(key.text)) {
        diagnostics_.report(key.at, path_to(map, key.text),
                            "duplicate key (first given at line " +
                                std::to_string(first->key_at.line) + "; expected each key once)");
        continue;
      }
      map.node.entries.push_back(Entry{std::move(key.text), key.at, std::move(map.pending[i + 1])});
    }
  }

  // The key path of `key` in `map` (just closed, so not on the stack): the keys of the maps
  // around it, and list items by their name when it came before (else by index from 0), as
  // problems name keys: offence_groups.rape.reports_per_year.
  std::string path_to(const Open& map, const std::string& key) const {
    std::string path;
    const auto add = [&](const std::string& segment) {
      if (!path.empty() && segment.front() != '[') path += '.';
      path += segment;
    };
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const Open& level = stack_[i];
      if (level.node.is_map()) {
        if (level.pending.size() % 2 == 1 && level.pending.back().is_scalar()) {
          add(level.pending.back().text);
        }
        continue;
      }
      const Open& item = i + 1 < stack_.size() ? stack_[i + 1] : map;
      std::string name = item_name(item);
      if (name.empty()) {
        name = std::to_string(level.node.items.size());
        name.insert(name.begin(), '[');
        name.push_back(']');
      }
      add(name);
    }
    add(key);
    return path;
  }

  static std::string item_name(const Open& item) {
    if (!item.node.is_map()) return {};
    if (const Node* name = item.node.find("name"); name && name->is_scalar()) return name->text;
    for (std::size_t i = 0; i + 1 < item.pending.size(); i += 2) {
      if (item.pending[i].is_scalar() && item.pending[i].text == "name" &&
          item.pending[i + 1].is_scalar()) {
        return item.pending[i + 1].text;
      }
    }
    return {};
  }

  void finish(Node node, YAML::anchor_t anchor) {
    // Collections were counted when they opened, aliases when copied.
    if (node.is_scalar() || node.is_null()) count(1, node.at);
    if (anchor != 0) anchored_[anchor] = node;
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Open& parent = stack_.back();
    if (parent.node.is_map()) {
      parent.pending.push_back(std::move(node));
    } else {
      parent.node.items.push_back(std::move(node));
    }
  }

  int source_;
  const ParseLimits& limits_;
  Diagnostics& diagnostics_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, Node> anchored_;
  std::optional<Node> root_;
  std::size_t nodes_ = 0;
  int documents_ = 0;
};

}  // namespace

std::optional<Node> parse_yaml(std::string_view text, int source, Diagnostics& diagnostics,
                               const ParseLimits& limits) {
  const Location start{source, 1, 1};
  if (text.size() > limits.max_bytes) {
    diagnostics.report(Location{source, 0, 0}, "",
                       std::to_string(text.size()) + " bytes is too big (expected at most " +
                           std::to_string(limits.max_bytes >> 20) + " MiB of YAML)");
    return std::nullopt;
  }
  if (const std::size_t bad = first_binary_byte(text); bad != std::string_view::npos) {
    diagnostics.report(location_of(text, bad, source), "",
                       "binary data (expected YAML text in UTF-8)");
    return std::nullopt;
  }
  TreeBuilder builder(source, limits, diagnostics);
  try {
    std::istringstream stream{std::string(text)};
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Stop& stop) {
    diagnostics.report(stop.at, "", stop.message);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const Location at =
        e.mark.is_null() ? start : Location{source, e.mark.line + 1, e.mark.column + 1};
    diagnostics.report(at, "", "YAML syntax: " + e.msg + " (expected valid YAML)");
    return std::nullopt;
  } catch (const std::exception& e) {
    diagnostics.report(start, "", std::string("cannot read the YAML: ") + e.what());
    return std::nullopt;
  }
  std::optional<Node> root = builder.take();
  if (!root) {
    Node empty;
    empty.at = start;
    root = std::move(empty);
  }
  return root;
}

}  // namespace cj::scenario

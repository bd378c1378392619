#include "models/scenario/resolved_writer.hpp"

#include <cstdio>

#include "models/scenario/scalars.hpp"

namespace cj::scenario {
namespace {

constexpr std::size_t kFlowWidth = 100;

bool plain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '/' || c == '-' || c == '+';
}

// Text that YAML reads back as the same plain scalar, in block and flow context alike.
bool safe_plain(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!plain_char(c)) return false;
  }
  const char first = text.front();
  // "-" or "+" alone, "-x" is fine; but a lone "-" starts a list item.
  return !((first == '-' || first == '+') && text.size() == 1);
}

std::string double_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (u < 0x20 || u == 0x7f) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02x", u);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string scalar_text(const Node& node) {
  if (node.is_null()) return "null";
  if (node.quoted) return double_quoted(node.text);
  if (const auto number = normalised_number(node)) return *number;
  return safe_plain(node.text) ? node.text : double_quoted(node.text);
}

std::string key_text(const std::string& key) {
  return safe_plain(key) ? key : double_quoted(key);
}

bool is_leaf(const Node& node) {
  return node.is_scalar() || node.is_null() || (node.is_map() && node.entries.empty()) ||
         (node.is_sequence() && node.items.empty());
}

// Written on one line after its key: a scalar, an empty or flat list, a small flat map.
bool fits_inline(const Node& node) {
  if (is_leaf(node)) return true;
  if (node.is_sequence()) {
    for (const auto& item : node.items) {
      if (!is_leaf(item)) return false;
    }
    return true;
  }
  for (const auto& e : node.entries) {
    if (!is_leaf(e.value)) return false;
  }
  return flow_text(node).size() <= kFlowWidth;
}

void write_value(const Node& node, int indent, std::string& out);

void write_entries(const Node& map, int indent, std::string& out, bool first_inline) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  bool first = true;
  for (const auto& e : map.entries) {
    if (!(first && first_inline)) out += pad;
    first = false;
    out += key_text(e.key) + ":";
    write_value(e.value, indent, out);
  }
}

// After "key:" (or "- "): the rest of the line, and the lines below.
void write_value(const Node& node, int indent, std::string& out) {
  if (fits_inline(node)) {
    out += ' ';
    out += flow_text(node);
    out += '\n';
    return;
  }
  out += "\n";
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  if (node.is_map()) {
    write_entries(node, indent + 2, out, false);
    return;
  }
  for (const auto& item : node.items) {
    out += pad + "-";
    if (item.is_map() && !item.entries.empty()) {
      out += " ";
      write_entries(item, indent + 4, out, true);
    } else {
      write_value(item, indent + 2, out);
    }
  }
}

}  // namespace

std::string flow_text(const Node& node) {
  if (node.is_sequence()) {
    std::string out = "[";
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      out += (i ? ", " : "") + flow_text(node.items[i]);
    }
    return out + "]";
  }
  if (node.is_map()) {
    std::string out = "{";
    for (std::size_t i = 0; i < node.entries.size(); ++i) {
      out +=
          (i ? ", " : "") + key_text(node.entries[i].key) + ": " + flow_text(node.entries[i].value);
    }
    return out + "}";
  }
  return scalar_text(node);
}

std::string write_yaml(const Node& root) {
  std::string out =
      "# The resolved scenario: every value the run uses, defaults included. Loads on its own.\n";
  if (!root.is_map()) return out + flow_text(root) + "\n";
  write_entries(root, 0, out, false);
  return out;
}

}  // namespace cj::scenario

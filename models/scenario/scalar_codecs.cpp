#include "models/scenario/scalar_codecs.hpp"

#include "models/scenario/scalars.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {

std::optional<std::string> read_text(const Node& node, const std::string& path, Diagnostics* d) {
  if (node.is_null()) return std::string();
  if (!node.is_scalar()) {
    report_to(d, node.at, path, wrong_type(node, "text") + " (expected text)");
    return std::nullopt;
  }
  return node.text;
}

std::optional<Date> read_date(const Node& node, const std::string& path, Diagnostics* d) {
  const auto v = read_date(node);
  if (!v) {
    report_to(d, node.at, path,
              wrong_type(node, "a date") + " (expected a date YYYY-MM-DD, e.g. 2026-04-01)");
  }
  return v;
}

std::optional<std::string> read_choice(const Node& node, const std::vector<std::string>& names,
                                       const std::string& path, Diagnostics* d) {
  if (node.is_scalar() && std::find(names.begin(), names.end(), node.text) != names.end()) {
    return node.text;
  }
  const auto near = node.is_scalar() ? nearest(node.text, names) : std::nullopt;
  report_to(d, node.at, path,
            wrong_type(node, "a valid choice") + " (" +
                (near ? "did you mean " + *near + "? " : "") + "expected one of " +
                join_names(names) + ")");
  return std::nullopt;
}

std::string choice_limits(const std::vector<std::string>& names) {
  std::string choices;
  for (const auto& c : names) choices += (choices.empty() ? "" : ", ") + ("`" + c + "`");
  return "one of " + choices;
}

std::optional<std::string> TextCodec::read(const Node& node, const Key&, const std::string& path,
                                           const GroupNames&, Diagnostics* d) const {
  return read_text(node, path, d);
}

Node TextCodec::write(const std::string& value, const Key&) const {
  // Quoted when written plain it would read as nothing, a number, true or none.
  const Node plain = Node::scalar(value);
  const bool ambiguous = value.empty() || read_number(plain) || read_bool(plain) || is_none(plain);
  return Node::scalar(value, {}, ambiguous);
}

namespace {

bool name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view(" -_.()'").find(c) != std::string_view::npos;  // dots: see read
}

}  // namespace

std::string NameCodec::limits(const Key&) const {
  return "1 to " + std::to_string(kMaxNameLength) +
         " letters, digits, spaces and - _ ( ) ', not starting with a space";
}

std::optional<std::string> NameCodec::read(const Node& node, const Key& key,
                                           const std::string& path, const GroupNames&,
                                           Diagnostics* d) const {
  const auto text = read_text(node, path, d);
  if (!text) return std::nullopt;
  // An empty name and one with a dot (which --set paths could not address) are reported by the
  // structure check of named lists (check_structure.cpp), once.
  std::string wrong;
  if (text->size() > kMaxNameLength) {
    wrong = "a name of " + std::to_string(text->size()) + " characters";
  } else if (!text->empty() && text->front() == ' ') {
    wrong = shown(*text) + " starts with a space";
  } else {
    for (const char c : *text) {
      if (name_character(c)) continue;
      const auto byte = static_cast<unsigned char>(c);
      std::string which = "a control or non-ASCII character";
      if (byte >= 0x20 && byte < 0x7f) which.assign({'\'', c, '\''});
      wrong = shown(*text) + " holds " + which;
      break;
    }
  }
  if (wrong.empty()) return text;
  report_to(d, node.at, path, wrong + " (expected " + limits(key) + ")");
  return std::nullopt;
}

Node NameCodec::write(const std::string& value, const Key& key) const {
  return TextCodec().write(value, key);
}

std::optional<bool> BooleanCodec::read(const Node& node, const Key&, const std::string& path,
                                       const GroupNames&, Diagnostics* d) const {
  const auto v = read_bool(node);
  if (!v) {
    report_to(d, node.at, path, wrong_type(node, "true or false") + " (expected true or false)");
  }
  return v;
}

Node BooleanCodec::write(const bool& value, const Key&) const {
  return Node::scalar(value ? "true" : "false");
}

std::optional<Date> DateCodec::read(const Node& node, const Key&, const std::string& path,
                                    const GroupNames&, Diagnostics* d) const {
  return read_date(node, path, d);
}

Node DateCodec::write(const Date& value, const Key&) const {
  return Node::scalar(format_iso_date(value));
}

}  // namespace cj::scenario

#include "models/scenario/overrides.hpp"

#include "models/scenario/key_path.hpp"
#include "models/scenario/yaml_source.hpp"

namespace cj::scenario {
namespace {

void place(Node& node, Location at) {
  node.at = at;
  for (auto& item : node.items) place(item, at);
  for (auto& e : node.entries) {
    e.key_at = at;
    place(e.value, at);
  }
}

}  // namespace

std::optional<Node> parse_value(const std::string& text, Location at, const std::string& path,
                                Diagnostics& diagnostics) {
  Diagnostics own;
  const int source = own.add_source("value");
  auto value = parse_yaml(text, source, own);
  if (!value || !own.empty()) {
    const auto problems = own.sorted();
    diagnostics.report(at, path,
                       "the value is not valid YAML: " +
                           (problems.empty() ? std::string("?") : problems.front().message));
    return std::nullopt;
  }
  place(*value, at);
  return value;
}

void apply_overrides(const Schema& schema, Node& root, const std::vector<std::string>& overrides,
                     Diagnostics& diagnostics) {
  if (overrides.empty()) return;
  const int source = diagnostics.add_source("--set");
  for (std::size_t i = 0; i < overrides.size(); ++i) {
    const std::string& text = overrides[i];
    const int line = static_cast<int>(i) + 1;
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0) {
      diagnostics.report(Location{source, line, 1}, text.substr(0, equals),
                         "not an override (expected key.path=value, e.g. "
                         "crown.sitting_days_scale=1.1)");
      continue;
    }
    const std::string path = text.substr(0, equals);
    if (path == "extends" || path.rfind("sweep", 0) == 0) {
      // Both are taken out before --set applies: an override could only be ignored.
      diagnostics.report(Location{source, line, 1}, path,
                         "cannot be set with --set (expected a key of the scenario itself)");
      continue;
    }
    const Location at{source, line, static_cast<int>(equals) + 2};
    auto value = parse_value(text.substr(equals + 1), at, path, diagnostics);
    if (!value) continue;
    set_at_path(schema, root, path, std::move(*value), Location{source, line, 1}, diagnostics);
  }
}

}  // namespace cj::scenario

#include "models/scenario/group_codecs.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"
#include "models/scenario/suggest.hpp"

namespace cj::scenario {
void report_undefined_group(const std::string& name, Location at, const std::string& path,
                            const GroupNames& groups, Diagnostics& diagnostics) {
  const auto near = nearest(name, groups);
  diagnostics.report(at, path,
                     "offence group " + shown(name) + " is not defined (" +
                         (near ? "did you mean " + *near + "? " : "") +
                         (groups.empty() ? std::string("no offence_groups are defined")
                                         : "expected one of " + join_names(groups)) +
                         ")");
}

std::optional<std::vector<double>> read_group_shares(const Node& node, const GroupNames& groups,
                                                     const std::string& path, Diagnostics* d) {
  if (!node.is_map()) {
    report_to(d, node.at, path,
              wrong_type(node, "a map") + " (expected {offence group: share, ...})");
    return std::nullopt;
  }
  if (node.entries.empty()) return std::vector<double>{};
  std::vector<double> out(groups.size(), 0.0);
  bool ok = true;
  double sum = 0;
  for (const auto& e : node.entries) {
    const std::string key_path = path + "." + e.key;
    const auto it = std::find(groups.begin(), groups.end(), e.key);
    if (it == groups.end()) {
      ok = false;
      if (d) report_undefined_group(e.key, e.key_at, key_path, groups, *d);
      continue;
    }
    const auto v = read_number(e.value);
    if (!v || !std::isfinite(*v) || *v < 0 || *v > 1) {
      ok = false;
      report_to(
          d, e.value.at, key_path,
          (v ? format_double(*v) + " is not a probability" : wrong_type(e.value, "a number")) +
              " (expected a number in [0, 1])");
      continue;
    }
    out[static_cast<std::size_t>(it - groups.begin())] = *v;
    sum += *v;
  }
  if (!ok) return std::nullopt;
  if (std::fabs(sum - 1) > kShareTolerance) {
    report_to(d, node.at, path, "shares sum to " + format_sum(sum) + " (expected 1, within 1e-9)");
    return std::nullopt;
  }
  return out;
}

std::optional<std::vector<int>> read_group_names(const Node& node, const GroupNames& groups,
                                                 const std::string& path, Diagnostics* d) {
  if (!node.is_sequence()) {
    report_to(d, node.at, path,
              wrong_type(node, "a list") + " (expected a list of offence groups)");
    return std::nullopt;
  }
  std::vector<int> out;
  bool ok = true;
  for (const auto& item : node.items) {
    const auto it =
        item.is_scalar() ? std::find(groups.begin(), groups.end(), item.text) : groups.end();
    if (it == groups.end()) {
      ok = false;
      if (d && item.is_scalar()) {
        report_undefined_group(item.text, item.at, path, groups, *d);
      } else {
        report_to(d, item.at, path, wrong_type(item, "a group name") + " (expected a group name)");
      }
      continue;
    }
    out.push_back(static_cast<int>(it - groups.begin()));
  }
  if (!ok) return std::nullopt;
  return out;
}

Node GroupSharesCodec::merge(const Node& base, const Node& child) const {
  return merge_maps(base, child);
}

std::optional<std::vector<double>> GroupSharesCodec::read(const Node& node, const Key&,
                                                          const std::string& path,
                                                          const GroupNames& groups,
                                                          Diagnostics* d) const {
  return read_group_shares(node, groups, path, d);
}

Node GroupSharesCodec::write(const std::vector<double>& value, const Key& key) const {
  if (!value.empty()) throw std::logic_error(key.path + ": a default cannot name offence groups");
  return Node::map();
}

std::optional<std::vector<int>> GroupNamesCodec::read(const Node& node, const Key&,
                                                      const std::string& path,
                                                      const GroupNames& groups,
                                                      Diagnostics* d) const {
  return read_group_names(node, groups, path, d);
}

Node GroupNamesCodec::write(const std::vector<int>& value, const Key& key) const {
  if (!value.empty()) throw std::logic_error(key.path + ": a default cannot name offence groups");
  return Node::sequence();
}

}  // namespace cj::scenario

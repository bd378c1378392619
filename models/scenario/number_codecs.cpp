#include "models/scenario/number_codecs.hpp"

#include <cmath>

#include "models/scenario/scalars.hpp"

namespace cj::scenario {
namespace {

std::string bound(double v) {
  return std::isinf(v) ? (v > 0 ? "inf" : "-inf") : format_double(v);
}

}  // namespace

std::string describe(const Range& range, bool integer) {
  const std::string what = integer ? "an integer" : "a number";
  const bool has_low = !std::isinf(range.low);
  const bool has_high = !std::isinf(range.high);
  if (has_low && has_high) {
    return what + " in " + (range.low_open ? "(" : "[") + bound(range.low) + ", " +
           bound(range.high) + (range.high_open ? ")" : "]");
  }
  if (has_low) return what + (range.low_open ? " > " : " >= ") + bound(range.low);
  if (has_high) return what + (range.high_open ? " < " : " <= ") + bound(range.high);
  return integer ? "an integer" : "a finite number";
}

std::string what_is_wrong(double v, const Range& range, const std::string& unit) {
  const std::string text = format_double(v);
  if (!std::isfinite(v)) return text + " is not a finite number";
  if (range.is_probability()) return text + " is not a probability";
  if (v < range.low || (range.low_open && v == range.low)) {
    if (range.low == 0) return text + (v < 0 ? " is negative" : " is not positive");
    return text + " is below the limit of " + format_double(range.low);
  }
  return text + " is above the limit of " + format_double(range.high) +
         (unit.empty() ? "" : " " + unit);
}

std::optional<double> read_number(const Node& node, const Key& key, const std::string& path,
                                  Diagnostics* d) {
  const auto v = read_number(node);
  if (!v) {
    report_to(d, node.at, path,
              wrong_type(node, "a number") + " (expected " + describe(key.range, false) + ")");
    return std::nullopt;
  }
  if (!std::isfinite(*v) || !key.range.contains(*v)) {
    report_to(
        d, node.at, path,
        what_is_wrong(*v, key.range, key.unit) + " (expected " + describe(key.range, false) + ")");
    return std::nullopt;
  }
  return v;
}

std::optional<std::int64_t> read_integer(const Node& node, const Key& key, const std::string& path,
                                         Diagnostics* d) {
  const auto v = read_integer(node);
  if (!v) {
    report_to(d, node.at, path,
              wrong_type(node, "an integer") + " (expected " + describe(key.range, true) + ")");
    return std::nullopt;
  }
  if (!key.range.contains(static_cast<double>(*v))) {
    report_to(d, node.at, path,
              what_is_wrong(static_cast<double>(*v), key.range, key.unit) + " (expected " +
                  describe(key.range, true) + ")");
    return std::nullopt;
  }
  return v;
}

std::optional<std::uint64_t> read_seed(const Node& node, const std::string& path, Diagnostics* d) {
  const auto v = read_unsigned(node);
  if (!v) {
    report_to(d, node.at, path, wrong_type(node, "a seed") + " (expected an integer in [0, 2^64))");
  }
  return v;
}

bool NumberCodec::takes(const Node& node) const {
  return read_number(node).has_value();
}

std::optional<double> NumberCodec::read(const Node& node, const Key& key, const std::string& path,
                                        const GroupNames&, Diagnostics* d) const {
  return read_number(node, key, path, d);
}

Node NumberCodec::write(const double& value, const Key&) const {
  return Node::scalar(format_double(value));
}

std::optional<std::uint64_t> SeedCodec::read(const Node& node, const Key&, const std::string& path,
                                             const GroupNames&, Diagnostics* d) const {
  return read_seed(node, path, d);
}

Node SeedCodec::write(const std::uint64_t& value, const Key&) const {
  return Node::scalar(std::to_string(value));
}

}  // namespace cj::scenario

#include "models/scenario/distribution_codec.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string_view>
#include <vector>

#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/suggest.hpp"
#include "sim/check.hpp"

namespace cj::scenario {
namespace {

struct Form {
  const char* dist;
  std::vector<std::vector<const char*>> parameter_sets;  // alternatives
  const char* description;
};

const std::vector<Form>& forms() {
  static const std::vector<Form> all = {
      {"fixed", {{"value"}}, "always `value` (a bare number means the same)"},
      {"exponential", {{"mean"}}, "exponential with this mean"},
      {"lognormal",
       {{"median", "p90"}, {"mu", "sigma"}},
       "lognormal by its median and 90th percentile (p90 > median > 0), or by mu and sigma of "
       "its logarithm"},
      {"gamma",
       {{"shape", "scale"}, {"shape", "mean"}},
       "gamma by shape and scale, or shape and mean"},
      {"weibull", {{"shape", "scale"}}, "Weibull by shape and scale"},
      {"uniform", {{"low", "high"}}, "uniform between low and high"},
      {"empirical",
       {{"values", "weights"}, {"values"}},
       "one of `values` with probability proportional to `weights` (default: equal)"},
  };
  return all;
}

std::string describe_sets(const Form& form) {
  std::vector<std::string> sets;
  for (const auto& set : form.parameter_sets) {
    std::vector<std::string> names(set.begin(), set.end());
    sets.push_back(join_names(names));
  }
  std::string out;
  for (std::size_t i = 0; i < sets.size(); ++i) out += (i ? ", or " : "") + sets[i];
  return out;
}

class Reader {
 public:
  Reader(const Node& node, const std::string& path, Diagnostics* diagnostics)
      : node_(node), path_(path), diagnostics_(diagnostics) {}

  std::optional<Distribution> read() {
    if (auto bare = read_number(node_)) {
      return make([&] { return Distribution::fixed(*bare); }, "value");
    }
    if (!node_.is_map()) {
      problem(node_.at, path_,
              describe_kind(node_) +
                  " is not a distribution (expected a number or {dist: NAME, parameters})");
      return std::nullopt;
    }
    const Node* dist = node_.find("dist");
    if (!dist || !dist->is_scalar()) {
      problem(dist ? dist->at : node_.at, path_ + ".dist",
              std::string(dist ? "not a name" : "missing") + " (expected dist: one of " +
                  dist_names() + ")");
      return std::nullopt;
    }
    const Form* form = nullptr;
    for (const auto& f : forms()) {
      if (dist->text == f.dist) form = &f;
    }
    if (!form) {
      std::vector<std::string> names;
      for (const auto& f : forms()) names.emplace_back(f.dist);
      const auto near = nearest(dist->text, names);
      problem(dist->at, path_ + ".dist",
              "unknown distribution " + shown(dist->text) + " (" +
                  (near ? "did you mean " + *near + "? " : std::string()) + "expected one of " +
                  dist_names() + ")");
      return std::nullopt;
    }
    return read_form(*form);
  }

 private:
  static std::string dist_names() {
    std::vector<std::string> names;
    for (const auto& f : forms()) names.emplace_back(f.dist);
    return join_names(names);
  }

  std::optional<Distribution> read_form(const Form& form) {
    // Which parameter set was written: the first whose every name is present.
    const std::vector<const char*>* chosen = nullptr;
    for (const auto& set : form.parameter_sets) {
      bool all = true;
      for (const char* name : set) all = all && node_.find(name);
      if (all) {
        chosen = &set;
        break;
      }
    }
    bool ok = true;
    std::vector<std::string> allowed;
    for (const auto& set : form.parameter_sets) {
      for (const char* name : set) allowed.emplace_back(name);
    }
    for (const auto& e : node_.entries) {
      if (e.key == "dist") continue;
      const bool in_chosen = chosen && std::any_of(chosen->begin(), chosen->end(),
                                                   [&](const char* n) { return e.key == n; });
      if (in_chosen) continue;
      ok = false;
      const auto near = nearest(e.key, allowed);
      problem(e.key_at, path_ + "." + e.key,
              std::string("not a parameter of this ") + form.dist + " (" +
                  (near && !chosen ? "did you mean " + *near + "? " : std::string()) + "expected " +
                  describe_sets(form) + ")");
    }
    if (!chosen) {
      problem(node_.at, path_,
              std::string("missing parameters of the ") + form.dist + " (expected " +
                  describe_sets(form) + ")");
      return std::nullopt;
    }
    if (!ok) return std::nullopt;
    const std::string d = form.dist;
    if (d == "empirical") return read_empirical();
    std::vector<double> v;
    for (const char* name : *chosen) {
      const auto x = parameter(name);
      if (!x) return std::nullopt;
      v.push_back(*x);
    }
    const std::string first = (*chosen)[0];
    const std::string second = chosen->size() > 1 ? (*chosen)[1] : "";
    if (d == "fixed") return make([&] { return Distribution::fixed(v[0]); }, first);
    if (d == "exponential") return make([&] { return Distribution::exponential(v[0]); }, first);
    if (d == "lognormal" && first == "median") {
      return make([&] { return Distribution::lognormal_median_p90(v[0], v[1]); }, first);
    }
    if (d == "lognormal") return make([&] { return Distribution::lognormal(v[0], v[1]); }, first);
    if (d == "gamma" && second == "mean") {
      return make(
          [&] {
            sim::require_positive("gamma shape", v[0]);
            sim::require_positive("gamma mean", v[1]);
            return Distribution::gamma(v[0], v[1] / v[0]);
          },
          first);
    }
    if (d == "gamma") return make([&] { return Distribution::gamma(v[0], v[1]); }, first);
    if (d == "weibull") return make([&] { return Distribution::weibull(v[0], v[1]); }, first);
    if (d == "uniform") return make([&] { return Distribution::uniform(v[0], v[1]); }, first);
    return std::nullopt;
  }

  std::optional<Distribution> read_empirical() {
    const auto values = list("values");
    if (!values) return std::nullopt;
    std::vector<double> weights(values->size(), 1.0);
    if (node_.find("weights")) {
      const auto given = list("weights");
      if (!given) return std::nullopt;
      weights = *given;
    }
    return make([&] { return Distribution::empirical(*values, weights); }, "values");
  }

  std::optional<double> parameter(const char* name) {
    const Node& value = *node_.find(name);
    const auto x = read_number(value);
    if (!x || !std::isfinite(*x)) {
      problem(value.at, path_ + "." + name,
              describe_kind(value) + " is not a number (expected a finite number)");
      return std::nullopt;
    }
    return x;
  }

  std::optional<std::vector<double>> list(const char* name) {
    const Node& value = *node_.find(name);
    if (!value.is_sequence()) {
      problem(value.at, path_ + "." + name,
              describe_kind(value) + " is not a list (expected a list of numbers)");
      return std::nullopt;
    }
    std::vector<double> out;
    for (const auto& item : value.items) {
      const auto x = read_number(item);
      if (!x || !std::isfinite(*x)) {
        problem(item.at, path_ + "." + name,
                describe_kind(item) + " is not a number (expected a list of numbers)");
        return std::nullopt;
      }
      out.push_back(*x);
    }
    return out;
  }

  // Calls a factory; its InvalidParameter ("gamma shape: got -1, expected ...") is reported
  // against the parameter it names.
  std::optional<Distribution> make(const std::function<Distribution()>& factory,
                                   const std::string& fallback_key) {
    try {
      return factory();
    } catch (const sim::InvalidParameter& e) {
      const std::string what = e.what();
      const auto colon = what.find(": got ");
      const auto expected = what.find(", expected ");
      std::string key = fallback_key;
      std::string message = what;
      if (colon != std::string::npos && expected != std::string::npos && expected > colon) {
        const std::string name = what.substr(0, colon);
        // "empirical weight" names the key weights, "lognormal p90" the key p90.
        std::string word;
        for (std::size_t i = name.find(' '); i != std::string::npos; i = name.find(' ', i + 1)) {
          const auto end = name.find(' ', i + 1);
          word = name.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
          if (node_.is_map() && (node_.find(word) || node_.find(word + "s"))) {
            key = node_.find(word) ? word : word + "s";
            break;
          }
        }
        message = what.substr(colon + 6, expected - colon - 6) + " is not a valid " + name +
                  " (expected " + what.substr(expected + 11) + ")";
      }
      const Node* at = node_.is_map() ? node_.find(key) : nullptr;
      problem(at ? at->at : node_.at, node_.is_map() ? path_ + "." + key : path_, message);
      return std::nullopt;
    }
  }

  void problem(Location at, const std::string& key, const std::string& message) {
    if (diagnostics_) diagnostics_->report(at.known() ? at : node_.at, key, message);
  }

  const Node& node_;
  const std::string& path_;
  Diagnostics* diagnostics_;
};

}  // namespace

std::optional<Distribution> read_distribution(const Node& node, const std::string& path,
                                              Diagnostics* diagnostics) {
  return Reader(node, path, diagnostics).read();
}

std::string distribution_forms_markdown() {
  std::string out = "| dist | parameters | meaning |\n|---|---|---|\n";
  for (const auto& f : forms()) {
    out += std::string("| `") + f.dist + "` | " + describe_sets(f) + " | " + f.description + " |\n";
  }
  return out;
}

namespace {

const char* dist_name(Distribution::Kind kind) {
  switch (kind) {
    case Distribution::Kind::fixed:
      return "fixed";
    case Distribution::Kind::exponential:
      return "exponential";
    case Distribution::Kind::lognormal:
      return "lognormal";
    case Distribution::Kind::gamma:
      return "gamma";
    case Distribution::Kind::weibull:
      return "weibull";
    case Distribution::Kind::uniform:
      return "uniform";
    case Distribution::Kind::empirical:
      return "empirical";
  }
  return "?";
}

// The values of a parameter set of `d`'s form, computed from what `d` stores.
std::vector<double> form_values(const Distribution& d, const std::vector<const char*>& names) {
  std::vector<double> out;
  const double a = d.first_parameter();
  const double b = d.second_parameter();
  for (const std::string name : names) {
    if (name == "median") {
      out.push_back(std::exp(a));
    } else if (name == "p90") {
      out.push_back(d.quantile(0.9));
    } else if (name == "mean" && d.kind() == Distribution::Kind::gamma) {
      out.push_back(a * b);
    } else if (name == "value" || name == "mean" || name == "mu" || name == "shape" ||
               name == "low") {
      out.push_back(a);
    } else {
      out.push_back(b);  // sigma, scale, high
    }
  }
  return out;
}

// `v` to `digits` significant digits, read back as the double that text stands for.
double rounded(double v, int digits) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.*g", digits, v);
  return read_number_text(buffer).value_or(v);
}

Node number_list(const std::vector<double>& values) {
  Node list = Node::sequence();
  for (double v : values) list.items.push_back(Node::scalar(format_double(v)));
  return list;
}

// The empirical forms: values with their weights, or values alone when the weights are equal.
std::vector<Node> empirical_candidates(const Distribution& d) {
  std::vector<double> weights;
  double previous = 0;
  for (double c : d.cumulative_weights()) {
    weights.push_back(c - previous);
    previous = c;
  }
  std::vector<Node> out;
  for (int digits = 1; digits <= 17; ++digits) {
    Node node = Node::map();
    node.set("dist", Node::scalar("empirical"), {});
    node.set("values", number_list(d.values()), {});
    std::vector<double> w;
    for (double x : weights) w.push_back(rounded(x, digits));
    node.set("weights", number_list(w), {});
    out.push_back(node);
  }
  Node equal = Node::map();
  equal.set("dist", Node::scalar("empirical"), {});
  equal.set("values", number_list(d.values()), {});
  out.push_back(equal);
  return out;
}

// Each parameter set of `d`'s form, at every precision from 1 to 17 digits.
std::vector<Node> candidates(const Distribution& d) {
  if (d.kind() == Distribution::Kind::empirical) return empirical_candidates(d);
  std::vector<Node> out;
  for (const auto& form : forms()) {
    if (std::string(form.dist) != dist_name(d.kind())) continue;
    for (const auto& set : form.parameter_sets) {
      const std::vector<double> values = form_values(d, set);
      for (int digits = 1; digits <= 17; ++digits) {
        Node node = Node::map();
        node.set("dist", Node::scalar(form.dist), {});
        for (std::size_t i = 0; i < set.size(); ++i) {
          node.set(set[i], Node::scalar(format_double(rounded(values[i], digits))), {});
        }
        out.push_back(node);
      }
    }
  }
  return out;
}

}  // namespace

Node write_distribution(const Distribution& d) {
  std::optional<Node> best;
  std::size_t best_length = 0;
  for (const Node& node : candidates(d)) {
    const auto back = read_distribution(node, "", nullptr);
    if (!back || !(*back == d)) continue;
    const std::size_t length = flow_text(node).size();
    if (!best || length < best_length) {
      best = node;
      best_length = length;
    }
  }
  // None exact: the caller's check (write_exactly) refuses it.
  return best ? *best : candidates(d).back();
}

namespace {

// A distribution's mean within its key's upper limit (its unit's ceiling, such as 100 years of
// days): a duration of 1e308 would pass every factory and then never end.
std::optional<Distribution> within_limit(std::optional<Distribution> value, const Node& node,
                                         const Key& key, const std::string& path, Diagnostics* d) {
  if (!value || std::isinf(key.range.high)) return value;
  const double mean = value->mean();
  if (mean <= key.range.high) return value;
  report_to(d, node.at, path,
            "a mean of " + format_double(mean) + " is above the limit of " +
                format_double(key.range.high) + (key.unit.empty() ? "" : " " + key.unit) +
                " (expected " + mean_limit(key) + ")");
  return std::nullopt;
}

}  // namespace

std::string mean_limit(const Key& key) {
  if (std::isinf(key.range.high)) return "";
  return "a mean <= " + format_double(key.range.high);
}

bool DistributionCodec::takes(const Node& node) const {
  return read_number(node).has_value() || node.is_map();
}

std::optional<Distribution> DistributionCodec::read(const Node& node, const Key& key,
                                                    const std::string& path, const GroupNames&,
                                                    Diagnostics* d) const {
  return within_limit(read_distribution(node, path, d), node, key, path, d);
}

Node DistributionCodec::write(const Distribution& value, const Key&) const {
  return write_distribution(value);
}

bool OptionalDistributionCodec::takes(const Node& node) const {
  return is_none(node) || read_number(node).has_value() || node.is_map();
}

Node OptionalDistributionCodec::resolved(const Node& node) const {
  return is_none(node) ? Node::scalar("none", node.at) : node;
}

std::optional<std::optional<Distribution>> OptionalDistributionCodec::read(const Node& node,
                                                                           const Key& key,
                                                                           const std::string& path,
                                                                           const GroupNames&,
                                                                           Diagnostics* d) const {
  if (is_none(node)) return std::optional<Distribution>{};
  auto value = within_limit(read_distribution(node, path, d), node, key, path, d);
  if (!value) return std::nullopt;
  return std::optional<Distribution>{std::move(*value)};
}

Node OptionalDistributionCodec::write(const std::optional<Distribution>& value, const Key&) const {
  return value ? write_distribution(*value) : Node::scalar("none");
}

}  // namespace cj::scenario

#include "models/scenario/sweep.hpp"

#include <cmath>

#include "models/scenario/check_structure.hpp"
#include "models/scenario/number_codecs.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"
#include "sim/random.hpp"

namespace cj::scenario {
namespace {

struct Axis {
  std::string path;
  Location at;
  std::vector<Node> values;
};

PlannedPoint make_point(const std::vector<std::pair<const Axis*, const Node*>>& chosen) {
  PlannedPoint p;
  for (const auto& [axis, value] : chosen) {
    if (!p.label.empty()) p.label += ',';
    p.label += axis->path + "=" + flow_text(*value);
    p.overrides.emplace_back(axis->path, *value);
    p.key_at.push_back(axis->at);
  }
  return p;
}

// The seed of a Latin hypercube sample when none is given.
constexpr std::uint64_t kSampleSeed = 1;

// The kinds of value of a sweep's own keys: documented here, checked by the Expander.
class SweepCodec final : public Codec {
 public:
  explicit SweepCodec(std::string type) : type_(std::move(type)) {}
  std::string type_name() const override { return type_; }
  void check(const Node&, const Key&, const std::string&, const GroupNames&,
             Diagnostics&) const override {}

 private:
  std::string type_;
};

Key& add_key(Schema& schema, std::string path, Shape shape, const Codec* codec, Presence presence,
             std::string meaning) {
  Key key;
  key.path = std::move(path);
  key.shape = shape;
  key.codec = codec;
  key.presence = presence;
  key.meaning = std::move(meaning);
  return schema.add(std::move(key));
}

class Expander {
 public:
  Expander(const Schema& schema, Diagnostics& d) : schema_(schema), d_(d) {}

  std::vector<PlannedPoint> expand(const Node& sweep) {
    if (!sweep.is_map()) {
      d_.report(sweep.at, "sweep",
                describe_kind(sweep) +
                    " is not a map (expected one of grid, points, one_at_a_time and "
                    "latin_hypercube)");
      return {};
    }
    const Schema& schema = schema_;
    const Entry* method = nullptr;
    for (const auto& e : sweep.entries) {
      if (!schema.find("sweep." + e.key)) {
        d_.report(e.key_at, "sweep." + e.key,
                  unknown_key_message(schema, e.key, "sweep", schema.child_names("sweep")));
      } else if (method) {
        d_.report(e.key_at, "sweep." + e.key,
                  "a second kind of sweep besides " + method->key +
                      " (expected exactly one of grid, points, one_at_a_time and "
                      "latin_hypercube)");
        return {};
      } else {
        method = &e;
      }
    }
    if (!method) {
      d_.report(sweep.at, "sweep",
                "no points (expected one of grid, points, one_at_a_time and latin_hypercube)");
      return {};
    }
    const std::string path = "sweep." + method->key;
    const Node& value = method->value;
    if (method->key == "grid") return grid(value, path);
    if (method->key == "points") return points(value, path);
    if (method->key == "one_at_a_time") return one_at_a_time(value, path);
    return latin_hypercube(value, path);
  }

 private:
  // {key.path: [values]}
  std::optional<std::vector<Axis>> axes(const Node& node, const std::string& path) {
    if (!node.is_map() || node.entries.empty()) {
      d_.report(node.at, path,
                (node.is_map() ? std::string("no keys") : describe_kind(node) + " is not a map") +
                    " (expected {key.path: [values], ...})");
      return std::nullopt;
    }
    std::vector<Axis> out;
    bool ok = true;
    for (const auto& e : node.entries) {
      if (!e.value.is_sequence() || e.value.items.empty()) {
        ok = false;
        d_.report(e.value.at, path + "." + e.key,
                  (e.value.is_sequence() ? std::string("no values")
                                         : describe_kind(e.value) + " is not a list") +
                      " (expected a list of values to try)");
        continue;
      }
      out.push_back(Axis{e.key, e.key_at, e.value.items});
    }
    if (!ok) return std::nullopt;
    return out;
  }

  bool too_many(double count, Location at, const std::string& path) {
    if (count <= static_cast<double>(kMaxSweepPoints)) return false;
    d_.report(at, path,
              format_double(count) + " points is too many (expected at most " +
                  std::to_string(kMaxSweepPoints) + ")");
    return true;
  }

  std::vector<PlannedPoint> grid(const Node& node, const std::string& path) {
    const auto a = axes(node, path);
    if (!a) return {};
    double count = 1;
    for (const auto& axis : *a) count *= static_cast<double>(axis.values.size());
    if (too_many(count, node.at, path)) return {};
    std::vector<PlannedPoint> out;
    std::vector<std::size_t> index(a->size(), 0);
    for (;;) {
      std::vector<std::pair<const Axis*, const Node*>> chosen;
      for (std::size_t k = 0; k < a->size(); ++k) {
        chosen.emplace_back(&(*a)[k], &(*a)[k].values[index[k]]);
      }
      out.push_back(make_point(chosen));
      // An odometer: the last key turns fastest, the first slowest.
      std::size_t k = a->size();
      while (k > 0) {
        --k;
        if (++index[k] < (*a)[k].values.size()) break;
        index[k] = 0;
        if (k == 0) return out;
      }
    }
  }

  std::vector<PlannedPoint> one_at_a_time(const Node& node, const std::string& path) {
    const auto a = axes(node, path);
    if (!a) return {};
    double count = 0;
    for (const auto& axis : *a) count += static_cast<double>(axis.values.size());
    if (too_many(count, node.at, path)) return {};
    std::vector<PlannedPoint> out;
    for (const auto& axis : *a) {
      for (const auto& v : axis.values) out.push_back(make_point({{&axis, &v}}));
    }
    return out;
  }

  std::vector<PlannedPoint> points(const Node& node, const std::string& path) {
    if (!node.is_sequence() || node.items.empty()) {
      d_.report(
          node.at, path,
          (node.is_sequence() ? std::string("no points") : describe_kind(node) + " is not a list") +
              " (expected [{key.path: value, ...}, ...])");
      return {};
    }
    if (too_many(static_cast<double>(node.items.size()), node.at, path)) return {};
    std::vector<PlannedPoint> out;
    bool ok = true;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      if (!item.is_map() || item.entries.empty()) {
        ok = false;
        d_.report(item.at, path + "[" + std::to_string(i + 1) + "]",
                  (item.is_map() ? std::string("no keys") : describe_kind(item) + " is not a map") +
                      " (expected {key.path: value, ...})");
        continue;
      }
      std::vector<Axis> single;
      for (const auto& e : item.entries) single.push_back(Axis{e.key, e.key_at, {e.value}});
      std::vector<std::pair<const Axis*, const Node*>> chosen;
      for (const auto& axis : single) chosen.emplace_back(&axis, &axis.values.front());
      out.push_back(make_point(chosen));
    }
    if (!ok) return {};
    return out;
  }

  std::vector<PlannedPoint> latin_hypercube(const Node& node, const std::string& path) {
    const Schema& schema = schema_;
    if (!node.is_map()) {
      d_.report(node.at, path,
                describe_kind(node) + " is not a map (expected size, seed and ranges)");
      return {};
    }
    bool ok = true;
    for (const auto& e : node.entries) {
      if (!schema.find(path + "." + e.key)) {
        ok = false;
        d_.report(e.key_at, path + "." + e.key,
                  unknown_key_message(schema, e.key, path, schema.child_names(path)));
      }
    }
    const Node* size_node = node.find("size");
    const Node* ranges_node = node.find("ranges");
    const Node* seed_node = node.find("seed");
    for (const char* required : {"size", "ranges"}) {
      if (!node.find(required)) {
        ok = false;
        d_.report(node.at, path + "." + required,
                  std::string("a required key is missing (expected ") +
                      schema.find(path + "." + required)->meaning + ")");
      }
    }
    const auto size =
        size_node ? read_integer(*size_node, *schema.find(path + ".size"), path + ".size", &d_)
                  : std::nullopt;
    const auto seed =
        seed_node ? read_seed(*seed_node, path + ".seed", &d_) : std::optional(kSampleSeed);
    std::vector<Axis> ranges;
    std::vector<std::pair<double, double>> bounds;
    if (ranges_node && (!ranges_node->is_map() || ranges_node->entries.empty())) {
      ok = false;
      d_.report(ranges_node->at, path + ".ranges",
                (ranges_node->is_map() ? std::string("no ranges")
                                       : describe_kind(*ranges_node) + " is not a map") +
                    " (expected {key.path: [low, high], ...})");
    } else if (ranges_node) {
      for (const auto& e : ranges_node->entries) {
        const Node& r = e.value;
        const auto low =
            r.is_sequence() && r.items.size() == 2 ? read_number(r.items[0]) : std::nullopt;
        const auto high =
            r.is_sequence() && r.items.size() == 2 ? read_number(r.items[1]) : std::nullopt;
        if (!low || !high || !std::isfinite(*low) || !std::isfinite(*high) || *low > *high) {
          ok = false;
          d_.report(r.at, path + ".ranges." + e.key,
                    flow_text(r) + " is not a range (expected [low, high], numbers, low <= high)");
          continue;
        }
        ranges.push_back(Axis{e.key, e.key_at, {}});
        bounds.emplace_back(*low, *high);
      }
    }
    if (!ok || !size || !seed) return {};
    // One stratum of each range per point, strata matched at random, a uniform draw within.
    const auto n = static_cast<std::size_t>(*size);
    sim::Rng rng(*seed);
    for (std::size_t k = 0; k < ranges.size(); ++k) {
      std::vector<std::size_t> stratum(n);
      for (std::size_t i = 0; i < n; ++i) stratum[i] = i;
      for (std::size_t i = n; i > 1; --i) {
        const auto j = static_cast<std::size_t>(rng.next() % i);
        std::swap(stratum[i - 1], stratum[j]);
      }
      const auto [low, high] = bounds[k];
      for (std::size_t i = 0; i < n; ++i) {
        const double u = (static_cast<double>(stratum[i]) + rng.uniform()) / static_cast<double>(n);
        const double x = std::min(high, low + u * (high - low));
        ranges[k].values.push_back(Node::scalar(format_double(x), ranges[k].at));
      }
    }
    std::vector<PlannedPoint> out;
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::pair<const Axis*, const Node*>> chosen;
      for (const auto& axis : ranges) chosen.emplace_back(&axis, &axis.values[i]);
      out.push_back(make_point(chosen));
    }
    return out;
  }

  const Schema& schema_;
  Diagnostics& d_;
};

}  // namespace

void declare_sweep_keys(Schema& schema) {
  const auto& lists = schema.own<SweepCodec>("{key.path: [values]}");
  const auto& points = schema.own<SweepCodec>("list of {key.path: value}");
  const auto& ranges = schema.own<SweepCodec>("{key.path: [low, high]}");
  const auto& size = schema.own<IntegerCodec<std::int64_t>>();
  const auto& seed = schema.own<SeedCodec>();
  add_key(schema, "sweep", Shape::section, nullptr, Presence::optional,
          "Points to run besides the scenario itself: exactly one of grid, points, one_at_a_time "
          "and latin_hypercube. Keys are --set paths. Not kept in the resolved scenario.");
  add_key(schema, "sweep.grid", Shape::value, &lists, Presence::optional,
          "{key.path: [values]}: every combination; the first key varies slowest.");
  add_key(schema, "sweep.points", Shape::value, &points, Presence::optional,
          "[{key.path: value, ...}]: the points as listed.");
  add_key(schema, "sweep.one_at_a_time", Shape::value, &lists, Presence::optional,
          "{key.path: [values]}: each key varied alone, the others at the scenario's values.");
  add_key(schema, "sweep.latin_hypercube", Shape::section, nullptr, Presence::optional,
          "A Latin hypercube sample of number ranges, reproducible from its seed.");
  Key& sample_size = add_key(schema, "sweep.latin_hypercube.size", Shape::value, &size,
                             Presence::required, "Points drawn.");
  sample_size.unit = "points";
  sample_size.range = Range{1, 10000};
  Key& sample_seed = add_key(schema, "sweep.latin_hypercube.seed", Shape::value, &seed,
                             Presence::defaulted, "Seed of the sample.");
  sample_seed.write_default = [&seed, &sample_seed] {
    return write_exactly(seed, kSampleSeed, sample_seed);
  };
  add_key(schema, "sweep.latin_hypercube.ranges", Shape::value, &ranges, Presence::required,
          "{key.path: [low, high]}: the range of each number.");
}

std::vector<PlannedPoint> expand_sweep(const Schema& schema, const Node& sweep,
                                       Diagnostics& diagnostics) {
  return Expander(schema, diagnostics).expand(sweep);
}

SweepPoint to_sweep_point(const PlannedPoint& planned) {
  SweepPoint p;
  p.label = planned.label;
  for (const auto& [path, value] : planned.overrides)
    p.overrides.emplace_back(path, flow_text(value));
  return p;
}

}  // namespace cj::scenario

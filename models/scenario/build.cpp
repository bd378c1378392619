#include "models/scenario/build.hpp"

#include <cmath>

#include "models/scenario/check_structure.hpp"
#include "models/scenario/distribution_reader.hpp"
#include "models/scenario/group_references.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {
namespace {

const Node& null_node() {
  static const Node none;
  return none;
}

const Node* walk(const Node* node, std::string_view dotted) {
  while (node && !dotted.empty()) {
    const auto dot = dotted.find('.');
    const std::string_view head = dotted.substr(0, dot);
    node = node->is_map() ? node->find(head) : nullptr;
    dotted = dot == std::string_view::npos ? std::string_view{} : dotted.substr(dot + 1);
  }
  return node;
}

}  // namespace

View Build::root() const {
  return View{&root_, "", "", nullptr, ""};
}

View Build::section(const View& parent, std::string_view key) const {
  const Found f = find(parent, key);
  return View{f.value ? f.value : &null_node(), f.schema_path, f.shown, nullptr, ""};
}

View Build::for_group(const View& stage, const std::string& group) const {
  View v = stage;
  const Node* by_offence = walk(stage.node, "by_offence");
  v.group = by_offence ? walk(by_offence, group) : nullptr;
  v.group_shown = join_path(stage.shown, "by_offence." + group);
  return v;
}

std::vector<View> Build::items(const View& parent, std::string_view key) {
  const Found f = find(parent, key);
  std::vector<View> out;
  if (!f.value || !f.value->is_sequence()) return out;
  for (std::size_t i = 0; i < f.value->items.size(); ++i) {
    const Node& item = f.value->items[i];
    out.push_back(View{&item, f.schema_path + "[]", item_path(f.shown, item, i), nullptr, ""});
  }
  return out;
}

Found Build::find(const View& view, std::string_view key) const {
  const std::string schema_path = join_path(view.schema_path, key);
  if (view.group) {
    if (const Node* over = walk(view.group, key)) {
      return Found{over, schema_path, join_path(view.group_shown, key)};
    }
  }
  return Found{walk(view.node, key), schema_path, join_path(view.shown, key)};
}

bool Build::is_none(const View& view, std::string_view key) const {
  const Found f = find(view, key);
  return !f.value || cj::scenario::is_none(*f.value);
}

const Key& Build::key_of(const Found& found) {
  static const Key any;
  const Key* k = Schema::get().find(found.schema_path);
  if (!k) unreadable_ = true;
  return k ? *k : any;
}

double Build::number(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return cj::scenario::read_number(n, key_of(f), f.shown, nullptr); },
      0.0);
}

std::int64_t Build::integer(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return cj::scenario::read_integer(n, key_of(f), f.shown, nullptr); },
      std::int64_t{0});
}

std::uint64_t Build::seed(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_seed(n, f.shown, nullptr); }, std::uint64_t{0});
}

bool Build::boolean(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_boolean(n, f.shown, nullptr); }, false);
}

std::string Build::text(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_text(n, f.shown, nullptr); }, std::string());
}

std::string Build::choice(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_choice(n, key_of(f), f.shown, nullptr); }, std::string());
}

Date Build::date(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return cj::scenario::read_date(n, f.shown, nullptr); }, Date{});
}

Distribution Build::distribution(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_distribution(n, f.shown, nullptr); }, Distribution{});
}

std::optional<Distribution> Build::optional_distribution(const View& view, std::string_view key) {
  const Found f = find(view, key);
  if (f.value && cj::scenario::is_none(*f.value)) return std::nullopt;
  return distribution(view, key);
}

DatedSteps Build::steps(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_steps(n, key_of(f).range, f.shown, nullptr); },
      DatedSteps{});
}

std::vector<int> Build::weekdays(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_weekdays(n, f.shown, nullptr); }, std::vector<int>{});
}

std::vector<Date> Build::dates(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_dates(n, f.shown, nullptr); }, std::vector<Date>{});
}

std::array<double, 12> Build::seasonality(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_seasonality(n, f.shown, nullptr); },
      std::array<double, 12>{});
}

std::vector<MonthlyCount> Build::month_counts(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_month_counts(n, f.shown, nullptr); },
      std::vector<MonthlyCount>{});
}

std::vector<double> Build::group_shares(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_group_shares(n, groups_, f.shown, nullptr); },
      std::vector<double>{});
}

std::vector<int> Build::group_indices(const View& view, std::string_view key) {
  const Found f = find(view, key);
  return read(
      f, [&](const Node& n) { return read_group_names(n, groups_, f.shown, nullptr); },
      std::vector<int>{});
}

std::vector<double> Build::share_set(const View& view, std::string_view section,
                                     const std::vector<std::string>& members) {
  std::vector<double> values;
  double sum = 0;
  for (const auto& m : members) {
    values.push_back(number(view, std::string(section) + "." + m));
    sum += values.back();
  }
  if (std::fabs(sum - 1) > kShareTolerance) {
    // The set comes whole from the group's entry or whole from the stage (see defaults.cpp).
    const Found where = find(view, std::string(section) + "." + members.front());
    const std::string shown(parent_path(where.shown));
    std::string names;
    for (std::size_t i = 0; i < members.size(); ++i) names += (i ? " + " : "") + members[i];
    d_.report(where.value ? where.value->at : view.node->at, shown,
              names + " = " + format_sum(sum) + " (expected 1, within 1e-9)");
  }
  return values;
}

void Build::problem(const View& view, std::string_view key, std::string message) {
  const Found f = find(view, key);
  const Location at = f.value ? f.value->at : view.node->at;
  d_.report(at, key.empty() ? view.shown : f.shown, std::move(message));
}

}  // namespace cj::scenario

#include "output/compatibility.hpp"

#include <algorithm>
#include <set>

#include "output/errors.hpp"
#include "output/result_file.hpp"

namespace out {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "'" : ", '") + n + "'";
  return s;
}

template <class Items>
std::vector<std::string> names_of(const Items& items) {
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(item.name);
  return names;
}

std::vector<std::string> swept_keys(const ResultFile& f) {
  std::vector<std::string> keys;
  if (!f.points().empty()) {
    for (const auto& kv : f.points().front().values) keys.push_back(kv.first);
  }
  return keys;
}

}  // namespace

std::string name_difference(std::string_view what, const std::vector<std::string>& a,
                            const std::vector<std::string>& b, std::string_view a_label,
                            std::string_view b_label) {
  const std::set<std::string> in_a(a.begin(), a.end()), in_b(b.begin(), b.end());
  std::vector<std::string> only_a, only_b;
  std::set_difference(in_a.begin(), in_a.end(), in_b.begin(), in_b.end(),
                      std::back_inserter(only_a));
  std::set_difference(in_b.begin(), in_b.end(), in_a.begin(), in_a.end(),
                      std::back_inserter(only_b));
  if (only_a.empty() && only_b.empty()) return {};
  std::string s(what);
  s += " differ:";
  if (!only_a.empty()) s.append(" only in ").append(a_label).append(": ") += quoted_list(only_a);
  if (!only_a.empty() && !only_b.empty()) s += ";";
  if (!only_b.empty()) s.append(" only in ").append(b_label).append(": ") += quoted_list(only_b);
  return s;
}

std::vector<std::string> compatibility_problems(const ResultFile& a, const ResultFile& b) {
  const std::string la = a.path().filename().string(), lb = b.path().filename().string();
  std::vector<std::string> problems;
  auto add = [&](std::string p) {
    if (!p.empty()) problems.push_back(std::move(p));
  };
  add(name_difference("KPIs", names_of(a.kpis()), names_of(b.kpis()), la, lb));
  add(name_difference("KPIs by group", names_of(a.kpis_by_group()), names_of(b.kpis_by_group()), la,
                      lb));
  if (a.provenance().offence_groups != b.provenance().offence_groups) {
    add("offence groups differ: " + quoted_list(a.provenance().offence_groups) + " in " + la +
        ", " + quoted_list(b.provenance().offence_groups) + " in " + lb);
  }
  if (a.points().size() != b.points().size()) {
    add("points differ: " + std::to_string(a.points().size()) + " in " + la + ", " +
        std::to_string(b.points().size()) + " in " + lb);
  }
  add(name_difference("swept keys", swept_keys(a), swept_keys(b), la, lb));
  if (a.replications() != b.replications()) {
    add("replications differ: " + std::to_string(a.replications()) + " in " + la + ", " +
        std::to_string(b.replications()) + " in " + lb);
  }
  return problems;
}

void require_comparable(const ResultFile& a, const ResultFile& b) {
  const auto problems = compatibility_problems(a, b);
  if (problems.empty()) return;
  std::string message = a.path().string() + " and " + b.path().string() + " cannot be compared: ";
  for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
  throw Incompatible(message);
}

}  // namespace out

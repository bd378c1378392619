#include "models/scenario/diagnostics.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace cj::scenario {

int Diagnostics::add_source(std::string name) {
  sources_.push_back(std::move(name));
  return static_cast<int>(sources_.size()) - 1;
}

const std::string& Diagnostics::source_name(int source) const {
  static const std::string nowhere = "<default>";
  if (source < 0 || source >= static_cast<int>(sources_.size())) return nowhere;
  return sources_[static_cast<std::size_t>(source)];
}

void Diagnostics::report(Location at, std::string key, std::string message) {
  Problem p;
  p.file = source_name(at.source);
  p.line = at.line;
  p.column = at.column;
  p.key = std::move(key);
  p.message = prefix_ + std::move(message);
  problems_.push_back(Found{at, std::move(p)});
}

std::vector<Problem> Diagnostics::sorted() const {
  std::vector<Found> found = problems_;
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    // Problems with no location (source < 0) go last.
    const unsigned sa = static_cast<unsigned>(a.at.source);
    const unsigned sb = static_cast<unsigned>(b.at.source);
    return std::tie(sa, a.at.line, a.at.column) < std::tie(sb, b.at.line, b.at.column);
  });
  std::vector<Problem> out;
  std::unordered_set<std::string> seen;
  for (auto& f : found) {
    if (seen.insert(f.problem.format()).second) out.push_back(std::move(f.problem));
  }
  return out;
}

}  // namespace cj::scenario

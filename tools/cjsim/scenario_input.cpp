#include "tools/cjsim/scenario_input.hpp"

#include <ostream>

namespace cjsim {

std::optional<cj::scenario::Loaded> load_scenario(const ScenarioRequest& request,
                                                  std::ostream& errors) {
  cj::scenario::Loaded loaded = cj::scenario::load_file(request.file, request.sets);
  if (loaded.problems.empty() && loaded.scenario) return loaded;
  for (const auto& problem : loaded.problems) errors << problem.format() << '\n';
  const std::size_t n = loaded.problems.size();
  errors << n << (n == 1 ? " problem" : " problems") << " in " << request.file.string()
         << "; nothing was run or written\n";
  return std::nullopt;
}

}  // namespace cjsim

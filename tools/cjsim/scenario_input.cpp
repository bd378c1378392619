#include "tools/cjsim/scenario_input.hpp"

#include <ostream>

namespace cjsim {

void add_extends_option(boost::program_options::options_description& options, bool& anywhere) {
  options.add_options()("allow-extends-anywhere", boost::program_options::bool_switch(&anywhere),
                        "let `extends` read a file outside the scenario's folder and the "
                        "folders below it (refused by default)");
}

std::optional<cj::scenario::Loaded> load_scenario(const ScenarioRequest& request,
                                                  std::ostream& errors) {
  cj::scenario::Loaded loaded =
      cj::scenario::load_file(request.file, request.sets, {request.extends_anywhere});
  if (loaded.problems.empty() && loaded.scenario) return loaded;
  for (const auto& problem : loaded.problems) errors << problem.format() << '\n';
  const std::size_t n = loaded.problems.size();
  errors << n << (n == 1 ? " problem" : " problems") << " in " << request.file.string()
         << "; nothing was run or written\n";
  return std::nullopt;
}

}  // namespace cjsim

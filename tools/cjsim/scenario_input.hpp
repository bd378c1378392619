// Reading the scenario a command was given, with --set overrides and the command's own options
// (--replications, --seed, --trace) applied as overrides too, so that the resolved scenario a
// result stores says exactly what ran.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "models/scenario/loader.hpp"

namespace cjsim {

struct ScenarioRequest {
  std::filesystem::path file;
  std::vector<std::string> sets;  // "key=value", from --set
  bool extends_anywhere = false;  // --allow-extends-anywhere
};

// --allow-extends-anywhere, which check, run and sweep offer.
void add_extends_option(boost::program_options::options_description& options, bool& anywhere);

// Loads and validates. On problems: prints each (FILE:LINE:COLUMN: key: message) to `errors`
// and a count, and returns nothing.
std::optional<cj::scenario::Loaded> load_scenario(const ScenarioRequest& request,
                                                  std::ostream& errors);

}  // namespace cjsim

// Parsing a command's options: its visible options plus positional arguments (the scenario or
// result files), with --help printing the options and stopping.
#pragma once

#include <boost/program_options.hpp>

#include <iostream>

#include "tools/cjsim/cli.hpp"

namespace cjsim {

// Parses `call.args` into `vm`; positional arguments go to `target` under the hidden option
// `name` (`count` of them, -1 for any number). Returns false, having printed the help, when
// --help was asked for.
template <class T>
bool parse_command(const Invocation& call,
                   const boost::program_options::options_description& visible, const char* name,
                   T* target, int count, boost::program_options::variables_map& vm) {
  namespace po = boost::program_options;
  po::positional_options_description positional;
  positional.add(name, count);
  po::options_description all;
  all.add(visible).add_options()(name, po::value(target));
  po::store(po::command_line_parser(call.args).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return false;
  }
  po::notify(vm);
  return true;
}

}  // namespace cjsim

// cjsim export: a result's summaries and time series as CSV files, for spreadsheets.
#include <boost/program_options.hpp>

#include <iostream>

#include "output/csv_export.hpp"
#include "output/result_file.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"

namespace cjsim {
namespace po = boost::program_options;

int command_export(const Invocation& call) {
  std::string file;
  std::string dir;
  po::options_description visible(
      "cjsim export RESULT.h5 --csv DIR\n\n"
      "Writes the result's KPIs (per run, per point with confidence intervals, by offence group),\n"
      "its time series and a dictionary of names, units and descriptions as CSV files with\n"
      "headers into DIR (created if needed).\n\n"
      "Options");
  visible.add_options()("help,h", "show this help")("csv", po::value(&dir),
                                                    "folder for the CSV files");
  po::variables_map vm;
  if (!parse_command(call, visible, "result", &file, 1, vm)) return kOk;
  if (file.empty()) throw BadInput("which result file? (cjsim export RESULT.h5 --csv DIR)");
  if (dir.empty()) throw BadInput("where to? (--csv DIR)");
  const out::ResultFile result(file);
  out::export_csv(result, dir);
  std::cout << "wrote CSV files to " << dir << "\n";
  return kOk;
}

}  // namespace cjsim

// cjsim summary: the KPIs of a result file with confidence intervals.
#include <boost/program_options.hpp>

#include <iostream>

#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/kpi_table.hpp"

namespace cjsim {
namespace po = boost::program_options;

namespace {

const std::vector<std::string> kSweepColumns = {"crown_open_at_horizon",
                                                "magistrates_open_at_horizon",
                                                "median_days_charge_to_completion",
                                                "victim_withdrawal_rate_post_charge",
                                                "conviction_rate",
                                                "total_cost"};

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

void print_sweep_rows(const out::ResultFile& result, const std::vector<std::string>& kpis,
                      std::ostream& os) {
  const auto& p = result.provenance();
  os << p.scenario_name << ": sweep of " << result.points().size() << " points, " << p.replications
     << " replications each, seed " << p.seed << ". Means with 95% confidence intervals.\n\n";
  std::vector<const cj::Described*> columns;
  for (const auto& name : kpis) {
    const cj::Described* found = nullptr;
    for (const auto& k : result.kpis()) {
      if (k.name == name) found = &k;
    }
    if (!found) throw BadInput("no KPI '" + name + "' in " + result.path().string());
    columns.push_back(found);
  }
  std::size_t label_width = 8;
  for (const auto& point : result.points())
    label_width = std::max(label_width, point.label.size() + 2);
  os << pad("point", label_width);
  for (const auto* k : columns) os << pad(k->name + " (" + k->units + ")", 36);
  os << "\n";
  std::vector<std::vector<out::Interval>> values;
  for (const auto* k : columns) values.push_back(result.kpi_points(k->name));
  for (std::size_t i = 0; i < result.points().size(); ++i) {
    os << pad(result.points()[i].label, label_width);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      os << pad(format_interval(values[c][i], columns[c]->units), 36);
    }
    os << "\n";
  }
}

}  // namespace

int command_summary(const Invocation& call) {
  std::string file;
  std::vector<std::string> kpis;
  bool all = false;
  po::options_description visible(
      "cjsim summary RESULT.h5 [--kpi NAME ...] [--all]\n\n"
      "Prints the KPIs of a result with 95% confidence intervals across replications, and the\n"
      "KPIs by offence group. For a sweep, one row per point with the main KPIs (choose them\n"
      "with --kpi; --all prints every KPI for every point).\n\n"
      "Options");
  visible.add_options()("help,h", "show this help")(
      "kpi", po::value(&kpis)->composing(), "a KPI to show for each sweep point (repeatable)")(
      "all", po::bool_switch(&all), "every KPI for every point, and by offence group");
  po::variables_map vm;
  if (!parse_command(call, visible, "result", &file, 1, vm)) return kOk;
  if (file.empty()) throw BadInput("which result file? (cjsim summary RESULT.h5)");
  const out::ResultFile result(file);
  if (result.points().size() > 1 && !all) {
    print_sweep_rows(result, kpis.empty() ? kSweepColumns : kpis, std::cout);
    return kOk;
  }
  print_kpi_table(result, std::cout, /*by_group=*/true);
  return kOk;
}

}  // namespace cjsim

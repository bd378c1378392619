// cjsim compare: each KPI's difference between two scenarios (or two sweep points) with a 95%
// confidence interval from paired replications.
#include <boost/program_options.hpp>

#include <cmath>
#include <iostream>

#include "output/compatibility.hpp"
#include "output/confidence.hpp"
#include "tools/cjsim/cli.hpp"
#include "tools/cjsim/command_line.hpp"
#include "tools/cjsim/kpi_table.hpp"

namespace cjsim {
namespace po = boost::program_options;

namespace {

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

// Runs of `point`, in replication order.
std::vector<double> point_runs(const out::ResultFile& file, const std::string& kpi, int point) {
  const std::vector<double> runs = file.kpi_runs(kpi);
  std::vector<double> values(static_cast<std::size_t>(file.replications()), NAN);
  for (std::size_t i = 0; i < file.runs().size(); ++i) {
    const auto& run = file.runs()[i];
    if (run.point == point) values[static_cast<std::size_t>(run.replication)] = runs[i];
  }
  return values;
}

int find_point(const out::ResultFile& file, const std::string& which) {
  for (const auto& p : file.points()) {
    if (p.label == which || std::to_string(p.index) == which) return p.index;
  }
  throw BadInput("no point '" + which + "' in " + file.path().string() +
                 " (give an index from 0 or a label; cjsim summary lists them)");
}

void print_comparison(const out::ResultFile& a, int point_a, const out::ResultFile& b, int point_b,
                      const std::string& name_a, const std::string& name_b, std::ostream& os) {
  const bool paired = a.provenance().seed == b.provenance().seed;
  os << "Difference " << name_b << " - " << name_a << ", "
     << (paired ? "paired by replication (common random numbers)"
                : "unpaired (the two results do not share seeds)")
     << "; 95% confidence intervals.\n* marks a difference whose interval excludes zero.\n\n";
  os << pad("KPI", 44) << pad(name_a, 22) << pad(name_b, 22) << pad("difference [95% CI]", 34)
     << "units\n";
  for (const auto& kpi : a.kpis()) {
    const auto va = point_runs(a, kpi.name, point_a);
    const auto vb = point_runs(b, kpi.name, point_b);
    const out::Interval ia = out::mean_ci95(va);
    const out::Interval ib = out::mean_ci95(vb);
    out::Interval d;
    if (paired) {
      d = out::paired_difference_ci95(vb, va);
    } else {
      d.mean = ib.mean - ia.mean;
      const double half = std::hypot(ib.high - ib.mean, ia.high - ia.mean);
      d.low = d.mean - half;
      d.high = d.mean + half;
      d.n = std::min(ia.n, ib.n);
    }
    const bool clear = d.n >= 2 && !std::isnan(d.low) && (d.low > 0 || d.high < 0);
    os << pad(kpi.name, 44) << pad(format_value(ia.mean, kpi.units), 22)
       << pad(format_value(ib.mean, kpi.units), 22)
       << pad(format_interval(d, kpi.units == "share" ? "share" : kpi.units) + (clear ? " *" : ""),
              34)
       << kpi.units << "\n";
  }
}

}  // namespace

int command_compare(const Invocation& call) {
  std::vector<std::string> files;
  std::vector<std::string> points;
  po::options_description visible(
      "cjsim compare BASE.h5 OTHER.h5\n"
      "cjsim compare SWEEP.h5 --point A --point B\n\n"
      "Prints each KPI's difference (OTHER - BASE, or B - A) with a 95% confidence interval.\n"
      "Results run with the same seed share their random numbers replication by replication,\n"
      "so the interval comes from paired differences and is narrow; a * marks a difference\n"
      "that is clearly not zero. Points are named by index (from 0) or label.\n\n"
      "Options");
  visible.add_options()("help,h", "show this help")("point", po::value(&points)->composing(),
                                                    "a point of a sweep file (give two)");
  po::variables_map vm;
  if (!parse_command(call, visible, "files", &files, -1, vm)) return kOk;
  if (files.size() == 1 && points.size() == 2) {
    const out::ResultFile file(files[0]);
    const int a = find_point(file, points[0]);
    const int b = find_point(file, points[1]);
    print_comparison(file, a, file, b, file.points()[static_cast<std::size_t>(a)].label,
                     file.points()[static_cast<std::size_t>(b)].label, std::cout);
    return kOk;
  }
  if (files.size() != 2 || !points.empty()) {
    throw BadInput("give two result files, or one sweep file and two --point (see --help)");
  }
  const out::ResultFile base(files[0]);
  const out::ResultFile other(files[1]);
  out::require_comparable(base, other);
  for (std::size_t p = 0; p < base.points().size(); ++p) {
    if (base.points().size() > 1) std::cout << "Point " << base.points()[p].label << "\n";
    print_comparison(base, static_cast<int>(p), other, static_cast<int>(p), "base", "other",
                     std::cout);
    std::cout << "\n";
  }
  return kOk;
}

}  // namespace cjsim

// The courts and centres a stage's cases are shared among: at least one, their shares summing to
// 1; the Crown Court's initial stock shared by stock_share, given for every centre or none.
#include <cmath>

#include "models/scenario/scalars.hpp"
#include "models/scenario/scenario_rules.hpp"

namespace cj::scenario {
namespace {

// The items' shares must sum to 1: reported at the list.
void check_shares(TreeReader& reader, const View& parent, std::string_view list, double sum,
                  std::size_t count, const std::string& what) {
  if (count == 0) {
    if (reader.find(parent, list).value) {
      reader.problem(parent, list, "no " + what + " (expected at least one)");
    }
    return;
  }
  if (std::fabs(sum - 1) > kShareTolerance) {
    reader.problem(
        parent, list,
        "the " + what + "' shares sum to " + format_sum(sum) + " (expected 1, within 1e-9)");
  }
}

void check_stock_shares(TreeReader& reader, const View& crown, const Crown& c) {
  const auto items = reader.items(crown, "centres");
  double sum = 0;
  std::size_t given = 0;
  for (std::size_t i = 0; i < items.size() && i < c.centres.size(); ++i) {
    if (!reader.find(items[i], "stock_share").value) continue;
    sum += c.centres[i].stock_share;
    ++given;
  }
  if (given > 0 && given != c.centres.size()) {
    reader.problem(crown, "centres",
                   "stock_share is given for some centres only (expected every centre or none)");
  } else if (given > 0 && std::fabs(sum - 1) > kShareTolerance) {
    reader.problem(
        crown, "centres",
        "the centres' stock shares sum to " + format_sum(sum) + " (expected 1, within 1e-9)");
  }
}

}  // namespace

void check_court_shares(TreeReader& reader, const Scenario& s) {
  const View magistrates = reader.section(reader.root(), "magistrates");
  double sum = 0;
  for (const auto& court : s.magistrates.courts) sum += court.share;
  check_shares(reader, magistrates, "courts", sum, s.magistrates.courts.size(), "courts");

  const View crown = reader.section(reader.root(), "crown");
  sum = 0;
  for (const auto& centre : s.crown.centres) sum += centre.share;
  check_shares(reader, crown, "centres", sum, s.crown.centres.size(), "centres");
  check_stock_shares(reader, crown, s.crown);
}

}  // namespace cj::scenario

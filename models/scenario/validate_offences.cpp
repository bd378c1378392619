// Offence groups (demand and case mix) and cases entering at later stages.
#include "models/scenario/build.hpp"

namespace cj::scenario {

void build_offences(Build& b, Scenario& s) {
  const View r = b.root();
  const auto groups = b.items(r, "offence_groups");
  if (groups.empty() && b.find(r, "offence_groups").value) {
    b.problem(r, "offence_groups", "no offence groups (expected at least one)");
  }
  for (const View& item : groups) {
    OffenceGroup g;
    g.name = b.text(item, "name");
    g.reports_per_year = b.number(item, "reports_per_year");
    g.trend_per_year = b.number(item, "trend_per_year");
    g.seasonality = b.seasonality(item, "seasonality");
    g.monthly_reports = b.month_counts(item, "monthly_reports");
    g.domestic_abuse_share = b.number(item, "domestic_abuse_share");
    g.victim_share = b.number(item, "victim_share");
    const auto mode = b.share_set(item, "mode", {"summary", "either_way", "indictable"});
    g.mode = ModeShares{mode[0], mode[1], mode[2]};
    g.custody_share = b.number(item, "custody_share");
    s.offences.push_back(std::move(g));
  }

  const View demand = b.section(r, "demand");
  for (const View& item : b.items(demand, "later_entries")) {
    LaterEntry e;
    e.name = b.text(item, "name");
    const std::string stage = b.choice(item, "stage");
    e.stage = stage == "charging"      ? EntryStage::charging
              : stage == "magistrates" ? EntryStage::magistrates
                                       : EntryStage::crown;
    if (b.find(item, "monthly").value) {
      e.monthly = b.month_counts(item, "monthly");
    } else {
      e.per_year = b.number(item, "per_year");
    }
    if (b.find(item, "offence_mix").value) {
      e.offence_mix = b.group_shares(item, "offence_mix");
      if (e.offence_mix.empty()) {
        b.problem(item, "offence_mix",
                  "no shares (expected {offence group: share, ...} summing to 1)");
      }
    }
    s.later_entries.push_back(std::move(e));
  }
}

}  // namespace cj::scenario

#include "models/probes/first_hearing_pleas.hpp"

namespace cj {

void FirstHearingPleasProbe::on_event(const CaseRecord& c, CaseEvent event, double) {
  Group& g = groups_[c.group];
  // A guilty plea in the magistrates' court before any trial listing is the first hearing's
  // (later ones, on a trial day or at the Crown, are not); not-guilty pleas are reported there
  // only.
  if (event == CaseEvent::guilty_plea && c.stage == Stage::magistrates && c.trial_listings == 0) {
    ++g.pleas;
    ++g.guilty;
  }
  if (event == CaseEvent::not_guilty_plea) ++g.pleas;
}

void FirstHearingPleasProbe::report(Summary& summary) const {
  Group all;
  std::vector<double> by_group;
  for (const Group& g : groups_) {
    all.pleas += g.pleas;
    all.guilty += g.guilty;
    by_group.push_back(share(g.guilty, g.pleas));
  }
  summary.add(Section::rates, "guilty_plea_rate_first_hearing", "share",
              "Guilty pleas at the first magistrates' hearing, of pleas entered there",
              share(all.guilty, all.pleas));
  summary.add_by_group(Section::rates, "guilty_plea_rate_first_hearing", "share",
                       "Guilty pleas at the first hearing", std::move(by_group));
}

}  // namespace cj

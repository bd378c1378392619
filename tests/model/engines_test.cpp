// The two kernel back ends give bit-identical results on the justice model.
#include <gtest/gtest.h>

#include <cstring>

#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/scenario_builder.hpp"
#include "tests/support/in_child.hpp"

namespace {

// Every number the run produced, in a fixed order: KPIs, series, and each case's record.
std::vector<double> fingerprint(sim::EngineKind engine) {
  cj::Scenario s = cjtest::small_scenario();
  cj::PoliceTeam team;  // a workload pool too
  team.name = "all";
  team.fte = cj::DatedSteps::constant(50);
  team.investigation_hours = 20;
  team.file_build_hours = 5;
  s.investigation.teams = {team};
  cjtest::CaseLog log;
  const auto r = cj::run_model(s, cjtest::run_options(99, engine), &log);
  std::vector<double> v{static_cast<double>(r.events), static_cast<double>(r.cases)};
  for (const auto& k : r.metrics.kpis) v.push_back(k.value);
  for (const auto& se : r.metrics.series) v.insert(v.end(), se.values.begin(), se.values.end());
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      v.insert(v.end(),
               {static_cast<double>(c.id), c.report, c.file_submitted, c.charge, c.first_hearing,
                c.sent_to_crown, c.ptph, c.end, static_cast<double>(c.outcome),
                static_cast<double>(c.stage), static_cast<double>(c.submissions),
                static_cast<double>(c.hearings), static_cast<double>(c.trial_listings)});
      v.insert(v.end(), c.trial_dates.begin(), c.trial_dates.end());
    }
  }
  return v;
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

TEST(Engines, NativeAndSimGridAgreeBitForBitOnTheModel) {
  const std::vector<double> native = fingerprint(sim::EngineKind::native);
  const auto simgrid = cjtest::in_child([] { return fingerprint(sim::EngineKind::simgrid); });
  ASSERT_TRUE(simgrid.has_value()) << "the SimGrid run failed";
  ASSERT_EQ(native.size(), simgrid->size());
  for (std::size_t i = 0; i < native.size(); ++i) {
    ASSERT_TRUE(same_bits(native[i], (*simgrid)[i]))
        << "value " << i << ": " << native[i] << " vs " << (*simgrid)[i];
  }
}

}  // namespace

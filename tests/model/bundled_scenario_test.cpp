// The bundled West Yorkshire baseline: both kernel back ends give identical results on it, and a
// replication is reproducible.
#include <gtest/gtest.h>

#include <cstring>

#include "models/model.hpp"
#include "models/scenario/loader.hpp"
#include "tests/model/case_log.hpp"
#include "tests/support/in_child.hpp"

namespace {

cj::Scenario baseline() {
  const auto loaded = cj::scenario::load_file(std::string(CJSIM_SOURCE_DIR) +
                                              "/scenarios/west-yorkshire/baseline.yaml");
  if (!loaded.scenario) throw std::runtime_error(loaded.problems.front().format());
  return *loaded.scenario;
}

// Every KPI and series value, then each case's outcome, end date and counts.
std::vector<double> fingerprint(sim::EngineKind engine) {
  const cj::Scenario s = baseline();
  cj::RunOptions options;
  options.seed = cj::replication_seed(s.seed, 0);
  options.engine = engine;
  cjtest::CaseLog log;
  const cj::RunResult r = cj::run_model(s, options, &log);
  std::vector<double> v{static_cast<double>(r.events), static_cast<double>(r.cases)};
  for (const auto& k : r.metrics.kpis) v.push_back(k.value);
  for (const auto& g : r.metrics.kpis_by_group) v.insert(v.end(), g.values.begin(), g.values.end());
  for (const auto& se : r.metrics.series) v.insert(v.end(), se.values.begin(), se.values.end());
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      v.insert(v.end(), {static_cast<double>(c.id), c.end, static_cast<double>(c.outcome),
                         static_cast<double>(c.hearings), c.trial_dates[0]});
    }
  }
  return v;
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

TEST(BundledScenario, NativeAndSimGridGiveIdenticalResults) {
  const auto native = cjtest::in_child([] { return fingerprint(sim::EngineKind::native); });
  const auto simgrid = cjtest::in_child([] { return fingerprint(sim::EngineKind::simgrid); });
  ASSERT_TRUE(native.has_value()) << "the native run failed";
  ASSERT_TRUE(simgrid.has_value()) << "the SimGrid run failed";
  ASSERT_EQ(native->size(), simgrid->size());
  ASSERT_GT(native->size(), 100000u);  // every case of five years is compared
  for (std::size_t i = 0; i < native->size(); ++i) {
    ASSERT_TRUE(same_bits((*native)[i], (*simgrid)[i]))
        << "value " << i << ": " << (*native)[i] << " vs " << (*simgrid)[i];
  }
}

}  // namespace

// The complete fixture sets every key: each value must land in its field. The values are checked
// one by one below; the tests at the end are driven by the declared keys, so a new key is covered
// with no edit here (only its line in fixtures/complete.yaml, which they ask for).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "models/scenario/diagnostics.hpp"
#include "models/scenario/loader.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/scenario_keys.hpp"
#include "models/scenario/yaml_source.hpp"
#include "tests/scenario/problem_matchers.hpp"
#include "tests/scenario/scenario_equal.hpp"
#include "tests/scenario/written_keys.hpp"

namespace cj::scenario {
namespace {

using sim::Distribution;
using testing::fixture;

// Loaded once for the suite.
const Loaded& complete() {
  static const Loaded loaded = load_file(fixture("complete.yaml"));
  return loaded;
}

class CompleteScenario : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& p : complete().problems) ADD_FAILURE() << p.format();
    ASSERT_TRUE(complete().scenario);
  }
  const Scenario& s() const { return *complete().scenario; }
};

TEST_F(CompleteScenario, Header) {
  EXPECT_EQ(s().name, "complete-test");
  EXPECT_EQ(s().description, "Every key set: a test fixture");
  EXPECT_EQ(s().start, (Date{2026, 4, 1}));
  EXPECT_EQ(s().horizon_days, 731);  // two calendar years, 29 February 2028 included
  EXPECT_EQ(s().replications, 5);
  EXPECT_EQ(s().seed, 20260401u);
  EXPECT_EQ(s().calendar.closed_weekdays, (std::vector<int>{5, 6}));
  EXPECT_TRUE(s().calendar.england_and_wales_bank_holidays);
  EXPECT_EQ(s().calendar.closed_dates, (std::vector<Date>{{2026, 12, 29}, {2026, 12, 30}}));
  EXPECT_EQ(s().outputs.trace, TraceLevel::events);
  EXPECT_EQ(s().outputs.period_days, 14);
  ASSERT_EQ(complete().sources.size(), 1u);
  EXPECT_EQ(complete().sources[0].first, fixture("complete.yaml"));
  EXPECT_TRUE(complete().sweep.empty());
}

TEST_F(CompleteScenario, OffenceGroupsAndDemand) {
  ASSERT_EQ(s().offences.size(), 2u);
  EXPECT_EQ(s().group_index("violence"), 1);
  const OffenceGroup& rape = s().offences[0];
  EXPECT_EQ(rape.name, "rape");
  EXPECT_EQ(rape.reports_per_year, 2800);
  EXPECT_EQ(rape.trend_per_year, 0.02);
  EXPECT_DOUBLE_EQ(rape.seasonality[6], 1.2);
  EXPECT_DOUBLE_EQ(rape.seasonality[10], 0.8);
  EXPECT_TRUE(rape.monthly_reports.empty());
  EXPECT_EQ(rape.domestic_abuse_share, 0.3);
  EXPECT_EQ(rape.victim_share, 1);
  EXPECT_EQ(rape.mode.indictable, 1);
  EXPECT_EQ(rape.mode.summary, 0);
  EXPECT_EQ(rape.custody_share, 0.4);
  const OffenceGroup& violence = s().offences[1];
  EXPECT_EQ(violence.seasonality[0], 1);  // default
  ASSERT_EQ(violence.monthly_reports.size(), 2u);
  EXPECT_EQ(violence.monthly_reports[1].month, (Date{2026, 5, 1}));
  EXPECT_EQ(violence.monthly_reports[1].count, 2600);
  EXPECT_EQ(violence.mode.either_way, 0.5);
  EXPECT_EQ(violence.mode.indictable, 0);  // a share set given in part: the rest 0
  EXPECT_EQ(violence.trend_per_year, -0.01);

  ASSERT_EQ(s().later_entries.size(), 2u);
  EXPECT_EQ(s().later_entries[0].name, "crown-receipts");
  EXPECT_EQ(s().later_entries[0].stage, EntryStage::crown);
  EXPECT_EQ(s().later_entries[0].per_year, 1200);
  EXPECT_EQ(s().later_entries[0].offence_mix, (std::vector<double>{0.25, 0.75}));
  EXPECT_EQ(s().later_entries[1].stage, EntryStage::magistrates);
  ASSERT_EQ(s().later_entries[1].monthly.size(), 2u);
  EXPECT_EQ(s().later_entries[1].monthly[0].count, 100);
  EXPECT_EQ(s().later_entries[1].offence_mix, (std::vector<double>{0, 1}));
}

TEST_F(CompleteScenario, InvestigationWithOverridesByGroup) {
  const Investigation& inv = s().investigation;
  ASSERT_EQ(inv.groups.size(), 2u);
  EXPECT_EQ(inv.groups[0].duration_days, Distribution::gamma(2, 150));  // shape 2, mean 300
  EXPECT_EQ(inv.groups[0].outcomes.file_for_charging, 0.5);
  EXPECT_EQ(inv.groups[0].outcomes.out_of_court, 0);
  EXPECT_EQ(inv.groups[1].duration_days, Distribution::lognormal_median_p90(45, 240));
  EXPECT_EQ(inv.groups[1].outcomes.no_further_action, 0.6);
  ASSERT_EQ(inv.teams.size(), 1u);
  const PoliceTeam& rasso = inv.teams[0];
  EXPECT_EQ(rasso.name, "rasso");
  EXPECT_EQ(rasso.serves, (std::vector<int>{0}));
  EXPECT_EQ(rasso.fte.steps.size(), 2u);
  EXPECT_EQ(rasso.fte.at(to_day({2027, 5, 1})), 420);
  EXPECT_EQ(rasso.hours_per_fte_year, 1500);
  EXPECT_FALSE(rasso.priority_custody);
  EXPECT_FALSE(rasso.priority_domestic_abuse);
  EXPECT_EQ(rasso.priority_groups, (std::vector<int>{0}));
  EXPECT_EQ(rasso.investigation_hours, 60);
  EXPECT_EQ(rasso.file_build_hours, 20);
  EXPECT_EQ(rasso.rework_hours, 10);
  EXPECT_EQ(rasso.eia_action_hours, 8);
}

TEST_F(CompleteScenario, Charging) {
  const Charging& c = s().charging;
  ASSERT_EQ(c.groups.size(), 2u);
  const ChargingGroup& rape = c.groups[0];
  const ChargingGroup& violence = c.groups[1];
  EXPECT_EQ(rape.police_charge_share, 0);
  EXPECT_EQ(violence.police_charge_share, 0.4);
  EXPECT_EQ(rape.triage_days, Distribution::exponential(3));  // from the stage
  EXPECT_EQ(rape.accept_first, 0.8);
  EXPECT_EQ(violence.accept_first, 0.892);
  EXPECT_EQ(rape.accept_resubmission, 0.95);
  EXPECT_EQ(rape.rework_days, Distribution::lognormal(3.5, 0.6));
  EXPECT_EQ(violence.rework_days, Distribution::weibull(1.5, 50));
  EXPECT_EQ(rape.decision_days, Distribution::empirical({10, 20, 60}, {1, 2, 1}));
  EXPECT_EQ(violence.decision_days, Distribution::uniform(5, 40));
  EXPECT_EQ(rape.decision.charge, 0.72);
  EXPECT_EQ(rape.decision.out_of_court, 0);
  EXPECT_EQ(violence.decision.out_of_court, 0.05);
  EXPECT_EQ(c.eia.applies_to, (std::vector<int>{0}));
  EXPECT_EQ(c.eia.uptake, 0.3);
  EXPECT_EQ(c.eia.charge_change, 0.08);
  EXPECT_EQ(c.eia.accept_first_change, 0.05);
  EXPECT_EQ(c.eia.decision_days_scale, 0.8);
  EXPECT_EQ(c.eia.investigation_days_scale, 0.9);
  EXPECT_EQ(c.eia.file_for_charging_change, 0.03);
  EXPECT_EQ(c.eia.withdrawal_hazard_ratio, 0.9);
  EXPECT_EQ(c.eia.consultation_at, 0.3);
  ASSERT_EQ(c.teams.size(), 1u);
  const CpsTeam& team = c.teams[0];
  EXPECT_EQ(team.name, "charging");
  EXPECT_EQ(team.serves, (std::vector<int>{1}));
  EXPECT_EQ(team.fte.at(0), 60);
  EXPECT_EQ(team.hours_per_fte_year, 1300);
  EXPECT_TRUE(team.priority_custody);
  EXPECT_EQ(team.triage_hours, 0.5);
  EXPECT_EQ(team.decision_hours, 3);
  EXPECT_EQ(team.eia_consultation_hours, 6);
}

TEST_F(CompleteScenario, Magistrates) {
  const Magistrates& m = s().magistrates;
  ASSERT_EQ(m.courts.size(), 2u);
  EXPECT_EQ(m.courts[0].name, "leeds");
  EXPECT_EQ(m.courts[0].share, 0.6);
  EXPECT_EQ(m.courts[0].hearing_sessions.at(to_day({2026, 6, 1})), 12);
  EXPECT_EQ(m.courts[0].hearing_sessions.at(to_day({2027, 6, 1})), 14);
  EXPECT_EQ(m.courts[0].trial_sessions.at(to_day({2027, 6, 1})), 8);
  EXPECT_EQ(m.courts[1].trial_sessions.steps.front().first, (Date{2026, 4, 1}));
  ASSERT_EQ(m.groups.size(), 2u);
  EXPECT_EQ(m.groups[0].guilty_plea_summary, 0.7);
  EXPECT_EQ(m.groups[1].guilty_plea_summary, 0.5);
  EXPECT_EQ(m.groups[0].guilty_plea_either_way, 0.6);
  EXPECT_EQ(m.groups[1].guilty_plea_either_way, 0.4);
  EXPECT_EQ(m.groups[0].committed_for_sentence, 0.1);
  EXPECT_EQ(m.groups[1].committed_for_sentence, 0.15);
  EXPECT_EQ(m.groups[0].either_way_retained, 0.55);
  EXPECT_EQ(m.groups[1].either_way_retained, 0.7);
  EXPECT_EQ(m.groups[0].trial_minutes, 150);
  EXPECT_EQ(m.groups[1].trial_minutes, 180);
  EXPECT_EQ(m.groups[0].trial.effective, 0.45);
  EXPECT_EQ(m.groups[0].trial.cracked, 0.35);
  EXPECT_EQ(m.groups[0].trial.ineffective, 0.2);
  EXPECT_EQ(m.groups[1].trial.cracked, 0.4);
  EXPECT_EQ(m.groups[0].trial.conviction, 0.65);
  EXPECT_EQ(m.groups[1].trial.conviction, 0.55);
  EXPECT_EQ(m.session_minutes, 180);
  EXPECT_EQ(m.first_hearing_minutes, 15);
  EXPECT_EQ(m.sentence_minutes, 25);
  EXPECT_EQ(m.cracked_trial_minutes, 35);
  EXPECT_EQ(m.notice_days_custody, 1);
  EXPECT_EQ(m.notice_days_bail_guilty, 14);
  EXPECT_EQ(m.notice_days_bail, 28);
  EXPECT_EQ(m.adjournment, 0.2);
  EXPECT_EQ(m.adjournment_days, 21);
  EXPECT_EQ(m.sentence_after_reports, 0.3);
  EXPECT_EQ(m.reports_days, 20);
  EXPECT_EQ(m.trial_preparation_days, 40);
  EXPECT_EQ(m.overlisting, 1.3);
  EXPECT_EQ(m.priority_share, 0.15);
  EXPECT_EQ(m.custody_preparation_days, 21);
  EXPECT_EQ(m.priority_release_days, 35);
  EXPECT_EQ(m.case_management_minutes, 12);
  EXPECT_EQ(m.trial.cracked_guilty_plea, 0.6);
  EXPECT_EQ(m.trial.relist_days, 30);
  EXPECT_EQ(m.trial.ineffective_causes.witness_absent, 0.5);
  EXPECT_EQ(m.trial.ineffective_causes.other, 0.1);
  EXPECT_TRUE(m.da_fast_listing.enabled);
  EXPECT_EQ(m.da_fast_listing.preparation_days, 10);
  EXPECT_EQ(m.da_fast_listing.ring_fenced_share, 0.2);
  EXPECT_EQ(m.da_fast_listing.release_days, 3);
  EXPECT_EQ(m.da_fast_listing.target_days, 28);
}

TEST_F(CompleteScenario, Crown) {
  const Crown& c = s().crown;
  ASSERT_EQ(c.centres.size(), 2u);
  EXPECT_EQ(c.centres[0].rooms.at(to_day({2026, 11, 1})), 15);
  EXPECT_EQ(c.centres[1].rooms.at(to_day({2030, 1, 1})), 8);
  EXPECT_EQ(c.centres[1].share, 0.4);
  EXPECT_EQ(c.sitting_days_scale.at(to_day({2027, 4, 1})), 1.1);
  EXPECT_EQ(c.sitting_days_scale.at(to_day({2027, 3, 31})), 1);
  ASSERT_EQ(c.groups.size(), 2u);
  EXPECT_EQ(c.groups[0].guilty_plea_ptph, 0.2);
  EXPECT_EQ(c.groups[1].guilty_plea_ptph, 0.4);
  EXPECT_EQ(c.groups[1].late_guilty_plea, 0.3);
  EXPECT_EQ(c.late_plea_wait_elasticity, -0.2);
  EXPECT_EQ(c.late_plea_reference_days, 150);
  EXPECT_EQ(c.trial_preparation_days, 100);
  EXPECT_EQ(c.custody_preparation_days, 50);
  EXPECT_EQ(c.pre_trial_review_days, 21);
  EXPECT_EQ(c.groups[0].trial_days, Distribution::fixed(5));
  EXPECT_EQ(c.groups[1].trial_days, Distribution::lognormal_median_p90(3, 8));
  EXPECT_EQ(c.groups[0].trial.effective, 0.6);
  EXPECT_EQ(c.groups[0].trial.ineffective, 0.15);
  EXPECT_EQ(c.groups[1].trial.cracked, 0.3);
  EXPECT_EQ(c.groups[0].trial.conviction, 0.5);
  EXPECT_EQ(c.groups[1].trial.conviction, 0.6);
  EXPECT_EQ(c.ptph_days, 28);
  EXPECT_EQ(c.sentence_days, 21);
  EXPECT_EQ(c.trial.cracked_guilty_plea, 0.55);
  EXPECT_EQ(c.trial.relist_days, 60);
  EXPECT_EQ(c.centres[0].stock_share, 0.55);
  EXPECT_EQ(c.centres[1].stock_share, 0.45);
  EXPECT_EQ(c.trial.ineffective_causes.defence_not_ready, 0.3);
  EXPECT_EQ(c.trial.ineffective_causes.prosecution_not_ready, 0.3);
  EXPECT_EQ(c.lost_sitting_days_cracked, 0.4);
  EXPECT_EQ(c.lost_sitting_days_ineffective, 0.6);
  EXPECT_EQ(c.custody_time_limit_days, 182);
  EXPECT_EQ(c.ptph_sitting_days, 0.1);
  EXPECT_EQ(c.sentence_sitting_days, 0.08);
  EXPECT_EQ(c.pre_trial_review_sitting_days, 0.06);
  EXPECT_EQ(c.committal_sitting_days, 0.09);
  EXPECT_EQ(c.listing.short_hearing_share, 0.15);
  EXPECT_EQ(c.listing.short_hearing_release_days, 5);
  EXPECT_EQ(c.listing.custody_share, 0.25);
  EXPECT_EQ(c.listing.custody_release_days, 21);
  EXPECT_EQ(c.listing.fixture_horizon_days, 300);
  EXPECT_EQ(c.listing.overlisting, 1.05);
}

TEST_F(CompleteScenario, AttritionInitialStateCosts) {
  const Attrition& a = s().attrition;
  ASSERT_EQ(a.groups.size(), 2u);
  EXPECT_EQ(a.groups[0].pre_charge_days, Distribution::exponential(400));
  EXPECT_EQ(a.groups[0].post_charge_days, Distribution::weibull(0.8, 700));
  EXPECT_FALSE(a.groups[1].post_charge_days);  // none
  EXPECT_EQ(a.groups[0].support_share, 0.7);
  EXPECT_EQ(a.groups[1].support_share, 0.5);
  EXPECT_EQ(a.support_hazard_ratio, 0.6);

  const InitialState& i = s().initial_state;
  EXPECT_EQ(i.investigation.count, 20000);
  EXPECT_EQ(i.investigation.age_days, Distribution::exponential(60));
  EXPECT_EQ(i.investigation.offence_mix, (std::vector<double>{0.1, 0.9}));
  EXPECT_EQ(i.awaiting_charge.age_days, Distribution::fixed(10));
  EXPECT_TRUE(i.awaiting_charge.offence_mix.empty());  // {}: as the demand
  EXPECT_EQ(i.magistrates.count, 9000);
  EXPECT_EQ(i.magistrates_awaiting_trial_share, 0.4);
  EXPECT_EQ(i.magistrates_awaiting_sentence_share, 0.1);
  EXPECT_TRUE(i.investigation_steady_state_ages);
  EXPECT_TRUE(i.awaiting_charge_steady_state_ages);
  EXPECT_EQ(i.crown_awaiting_sentence_share, 0.12);
  EXPECT_EQ(i.crown.age_days, Distribution::lognormal_median_p90(200, 600));
  EXPECT_EQ(i.crown_awaiting_trial_share, 0.75);

  ASSERT_TRUE(s().costs);
  const Costs& c = *s().costs;
  EXPECT_EQ(c.investigation, 1200);
  EXPECT_EQ(c.charging_decision, 300);
  EXPECT_EQ(c.triage, 50);
  EXPECT_EQ(c.magistrates_session, 1500);
  EXPECT_EQ(c.crown_sitting_day, 3500.5);
  EXPECT_EQ(c.first_hearing, 100);
  EXPECT_EQ(c.magistrates_trial, 400);
  EXPECT_EQ(c.ptph, 250);
  EXPECT_EQ(c.crown_trial, 5000);
  EXPECT_EQ(c.investigator_hour, 35);
  EXPECT_EQ(c.cps_lawyer_hour, 55);
}

// The fixture as a tree, to find keys in and take them out of.
Node fixture_tree() {
  std::ifstream in(fixture("complete.yaml"));
  std::ostringstream text;
  text << in.rdbuf();
  Diagnostics d;
  const auto tree = parse_yaml(text.str(), d.add_source("complete.yaml"), d);
  EXPECT_TRUE(tree && d.empty());
  return tree.value_or(Node{});
}

// Keys of the loader's, not of a scenario as it runs: the fixture has none.
bool loader_key(const Key& key) {
  return key.path == "extends" || key.path == "sweep" || key.path.starts_with("sweep.");
}

TEST(CompleteFixture, SetsEveryDeclaredKey) {
  const Schema& schema = scenario_schema();
  const Node tree = fixture_tree();
  for (const Key& key : schema.keys()) {
    if (loader_key(key)) continue;
    const Key* other = key.alternative.empty()
                           ? nullptr
                           : schema.find(join_path(parent_path(key.path), key.alternative));
    const bool given = !testing::written(schema, tree, key).empty() ||
                       (other && !testing::written(schema, tree, *other).empty());
    EXPECT_TRUE(given) << key.path << " is not set in fixtures/complete.yaml";
  }
}

// The key and the other members of its share set (taken out alone, it would be completed with
// 0 and break the set).
std::vector<const Key*> with_share_set(const Schema& schema, const Key& key) {
  std::vector<const Key*> out{&key};
  if (key.share_set.empty()) return out;
  for (const Key* sibling : schema.children(parent_path(key.path))) {
    if (sibling != &key && sibling->share_set == key.share_set) out.push_back(sibling);
  }
  return out;
}

TEST(CompleteFixture, EveryKeyReachesItsMemberAndNoOther) {
  const Schema& schema = scenario_schema();
  const Node tree = fixture_tree();
  ASSERT_TRUE(complete().scenario);
  int checked = 0;
  for (const Key& key : schema.keys()) {
    if (!key.fills_member || key.presence == Presence::required) continue;
    if (testing::written(schema, tree, key).empty()) continue;  // its alternative is given
    // Taken out wherever written, the key takes its default: only its own members may change,
    // and they must when the fixture's value is not the default.
    Node without = tree;
    std::set<std::string> own;
    bool default_differs = false;
    for (const Key* k : with_share_set(schema, key)) {
      own.insert(testing::plain_path(k->path));
      for (const Node& value : testing::written(schema, tree, *k)) {
        default_differs = default_differs || flow_text(value) != flow_text(k->default_value);
      }
      testing::remove_everywhere(schema, without, *k);
    }
    const Loaded loaded = load_text(write_yaml(without), "without-" + key.path + ".yaml");
    ASSERT_TRUE(loaded.scenario) << key.path << ":\n" << testing::all_problems(loaded);
    const auto changed = testing::differences(*complete().scenario, *loaded.scenario);
    for (const auto& path : changed) {
      const std::string plain = testing::plain_path(path);
      // The key's own member, or one below it (an item of a list taken out).
      const bool its_own = own.count(plain) || own.count(std::string(parent_path(plain)));
      EXPECT_TRUE(its_own) << "without " << key.path << ": " << path;
    }
    EXPECT_EQ(!changed.empty(), default_differs) << key.path;
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace cj::scenario

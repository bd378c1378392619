// docs/scenario-reference.md is the output of schema_markdown(): no key can be accepted without
// being documented. Regenerate with build/bin/scenario_reference > docs/scenario-reference.md.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "models/scenario/loader.hpp"

namespace cj::scenario {
namespace {

TEST(SchemaDoc, CommittedReferenceIsUpToDate) {
  const std::string path = std::string(CJSIM_SOURCE_DIR) + "/docs/scenario-reference.md";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot read " << path;
  std::ostringstream committed;
  committed << in.rdbuf();
  EXPECT_TRUE(committed.str() == schema_markdown())
      << path << " differs from schema_markdown(): regenerate it with "
      << "build/bin/scenario_reference > docs/scenario-reference.md";
}

TEST(SchemaDoc, DocumentsEveryKeyOfTheCompleteFixture) {
  const std::string doc = schema_markdown();
  for (const char* key :
       {"`charging.triage.accept_first`", "`crown.sitting_days_scale`",
        "`magistrates.courts[].trial_sessions`", "`demand.later_entries[].offence_mix`",
        "`attrition.support.hazard_ratio`", "`initial_state.crown.awaiting_trial_share`",
        "`costs.crown_trial`", "`outputs.period_days`", "`sweep.latin_hypercube.ranges`",
        "`lognormal`", "`empirical`"}) {
    EXPECT_NE(doc.find(key), std::string::npos) << key;
  }
}

}  // namespace
}  // namespace cj::scenario

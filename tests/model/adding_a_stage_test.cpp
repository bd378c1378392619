// A stage added the way docs/extending.md says: registered in a FlowPlan with its routes, it
// receives cases by a route, sends them on by its exit, and changes nothing it is not asked to.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "models/flow.hpp"
#include "models/model.hpp"
#include "tests/model/case_log.hpp"
#include "tests/model/diversion_stage.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

// The model's flow with the diversion scheme between the investigation and charging.
cj::FlowPlan plan_with_diversion(cjtest::DiversionScheme scheme, cjtest::DiversionLog& log) {
  cj::FlowPlan plan = cj::justice_flow();
  plan.stages.push_back([scheme, &log](cj::Context& ctx) {
    return std::make_unique<cjtest::DiversionStage>(ctx, scheme, log);
  });
  plan.reroute({"investigation", "file", "diversion", "file"});
  plan.routes.push_back({"diversion", "not_diverted", "charging", "file"});
  return plan;
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

// Cases whose investigation (begun during the run or open at the start: those with a report date)
// sent a file on, to the CPS or to the police's own charge.
std::size_t files_sent(const cjtest::CaseLog& log) {
  std::size_t n = 0;
  for (const auto* list : {&log.closed, &log.open}) {
    for (const auto& c : *list) {
      const bool investigated = !std::isnan(c.report);
      if (investigated && (c.submissions > 0 || !std::isnan(c.charge))) ++n;
    }
  }
  return n;
}

TEST(AddingAStage, AStageThatPassesEveryCaseOnChangesNothing) {
  const cj::Scenario s = cjtest::small_scenario();
  const auto plain = cj::run_model(s, cjtest::run_options(21));
  cjtest::DiversionLog log;
  const auto routed =
      cj::run_model(s, cjtest::run_options(21), nullptr, plan_with_diversion({0.0, 90}, log));
  EXPECT_GT(log.received_at.size(), 500U);
  EXPECT_EQ(log.diverted, 0U);
  EXPECT_EQ(plain.events, routed.events);
  ASSERT_EQ(plain.metrics.kpis.size(), routed.metrics.kpis.size());
  for (std::size_t i = 0; i < plain.metrics.kpis.size(); ++i) {
    EXPECT_TRUE(same_bits(plain.metrics.kpis[i].value, routed.metrics.kpis[i].value))
        << plain.metrics.kpis[i].name;
  }
}

TEST(AddingAStage, ItReceivesExactlyTheCasesItsRouteBrings) {
  const cj::Scenario s = cjtest::small_scenario();
  cjtest::CaseLog plain_log;
  cj::run_model(s, cjtest::run_options(22), &plain_log);

  cjtest::DiversionLog diverted;
  cjtest::CaseLog log;
  cj::run_model(s, cjtest::run_options(22), &log, plan_with_diversion({1.0, 90}, diverted));
  EXPECT_TRUE(log.violations.empty()) << log.violations.front();
  // Investigations do not depend on what comes after them: the same files come out.
  EXPECT_EQ(diverted.received_at.size(), files_sent(plain_log));
  EXPECT_EQ(diverted.diverted, diverted.received_at.size());
  EXPECT_EQ(files_sent(log), 0U);  // every file was diverted: none charged, none with the CPS
  std::size_t completed = 0;
  for (const auto& c : log.closed) {
    const auto it = diverted.received_at.find(c.id);
    if (it == diverted.received_at.end()) continue;
    EXPECT_EQ(c.outcome, cj::Outcome::out_of_court) << "case " << c.id;
    EXPECT_EQ(c.end, it->second + 90) << "case " << c.id;
    ++completed;
  }
  EXPECT_GT(completed, 500U);
}

TEST(AddingAStage, TheDocumentShowsTheExampleAsBuilt) {
  const auto text = [](const std::string& path) {
    std::ifstream in(std::string(CJSIM_SOURCE_DIR) + "/" + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  };
  const std::string doc = text("docs/extending.md");
  const std::string header = text("tests/model/diversion_stage.hpp");
  const std::string test = text("tests/model/adding_a_stage_test.cpp");
  const std::string flow = text("models/justice_flow.cpp");
  ASSERT_FALSE(doc.empty());
  // The doc quotes the model's stages and routes, the example's class and its registration from
  // this file, word for word.
  const auto between = [](const std::string& s, const std::string& from, const std::string& to) {
    const auto a = s.find(from);
    const auto b = s.find(to, a);
    return a == std::string::npos || b == std::string::npos ? std::string()
                                                            : s.substr(a, b + to.size() - a);
  };
  const std::string stage_class = between(header, "enum class DiversionEvent", "};\n\n}");
  const std::string registration =
      between(test, "cj::FlowPlan plan_with_diversion", "  return plan;\n}");
  const std::string table = between(flow, "  plan.stages = {", "  };\n  return plan;");
  ASSERT_FALSE(stage_class.empty());
  ASSERT_FALSE(registration.empty());
  ASSERT_FALSE(table.empty());
  EXPECT_NE(doc.find(table.substr(0, table.size() - 15)), std::string::npos)
      << "docs/extending.md no longer shows the stages and routes of models/justice_flow.cpp";
  EXPECT_NE(doc.find(stage_class.substr(0, stage_class.size() - 3)), std::string::npos)
      << "docs/extending.md no longer shows tests/model/diversion_stage.hpp's class";
  EXPECT_NE(doc.find(registration), std::string::npos)
      << "docs/extending.md no longer shows plan_with_diversion";
}

}  // namespace

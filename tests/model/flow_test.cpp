// The case flow as data: the model's route table meets every exit and entry point, a plan whose
// names do not meet is refused with the name that is wrong, and stages do not know one another.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>

#include "models/charging.hpp"
#include "models/demand.hpp"
#include "models/flow.hpp"
#include "models/model.hpp"
#include "sim/engine.hpp"
#include "tests/model/scenario_builder.hpp"

namespace {

// A run's context without a run: enough to build and wire a flow.
struct Bench {
  cj::Scenario scenario = cjtest::small_scenario();
  cj::SittingCalendar calendar{scenario.calendar, cj::to_day(scenario.start), 400};
  std::unique_ptr<sim::Engine> engine = sim::make_engine(sim::EngineKind::native);
  cj::Observer observer;
  cj::Context ctx{*engine, scenario, 1, observer, calendar};
};

// The message `plan` is refused with when wired, or "" if it is not refused.
std::string refusal(const cj::FlowPlan& plan) {
  Bench bench;
  cj::Flow flow(bench.ctx, plan);
  cj::Demand demand(bench.ctx);
  try {
    flow.wire({&demand});
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(Flow, TheModelsRoutesMeetEveryExitAndEveryEntryPoint) {
  Bench bench;
  const cj::FlowPlan plan = cj::justice_flow();
  cj::Flow flow(bench.ctx, plan);
  cj::Demand demand(bench.ctx);
  flow.wire({&demand});
  std::set<const cj::EntryPoint*> reached;
  std::vector<const cj::Sender*> senders{&demand};
  for (const auto& node : flow.nodes()) senders.push_back(node.get());
  for (const cj::Sender* s : senders) {
    for (const cj::Exit* e : s->exits()) {
      ASSERT_NE(e->to(), nullptr) << s->name() << "." << e->name();
      reached.insert(e->to());
    }
  }
  for (const auto& node : flow.nodes()) {
    for (const cj::EntryPoint* entry : node->entry_points()) {
      EXPECT_TRUE(reached.count(entry)) << node->name() << "." << entry->name() << " is unreached";
    }
  }
  for (cj::Stage stock : {cj::Stage::investigation, cj::Stage::awaiting_charge,
                          cj::Stage::magistrates, cj::Stage::crown}) {
    EXPECT_NE(flow.stock_node(stock), nullptr) << cj::stage_name(stock);
  }
  EXPECT_EQ(refusal(plan), "");
}

TEST(Flow, RefusesAPlanWhoseNamesDoNotMeet) {
  const auto changed = [](const std::function<void(cj::FlowPlan&)>& change) {
    cj::FlowPlan plan = cj::justice_flow();
    change(plan);
    return refusal(plan);
  };
  const auto mentions = [](const std::string& message, const std::string& part) {
    return message.find(part) != std::string::npos;
  };
  EXPECT_PRED2(mentions, changed([](auto& p) {
                 p.reroute({"magistrates", "sent_for_trial", "crwn", "sent_for_trial"});
               }),
               "no stage named 'crwn'");
  EXPECT_PRED2(mentions, changed([](auto& p) {
                 p.routes.push_back({"charging", "appeal", "crown", "sent_for_trial"});
               }),
               "'charging' has no exit named 'appeal'");
  EXPECT_PRED2(mentions, changed([](auto& p) {
                 p.reroute({"charging", "charged", "crown", "charged"});
               }),
               "'crown' has no entry point named 'charged'");
  EXPECT_PRED2(mentions, changed([](auto& p) { p.routes.push_back(p.routes.front()); }),
               "demand.report is routed twice");
  EXPECT_PRED2(mentions, changed([](auto& p) { p.routes.erase(p.routes.begin() + 1); }),
               "investigation.file is routed nowhere");
  EXPECT_PRED2(mentions, changed([](auto& p) {
                 p.routes.push_back({"apeals", "x", "crown", "y"});
               }),
               "no stage or source named 'apeals'");
  EXPECT_PRED2(mentions,
               changed([](auto& p) { p.stages.push_back(cj::stage<cj::ChargingStage>()); }),
               "two stages or sources named 'charging'");
  EXPECT_PRED2(mentions, changed([](auto& p) {
                 p.stock.push_back({cj::Stage::crown, "appeals"});
               }),
               "no stage named 'appeals' for the stock of crown");
}

TEST(Flow, RerouteReplacesTheRouteOfThatExit) {
  cj::FlowPlan plan = cj::justice_flow();
  const std::size_t routes = plan.routes.size();
  plan.reroute({"charging", "charged", "crown", "sent_for_trial"});
  EXPECT_EQ(plan.routes.size(), routes);
  std::size_t from_charging = 0;
  for (const auto& r : plan.routes) {
    if (r.from == "charging" && r.exit == "charged") {
      ++from_charging;
      EXPECT_EQ(r.to, "crown");
    }
  }
  EXPECT_EQ(from_charging, 1U);
}

TEST(Flow, StockWithNoStageToOpenItIsRefused) {
  cj::FlowPlan plan = cj::justice_flow();
  plan.stock.clear();
  cj::Scenario s = cjtest::small_scenario();
  ASSERT_GT(s.initial_state.investigation.count, 0);
  try {
    cj::run_model(s, cjtest::run_options(1), nullptr, plan);
    FAIL() << "the run opened stock that no stage takes";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("no stage opens the stock of investigation"),
              std::string::npos)
        << e.what();
  }
}

// Every header in models/ that declares a stage (a Node), and every file that includes it.
TEST(Flow, StagesDoNotKnowOneAnotherOnlyTheRouteTableNamesThem) {
  namespace fs = std::filesystem;
  const fs::path top(CJSIM_SOURCE_DIR);
  const auto text = [](const fs::path& p) {
    std::ifstream in(p);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
  };
  std::vector<fs::path> sources;
  for (const char* dir : {"models", "output", "tools"}) {
    for (const auto& f : fs::recursive_directory_iterator(top / dir)) {
      const auto ext = f.path().extension();
      if (ext == ".cpp" || ext == ".hpp") sources.push_back(f.path());
    }
  }
  const std::regex declares_node(R"(class \w+ final\s*:\s*public Node\b)");
  std::vector<std::string> stage_headers;
  for (const auto& p : sources) {
    if (p.extension() == ".hpp" && std::regex_search(text(p), declares_node)) {
      stage_headers.push_back(fs::relative(p, top).generic_string());
    }
  }
  EXPECT_GE(stage_headers.size(), 4U);
  for (const auto& p : sources) {
    const std::string file = fs::relative(p, top).generic_string();
    const std::string content = text(p);
    for (const auto& header : stage_headers) {
      if (content.find("#include \"" + header + "\"") == std::string::npos) continue;
      const std::string own = header.substr(0, header.size() - 4) + ".cpp";
      EXPECT_TRUE(file == own || file == "models/justice_flow.cpp")
          << file << " includes the stage " << header << ": send the case by an exit instead";
    }
  }
}

}  // namespace

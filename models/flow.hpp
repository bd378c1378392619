// The stages of one run and the routes between them. A FlowPlan is data: which stages to build
// (in order) and where each exit leads; justice_flow() is the model's own plan, the one place
// where stages are registered and routes written. A Flow builds the plan's stages on a run's
// Context and binds every exit to its entry point, refusing a plan whose names do not meet.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"

namespace cj {

// Cases leaving `from` by `exit` enter `to` at `entry`.
struct Route {
  std::string from, exit, to, entry;
};

// The initial stock of `stock` (a stage of the case record) opens in the node `to`.
struct StockRoute {
  Stage stock;
  std::string to;
};

using StageFactory = std::function<std::unique_ptr<Node>(Context&)>;

// Makes a stage of type T on the run's context.
template <class T>
StageFactory stage() {
  return [](Context& ctx) -> std::unique_ptr<Node> { return std::make_unique<T>(ctx); };
}

struct FlowPlan {
  // Built in this order: stages attach agents and schedule their first court days as they are
  // made, so the order is part of the results.
  std::vector<StageFactory> stages;
  std::vector<Route> routes;
  std::vector<StockRoute> stock;

  // Sends `from`'s `exit` to `to`'s `entry`, replacing the route it had (or adding one).
  void reroute(const Route& route);
};

// The model's stages and routes (justice_flow.cpp).
FlowPlan justice_flow();

class Flow {
 public:
  // Builds the plan's stages, in order, on `ctx`.
  Flow(Context& ctx, const FlowPlan& plan);

  // Binds every route of the plan; `sources` are senders that are not stages (the demand).
  // Throws std::invalid_argument naming what does not meet: an unknown stage, exit or entry
  // point, an exit routed twice or not at all, a name used twice.
  void wire(const std::vector<Sender*>& sources);

  // The node that opens the initial stock of `stock`; nullptr if the plan routes it nowhere.
  Node* stock_node(Stage stock) const noexcept;
  // Every stage's last look at its open cases, in the plan's order.
  void at_horizon();

  const std::vector<std::unique_ptr<Node>>& nodes() const noexcept { return nodes_; }

 private:
  Node* node(std::string_view name) const noexcept;

  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<Route> routes_;
  std::vector<StockRoute> stock_;
};

}  // namespace cj

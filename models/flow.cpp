#include "models/flow.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace cj {
namespace {

[[noreturn]] void refuse(const std::string& what) {
  throw std::invalid_argument("case flow: " + what);
}

std::string exit_name(const Sender& from, const std::string& exit) {
  return from.name() + "." + exit;
}

template <class Ports>
void require_unique_names(const std::string& owner, const Ports& ports, const char* kind) {
  std::set<std::string> seen;
  for (const auto* port : ports) {
    if (!seen.insert(port->name()).second) {
      refuse(owner + " has two " + kind + "s named '" + port->name() + "'");
    }
  }
}

}  // namespace

void FlowPlan::reroute(const Route& route) {
  const auto same_exit = [&](const Route& r) {
    return r.from == route.from && r.exit == route.exit;
  };
  routes.erase(std::remove_if(routes.begin(), routes.end(), same_exit), routes.end());
  routes.push_back(route);
}

Flow::Flow(Context& ctx, const FlowPlan& plan) : routes_(plan.routes), stock_(plan.stock) {
  for (const StageFactory& make : plan.stages) nodes_.push_back(make(ctx));
}

Node* Flow::node(std::string_view name) const noexcept {
  for (const auto& n : nodes_) {
    if (n->name() == name) return n.get();
  }
  return nullptr;
}

void Flow::wire(const std::vector<Sender*>& sources) {
  std::vector<Sender*> senders(sources);
  std::set<std::string> names;
  for (const auto& n : nodes_) senders.push_back(n.get());
  for (const Sender* s : senders) {
    if (!names.insert(s->name()).second) refuse("two stages or sources named '" + s->name() + "'");
    require_unique_names(s->name(), s->exits(), "exit");
  }
  for (const auto& n : nodes_) require_unique_names(n->name(), n->entry_points(), "entry point");

  for (const Route& r : routes_) {
    const auto from = std::find_if(senders.begin(), senders.end(),
                                   [&](const Sender* s) { return s->name() == r.from; });
    if (from == senders.end()) refuse("no stage or source named '" + r.from + "'");
    Exit* exit = (*from)->exit(r.exit);
    if (!exit) refuse("'" + r.from + "' has no exit named '" + r.exit + "'");
    if (exit->to_) refuse(exit_name(**from, r.exit) + " is routed twice");
    const Node* to = node(r.to);
    if (!to) refuse("no stage named '" + r.to + "' (route from " + exit_name(**from, r.exit) + ")");
    const EntryPoint* entry = to->entry_point(r.entry);
    if (!entry) refuse("'" + r.to + "' has no entry point named '" + r.entry + "'");
    exit->to_ = entry;
  }
  for (const Sender* s : senders) {
    for (const Exit* e : s->exits()) {
      if (!e->to_) refuse(exit_name(*s, e->name()) + " is routed nowhere");
    }
  }
  for (const StockRoute& r : stock_) {
    if (!node(r.to))
      refuse("no stage named '" + r.to + "' for the stock of " + stage_name(r.stock));
  }
}

Node* Flow::stock_node(Stage stock) const noexcept {
  for (const StockRoute& r : stock_) {
    if (r.stock == stock) return node(r.to);
  }
  return nullptr;
}

void Flow::at_horizon() {
  for (const auto& n : nodes_) n->at_horizon();
}

}  // namespace cj

#include "models/node.hpp"

#include <algorithm>
#include <stdexcept>

namespace cj {
namespace {

template <class Port>
Port* find_named(const std::vector<Port*>& ports, std::string_view name) noexcept {
  const auto it =
      std::find_if(ports.begin(), ports.end(), [&](Port* p) { return p->name() == name; });
  return it == ports.end() ? nullptr : *it;
}

}  // namespace

Exit* Sender::exit(std::string_view name) const noexcept {
  return find_named(exits_, name);
}

const EntryPoint* Node::entry_point(std::string_view name) const noexcept {
  return find_named(entry_points_, name);
}

void Node::open_from_stock(Slot /*slot*/, const StockCase& /*stock*/) {
  throw std::logic_error("case flow: stage '" + name() + "' opens no initial stock");
}

EntryPoint::EntryPoint(Node& node, std::string name, std::function<void(Slot)> receive)
    : node_(node), name_(std::move(name)), receive_(std::move(receive)) {
  node.entry_points_.push_back(this);
}

Exit::Exit(Sender& from, std::string name) : from_(from), name_(std::move(name)) {
  from.exits_.push_back(this);
}

}  // namespace cj

// A stage of the case flow as the model wires it (a node). Cases come in at the node's named
// entry points and leave by its named exits; which entry point each exit leads to is not the
// node's business but the route table's (justice_flow.cpp), so a stage never calls another.
// A node also opens cases from the initial stock and may act once more at the horizon.
//
// To add a stage: derive from Node, declare its EntryPoint and Exit members, and register it with
// its routes in justice_flow.cpp (docs/extending.md, "Adding a stage").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "models/case_store.hpp"

namespace cj {

class EntryPoint;
class Exit;

// A case open at the start date, as the stock gives it to a node.
struct StockCase {
  double age = 0;                  // days it has been open in the stage
  bool awaiting_trial = false;     // past its first hearing (or PTPH), waiting for a trial
  bool awaiting_sentence = false;  // pleaded guilty there, waiting to be sentenced
};

// What cases leave by named exits: every node, and the demand that brings new cases in.
class Sender {
 public:
  explicit Sender(std::string name) : name_(std::move(name)) {}
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  const std::string& name() const noexcept { return name_; }
  const std::vector<Exit*>& exits() const noexcept { return exits_; }
  // The exit of that name; nullptr if there is none.
  Exit* exit(std::string_view name) const noexcept;

 protected:
  ~Sender() = default;

 private:
  friend class Exit;
  std::string name_;
  std::vector<Exit*> exits_;  // members of the derived class, in declaration order
};

class Node : public Sender {
 public:
  using Sender::Sender;
  virtual ~Node() = default;

  const std::vector<const EntryPoint*>& entry_points() const noexcept { return entry_points_; }
  // The entry point of that name; nullptr if there is none.
  const EntryPoint* entry_point(std::string_view name) const noexcept;

  // A case open at the start date enters this stage (the route table says which stock). A stage
  // the table gives no stock need not override it: this one throws std::logic_error.
  virtual void open_from_stock(Slot slot, const StockCase& stock);
  // The run has reached its horizon: a last look at the cases still open here.
  virtual void at_horizon() {}

 private:
  friend class EntryPoint;
  std::vector<const EntryPoint*> entry_points_;
};

// One way into a node: a name for the route table, and what the node does with a case that
// comes in that way (now).
class EntryPoint {
 public:
  EntryPoint(Node& node, std::string name, std::function<void(Slot)> receive);
  EntryPoint(const EntryPoint&) = delete;
  EntryPoint& operator=(const EntryPoint&) = delete;

  const std::string& name() const noexcept { return name_; }
  const Node& node() const noexcept { return node_; }
  void receive(Slot slot) const { receive_(slot); }

 private:
  Node& node_;
  std::string name_;
  std::function<void(Slot)> receive_;
};

// One way out of a node (or out of the demand). The flow binds it to an entry point when the
// model is wired; every exit is bound before the run starts.
class Exit {
 public:
  Exit(Sender& from, std::string name);
  Exit(const Exit&) = delete;
  Exit& operator=(const Exit&) = delete;

  const std::string& name() const noexcept { return name_; }
  const Sender& from() const noexcept { return from_; }
  const EntryPoint* to() const noexcept { return to_; }
  // The case goes on, now, to the entry point this exit is routed to.
  void send(Slot slot) const { to_->receive(slot); }

 private:
  friend class Flow;
  Sender& from_;
  std::string name_;
  const EntryPoint* to_ = nullptr;
};

}  // namespace cj

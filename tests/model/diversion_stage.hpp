// The example stage of docs/extending.md ("Adding a stage"): a diversion scheme that takes a share
// of the files the police send for a charging decision and ends them out of court when the scheme
// is done; the other files go on by its exit. Built only by the tests, through the same
// registration and route table as the model's own stages.
#pragma once

#include <cstdint>
#include <map>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"

namespace cjtest {

struct DiversionScheme {
  double share = 0;  // of the files received, diverted
  double days = 90;  // the scheme's length, from the file to its end out of court
};

// What the tests read back: when each case came in, and how many were diverted.
struct DiversionLog {
  std::map<std::uint64_t, double> received_at;  // by case id
  std::uint64_t diverted = 0;
};

enum class DiversionEvent : std::uint32_t { completed };

// Node "diversion": enters at "file"; leaves by "not_diverted".
class DiversionStage final
    : public cj::Node,
      public cj::TypedHandler<DiversionStage, sim::Handler, cj::Events<DiversionEvent, cj::Slot>> {
 public:
  DiversionStage(cj::Context& ctx, DiversionScheme scheme, DiversionLog& log);

 private:
  friend TypedHandler;
  void receive_file(cj::Slot slot);
  void on(DiversionEvent event, cj::Slot slot);

  cj::Context& ctx_;
  DiversionScheme scheme_;
  DiversionLog& log_;

  cj::EntryPoint file_{*this, "file", [this](cj::Slot slot) { receive_file(slot); }};
  cj::Exit not_diverted_{*this, "not_diverted"};
};

}  // namespace cjtest

#include "tests/model/diversion_stage.hpp"

namespace cjtest {
namespace {

// The stage's own random stream: a case's diversion never shifts another purpose's draws.
constexpr std::uint64_t kDiversion = sim::name_key("diversion");

}  // namespace

DiversionStage::DiversionStage(cj::Context& ctx, DiversionScheme scheme, DiversionLog& log)
    : Node("diversion"), ctx_(ctx), scheme_(scheme), log_(log) {}

void DiversionStage::receive_file(cj::Slot slot) {
  cj::Case& c = ctx_.cases[slot];
  log_.received_at[c.record.id] = ctx_.now();
  if (ctx_.rng(kDiversion, c).uniform() >= scheme_.share) {
    not_diverted_.send(slot);
    return;
  }
  ++log_.diverted;
  c.pending = schedule(ctx_.engine, ctx_.now() + scheme_.days, DiversionEvent::completed, slot);
}

void DiversionStage::on(DiversionEvent /*event*/, cj::Slot slot) {
  ctx_.cases[slot].pending = {};
  ctx_.close(slot, cj::Outcome::out_of_court);
}

}  // namespace cjtest

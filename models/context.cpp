#include "models/context.hpp"

namespace cj {

void Context::move(Slot slot, Stage to) {
  CaseRecord& r = cases[slot].record;
  const Stage from = r.stage;
  r.stage = to;
  if (from != to) observer.on_stage(r, from, to, now());
}

void Context::close(Slot slot, Outcome outcome) {
  Case& c = cases[slot];
  engine.cancel(c.pending);
  CaseRecord& r = c.record;
  r.outcome = outcome;
  r.end = now();
  observer.on_event(r, CaseEvent::closed, now());
  observer.on_stage(r, r.stage, Stage::closed, now());
  observer.on_closed(r);
  cases.release(slot);
}

}  // namespace cj

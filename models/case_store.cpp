#include "models/case_store.hpp"

namespace cj {

Slot CaseStore::create() {
  Slot slot = free_;
  if (slot == kNone) {
    slot = static_cast<Slot>(cases_.size());
    cases_.emplace_back();
  } else {
    free_ = cases_[slot].next_free;
    cases_[slot] = Case{};
  }
  Case& c = cases_[slot];
  c.record.id = next_id_++;
  c.open = true;
  ++open_;
  return slot;
}

void CaseStore::release(Slot slot) {
  Case& c = cases_[slot];
  c.open = false;
  c.next_free = free_;
  free_ = slot;
  --open_;
}

}  // namespace cj

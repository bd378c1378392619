#include "models/crown.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/attrition.hpp"
#include "models/trial_day.hpp"

namespace cj {
namespace {
// PTPHs and sentences are heard at midday; rooms change over at the start of a day.
constexpr double kHearsAt = 0.5;
constexpr double kDayEndsAt = 0.999;
}  // namespace

CrownCourtCentre::CrownCourtCentre(CrownStage& owner, Context& ctx, int index)
    : owner_(owner), ctx_(ctx), index_(index) {
  const auto& p = ctx.scenario.crown;
  const auto& centre = p.centres[static_cast<std::size_t>(index)];
  rooms_ = daily_levels(ctx.calendar, centre.rooms, &p.sitting_days_scale);
  std::vector<double> trial_levels(rooms_.size());
  for (std::size_t d = 0; d < rooms_.size(); ++d)
    trial_levels[d] = rooms_[d] * p.trial_share_of_sitting_days;
  sim::PoolSpec spec;
  spec.name = "crown/" + centre.name;
  spec.roster = roster_from_days(whole_per_day(trial_levels));
  spec.servers = static_cast<std::uint32_t>(std::max(1.0, spec.roster->max_level()));
  spec.classes = 2;  // custody first
  trial_rooms_ = std::make_unique<sim::ServerPool>(ctx.engine, std::move(spec), *this);
  ending_.resize(trial_rooms_->spec().servers, Ending::none);
  const int first = ctx.calendar.next_sitting_day(0);
  if (first < ctx.calendar.days()) {
    ctx.engine.at(first, *this, kDayStart, static_cast<std::uint64_t>(first));
  }
}

void CrownCourtCentre::schedule_hearing(Slot slot, std::uint32_t kind, int earliest_day) {
  const int day = ctx_.calendar.next_sitting_day(std::max(earliest_day, ctx_.today()));
  const double at = std::max(day + kHearsAt, ctx_.now());
  ctx_.cases[slot].pending = ctx_.engine.at(at, *this, kind, slot);
}

void CrownCourtCentre::wait_for_trial(Slot slot) {
  Case& c = ctx_.cases[slot];
  c.job = trial_rooms_->submit(slot, c.record.custody ? 0 : 1).value;
}

void CrownCourtCentre::schedule_late_plea(Slot slot, double at) {
  ctx_.cases[slot].pending = ctx_.engine.at(at, *this, kLatePlea, slot);
}

void CrownCourtCentre::on_event(std::uint32_t kind, std::uint64_t arg) {
  const auto slot = static_cast<Slot>(arg);
  switch (static_cast<Kind>(kind)) {
    case kPtph:
      ctx_.cases[slot].pending = {};
      part_days_today_ += ctx_.scenario.crown.ptph_sitting_days;
      owner_.ptph(slot);
      break;
    case kSentence:
      ctx_.cases[slot].pending = {};
      part_days_today_ += ctx_.scenario.crown.sentence_sitting_days;
      owner_.sentence(slot);
      break;
    case kRelisted:
      ctx_.cases[slot].pending = {};
      wait_for_trial(slot);
      break;
    case kLatePlea: {
      Case& c = ctx_.cases[slot];
      c.pending = {};
      if (!trial_rooms_->withdraw(sim::JobId{c.job})) break;  // its trial has begun
      c.job = 0;
      if (c.record.hearings < 255) ++c.record.hearings;
      ctx_.report(slot, CaseEvent::guilty_plea);
      schedule_hearing(
          slot, kSentence,
          ctx_.today() + static_cast<int>(std::ceil(ctx_.scenario.crown.sentence_days)));
      break;
    }
    case kDayStart:
      day_start(static_cast<int>(arg));
      break;
    case kDayEnd:
      day_end(static_cast<int>(arg));
      break;
  }
}

void CrownCourtCentre::day_start(int day) {
  busy_area_at_day_start_ = trial_rooms_->busy_servers().area(ctx_.now());
  part_days_today_ = 0;
  ctx_.engine.at(day + kDayEndsAt, *this, kDayEnd, static_cast<std::uint64_t>(day));
}

void CrownCourtCentre::day_end(int day) {
  const double trial_days =
      (trial_rooms_->busy_servers().area(ctx_.now()) - busy_area_at_day_start_) / kDayEndsAt;
  const double available = rooms_[static_cast<std::size_t>(day)];
  ctx_.observer.on_court_day(Court::crown, index_, day, available, trial_days + part_days_today_);
  if (ctx_.scenario.costs) ctx_.cost(available * ctx_.scenario.costs->crown_sitting_day);
  const int next = ctx_.calendar.next_sitting_day(day + 1);
  if (next < ctx_.calendar.days()) {
    ctx_.engine.at(next, *this, kDayStart, static_cast<std::uint64_t>(next));
  }
}

sim::Time CrownCourtCentre::on_start(std::uint64_t tag, std::uint32_t room) {
  const auto slot = static_cast<Slot>(tag);
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.crown;
  const auto& g = p.groups[r.group];
  c.job = 0;
  ctx_.engine.cancel(c.pending);  // a later plea that has not come yet: the trial comes first
  c.pending = {};
  if (r.hearings < 255) ++r.hearings;
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  if (r.trial_listings < 255) ++r.trial_listings;
  ctx_.report(slot, CaseEvent::trial_listed);
  owner_.check_custody_time_limit(slot);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->crown_trial : 0);
  ending_[room] = Ending::none;
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/true);
    return p.lost_sitting_days_cracked;
  }
  sim::Rng rng = ctx_.rng(purpose::crown_trial, c, r.trial_listings);
  const double u = rng.uniform();
  const double second = rng.uniform();
  const TrialDay day = trial_day(u, g.trial.effective, g.trial.cracked);
  if (day == TrialDay::effective) {
    ctx_.report(slot, CaseEvent::trial_effective);
    const int length = std::max(1, static_cast<int>(std::ceil(g.trial_days.sample(rng) - 1e-9)));
    const int last = ctx_.calendar.nth_sitting_day(ctx_.today(), length);
    ending_[room] = Ending::verdict;
    return std::max(static_cast<double>(last + 1) - ctx_.now(), 0.0);
  }
  if (day == TrialDay::cracked) {
    crack_trial(ctx_, slot, p.trial.cracked_guilty_plea, second);
    return p.lost_sitting_days_cracked;
  }
  if (r.ineffective_listings < 255) ++r.ineffective_listings;
  r.ineffective_cause = draw_ineffective_cause(p.trial.ineffective_causes, rng.uniform());
  ctx_.report(slot, CaseEvent::trial_ineffective);
  c.pending = ctx_.engine.at(ctx_.now() + p.trial.relist_days, *this, kRelisted, slot);
  return p.lost_sitting_days_ineffective;
}

void CrownCourtCentre::on_finish(std::uint64_t tag, std::uint32_t room) {
  if (ending_[room] != Ending::verdict) return;  // cracked or ineffective: dealt with at the start
  ending_[room] = Ending::none;
  const auto slot = static_cast<Slot>(tag);
  const Case& c = ctx_.cases[slot];
  sim::Rng rng = ctx_.rng(purpose::crown_trial, c, c.record.trial_listings);
  (void)rng.uniform();
  const double verdict = rng.uniform();
  const auto& g = ctx_.scenario.crown.groups[c.record.group];
  ctx_.close(slot, verdict < g.trial.conviction ? Outcome::convicted_verdict : Outcome::acquitted);
}

CrownStage::CrownStage(Context& ctx) : ctx_(ctx) {
  const auto& centres = ctx.scenario.crown.centres;
  for (std::size_t i = 0; i < centres.size(); ++i) {
    centres_.push_back(std::make_unique<CrownCourtCentre>(*this, ctx, static_cast<int>(i)));
    ctx.engine.attach(*centres_.back(), "crown/" + centres[i].name);
  }
}

void CrownStage::send(Slot slot, double age, bool from_stock) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  r.sent_to_crown = ctx_.now() - age;
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, 0);
  const double u = rng.uniform();
  double running = 0;
  r.crown_centre = 0;
  const auto& centres = ctx_.scenario.crown.centres;
  for (std::size_t i = 0; i < centres.size(); ++i) {
    running +=
        from_stock && centres[i].stock_share >= 0 ? centres[i].stock_share : centres[i].share;
    r.crown_centre = static_cast<std::uint8_t>(i);
    if (u < running) break;
  }
  ctx_.move(slot, Stage::crown);
}

void CrownStage::receive_sent(Slot slot) {
  send(slot, 0);
  ctx_.report(slot, CaseEvent::sent_to_crown);
  const CaseRecord& r = ctx_.cases[slot].record;
  centres_[r.crown_centre]->schedule_hearing(
      slot, CrownCourtCentre::kPtph,
      ctx_.today() + static_cast<int>(std::ceil(ctx_.scenario.crown.ptph_days)));
}

void CrownStage::receive_committal(Slot slot) {
  ctx_.cases[slot].record.committed_for_sentence = true;
  send(slot, 0);
  ctx_.report(slot, CaseEvent::sent_to_crown);
  const CaseRecord& r = ctx_.cases[slot].record;
  centres_[r.crown_centre]->schedule_hearing(
      slot, CrownCourtCentre::kSentence,
      ctx_.today() + static_cast<int>(std::ceil(ctx_.scenario.crown.sentence_days)));
}

void CrownStage::open_from_stock(Slot slot, double age, bool awaiting_trial) {
  send(slot, age, true);
  const CaseRecord& r = ctx_.cases[slot].record;
  CrownCourtCentre& centre = *centres_[r.crown_centre];
  if (awaiting_trial) {
    // Past the PTPH, not guilty so far: some will still plead before their trial.
    Case& c = ctx_.cases[slot];
    sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, 1);
    (void)rng.uniform();  // the PTPH plea, already made
    const double late_draw = rng.uniform();
    const double since_ptph = std::max(0.0, age - ctx_.scenario.crown.ptph_days);
    const double late_after = ctx_.scenario.crown.late_plea_days.sample_remaining(rng, since_ptph);
    if (late_draw < ctx_.scenario.crown.groups[r.group].late_guilty_plea) {
      centre.schedule_late_plea(slot, ctx_.now() + late_after);
    }
    centre.wait_for_trial(slot);
    return;
  }
  // Awaiting the PTPH means sent within the last ptph_days: in a steady flow the time left is
  // uniform over that interval (the stock's age says how long it has been open, not this).
  Case& c = ctx_.cases[slot];
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, 2);
  const double remaining = rng.uniform() * ctx_.scenario.crown.ptph_days;
  c.record.sent_to_crown = ctx_.now() - (ctx_.scenario.crown.ptph_days - remaining);
  centre.schedule_hearing(slot, CrownCourtCentre::kPtph,
                          ctx_.today() + static_cast<int>(std::ceil(remaining)));
}

void CrownStage::ptph(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  if (r.hearings < 255) ++r.hearings;
  r.ptph = ctx_.now();
  ctx_.report(slot, CaseEvent::ptph);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->ptph : 0);
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/false);
    return;
  }
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, 1);
  const auto& g = ctx_.scenario.crown.groups[r.group];
  const double plea_draw = rng.uniform();
  const double late_draw = rng.uniform();
  const double late_after = ctx_.scenario.crown.late_plea_days.sample(rng);
  if (plea_draw < g.guilty_plea_ptph) {
    ctx_.report(slot, CaseEvent::guilty_plea);
    centres_[r.crown_centre]->schedule_hearing(
        slot, CrownCourtCentre::kSentence,
        ctx_.today() + static_cast<int>(std::ceil(ctx_.scenario.crown.sentence_days)));
    return;
  }
  CrownCourtCentre& centre = *centres_[r.crown_centre];
  // The later plea is set first: a trial that starts at once cancels it.
  if (late_draw < g.late_guilty_plea) centre.schedule_late_plea(slot, ctx_.now() + late_after);
  centre.wait_for_trial(slot);
}

void CrownStage::sentence(Slot slot) {
  CaseRecord& r = ctx_.cases[slot].record;
  if (r.hearings < 255) ++r.hearings;
  ctx_.report(slot, CaseEvent::sentenced);
  ctx_.close(slot, Outcome::convicted_plea);
}

void CrownStage::check_custody_time_limit(Slot slot) {
  Case& c = ctx_.cases[slot];
  if (!c.record.custody || c.ctl_breached || std::isnan(c.record.sent_to_crown)) return;
  if (ctx_.now() - c.record.sent_to_crown > ctx_.scenario.crown.custody_time_limit_days) {
    c.ctl_breached = true;
    ctx_.report(slot, CaseEvent::custody_time_limit_breached);
  }
}

}  // namespace cj

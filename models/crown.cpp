#include "models/crown.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/attrition.hpp"
#include "models/charged.hpp"
#include "models/trial_day.hpp"

namespace cj {
namespace {

// PTPHs and sentences are heard at midday; rooms change over at the start of a day, and a day's
// court time is reported just before it ends.
constexpr double kHearsAt = 0.5;
constexpr double kDayEndsAt = 0.999;

// Trial queue classes: custody cases are tried first.
constexpr std::uint32_t kCustodyClass = 0;
constexpr std::uint32_t kBailClass = 1;
constexpr std::uint32_t kTrialQueueClasses = 2;

// The case's PTPH stream: draw set 0 picks the centre, set 1 the pleas, set 2 the time left
// before the PTPH of a stock case.
constexpr std::uint64_t kCentreDraw = 0;
constexpr std::uint64_t kPleaDraw = 1;
constexpr std::uint64_t kStockPtphDraw = 2;

// A trial length drawn a hair over a whole number of days is that many days, not one more.
constexpr double kWholeDaySlack = 1e-9;

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
  spec.classes = kTrialQueueClasses;
  trial_rooms_ = std::make_unique<sim::ServerPool>(ctx.engine, std::move(spec), *this);
  ending_.resize(trial_rooms_->spec().servers, Ending::nothing_more);
  const int first = ctx.calendar.next_sitting_day(0);
  if (first < ctx.calendar.days()) schedule(ctx.engine, first, CrownDay::opens, first);
}

void CrownCourtCentre::schedule_hearing(Slot slot, CrownHearing hearing, int earliest_day) {
  const int day = ctx_.calendar.next_sitting_day(std::max(earliest_day, ctx_.today()));
  const double at = std::max(day + kHearsAt, ctx_.now());
  ctx_.cases[slot].pending = schedule(ctx_.engine, at, hearing, slot);
}

void CrownCourtCentre::wait_for_trial(Slot slot) {
  Case& c = ctx_.cases[slot];
  c.job = trial_rooms_->submit(slot, c.record.custody ? kCustodyClass : kBailClass).value;
}

void CrownCourtCentre::schedule_later_guilty_plea(Slot slot, double at) {
  ctx_.cases[slot].pending = schedule(ctx_.engine, at, TrialWait::later_guilty_plea, slot);
}

void CrownCourtCentre::on(CrownHearing hearing, Slot slot) {
  ctx_.cases[slot].pending = {};
  switch (hearing) {
    case CrownHearing::ptph:
      part_days_today_ += ctx_.scenario.crown.ptph_sitting_days;
      owner_.hold_ptph(slot);
      break;
    case CrownHearing::sentence:
      part_days_today_ += ctx_.scenario.crown.sentence_sitting_days;
      owner_.hold_sentence_hearing(slot);
      break;
  }
}

void CrownCourtCentre::on(TrialWait wait, Slot slot) {
  ctx_.cases[slot].pending = {};
  switch (wait) {
    case TrialWait::relisted:
      wait_for_trial(slot);
      break;
    case TrialWait::later_guilty_plea:
      later_guilty_plea(slot);
      break;
  }
}

void CrownCourtCentre::later_guilty_plea(Slot slot) {
  Case& c = ctx_.cases[slot];
  if (!trial_rooms_->withdraw(sim::JobId{c.job})) return;  // its trial has begun
  c.job = 0;
  count_up(c.record.hearings);
  ctx_.report(slot, CaseEvent::guilty_plea);
  schedule_hearing(slot, CrownHearing::sentence, ctx_.day_after(ctx_.scenario.crown.sentence_days));
}

void CrownCourtCentre::on(CrownDay event, int day) {
  switch (event) {
    case CrownDay::opens:
      open_day(day);
      break;
    case CrownDay::closes:
      close_day(day);
      break;
  }
}

void CrownCourtCentre::open_day(int day) {
  busy_area_at_day_start_ = trial_rooms_->busy_servers().area(ctx_.now());
  part_days_today_ = 0;
  schedule(ctx_.engine, day + kDayEndsAt, CrownDay::closes, day);
}

void CrownCourtCentre::close_day(int day) {
  // Room-days of trials today: the area under the busy rooms since the day opened.
  const double trial_days =
      (trial_rooms_->busy_servers().area(ctx_.now()) - busy_area_at_day_start_) / kDayEndsAt;
  const double available = rooms_[static_cast<std::size_t>(day)];
  ctx_.observer.on_court_day(Court::crown, index_, day, available, trial_days + part_days_today_);
  if (ctx_.scenario.costs) ctx_.cost(available * ctx_.scenario.costs->crown_sitting_day);
  const int next = ctx_.calendar.next_sitting_day(day + 1);
  if (next < ctx_.calendar.days()) schedule(ctx_.engine, next, CrownDay::opens, next);
}

sim::Time CrownCourtCentre::start_case(Slot slot, std::uint32_t room) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.crown;
  const auto& g = p.groups[r.group];
  c.job = 0;
  ctx_.engine.cancel(c.pending);  // a later plea that has not come yet: the trial comes first
  c.pending = {};
  count_up(r.hearings);
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  count_up(r.trial_listings);
  ctx_.report(slot, CaseEvent::trial_listed);
  owner_.check_custody_time_limit(slot);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->crown_trial : 0);
  ending_[room] = Ending::nothing_more;
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
    // The trial holds the room to the end of its last sitting day.
    const double drawn = g.trial_days.sample(rng);
    const int length = std::max(1, static_cast<int>(std::ceil(drawn - kWholeDaySlack)));
    const int last = ctx_.calendar.nth_sitting_day(ctx_.today(), length);
    ending_[room] = Ending::verdict;
    return std::max(static_cast<double>(last + 1) - ctx_.now(), 0.0);
  }
  if (day == TrialDay::cracked) {
    crack_trial(ctx_, slot, p.trial.cracked_guilty_plea, second);
    return p.lost_sitting_days_cracked;
  }
  count_up(r.ineffective_listings);
  r.ineffective_cause = draw_ineffective_cause(p.trial.ineffective_causes, rng.uniform());
  ctx_.report(slot, CaseEvent::trial_ineffective);
  c.pending = schedule(ctx_.engine, ctx_.now() + p.trial.relist_days, TrialWait::relisted, slot);
  return p.lost_sitting_days_ineffective;
}

void CrownCourtCentre::finish_case(Slot slot, std::uint32_t room) {
  if (ending_[room] != Ending::verdict) return;
  ending_[room] = Ending::nothing_more;
  const Case& c = ctx_.cases[slot];
  // The trial's stream, as at its start: the day's outcome, the plea if cracked, the verdict.
  sim::Rng rng = ctx_.rng(purpose::crown_trial, c, c.record.trial_listings);
  (void)rng.uniform();
  const double verdict = rng.uniform();
  const auto& g = ctx_.scenario.crown.groups[c.record.group];
  ctx_.close(slot, verdict < g.trial.conviction ? Outcome::convicted_verdict : Outcome::acquitted);
}

CrownStage::CrownStage(Context& ctx) : Node("crown"), ctx_(ctx) {
  const auto& centres = ctx.scenario.crown.centres;
  for (std::size_t i = 0; i < centres.size(); ++i) {
    centres_.push_back(std::make_unique<CrownCourtCentre>(*this, ctx, static_cast<int>(i)));
    ctx.engine.attach(*centres_.back(), "crown/" + centres[i].name);
  }
}

CrownCourtCentre& CrownStage::centre_of(Slot slot) {
  return *centres_[ctx_.cases[slot].record.crown_centre];
}

void CrownStage::send(Slot slot, double age, bool from_stock) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  r.sent_to_crown = ctx_.now() - age;
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kCentreDraw);
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
  centre_of(slot).schedule_hearing(slot, CrownHearing::ptph,
                                   ctx_.day_after(ctx_.scenario.crown.ptph_days));
}

void CrownStage::receive_committal(Slot slot) {
  ctx_.cases[slot].record.committed_for_sentence = true;
  send(slot, 0);
  ctx_.report(slot, CaseEvent::sent_to_crown);
  centre_of(slot).schedule_hearing(slot, CrownHearing::sentence,
                                   ctx_.day_after(ctx_.scenario.crown.sentence_days));
}

void CrownStage::receive_later_entry(Slot slot) {
  settle_at_charge(ctx_, slot, 0);
  receive_sent(slot);
}

void CrownStage::await_trial(Slot slot, bool pleads_later, double later_plea_after) {
  CrownCourtCentre& centre = centre_of(slot);
  // The later plea is set first: a trial that starts at once cancels it.
  if (pleads_later) centre.schedule_later_guilty_plea(slot, ctx_.now() + later_plea_after);
  centre.wait_for_trial(slot);
}

void CrownStage::open_from_stock(Slot slot, const StockCase& stock) {
  settle_at_charge(ctx_, slot, stock.age);
  ctx_.cases[slot].record.charge = kNotReached;  // known only as "before sending"
  send(slot, stock.age, true);
  Case& c = ctx_.cases[slot];
  const auto& p = ctx_.scenario.crown;
  if (stock.awaiting_trial) {
    // Past the PTPH, not guilty so far: some will still plead before their trial.
    sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kPleaDraw);
    (void)rng.uniform();  // the PTPH plea, already made
    const double later_draw = rng.uniform();
    const double since_ptph = std::max(0.0, stock.age - p.ptph_days);
    const double later_after = p.late_plea_days.sample_remaining(rng, since_ptph);
    await_trial(slot, later_draw < p.groups[c.record.group].late_guilty_plea, later_after);
    return;
  }
  // Awaiting the PTPH means sent within the last ptph_days: in a steady flow the time left is
  // uniform over that interval (the stock's age says how long it has been open, not this).
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kStockPtphDraw);
  const double remaining = rng.uniform() * p.ptph_days;
  c.record.sent_to_crown = ctx_.now() - (p.ptph_days - remaining);
  centre_of(slot).schedule_hearing(slot, CrownHearing::ptph, ctx_.day_after(remaining));
}

void CrownStage::hold_ptph(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  count_up(r.hearings);
  r.ptph = ctx_.now();
  ctx_.report(slot, CaseEvent::ptph);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->ptph : 0);
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/false);
    return;
  }
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kPleaDraw);
  const auto& g = ctx_.scenario.crown.groups[r.group];
  const double plea_draw = rng.uniform();
  const double later_draw = rng.uniform();
  const double later_after = ctx_.scenario.crown.late_plea_days.sample(rng);
  if (plea_draw < g.guilty_plea_ptph) {
    ctx_.report(slot, CaseEvent::guilty_plea);
    centre_of(slot).schedule_hearing(slot, CrownHearing::sentence,
                                     ctx_.day_after(ctx_.scenario.crown.sentence_days));
    return;
  }
  await_trial(slot, later_draw < g.late_guilty_plea, later_after);
}

void CrownStage::hold_sentence_hearing(Slot slot) {
  count_up(ctx_.cases[slot].record.hearings);
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

void CrownStage::at_horizon() {
  ctx_.cases.for_each_open([&](Slot slot, Case& c) {
    if (c.record.stage == Stage::crown) check_custody_time_limit(slot);
  });
}

}  // namespace cj

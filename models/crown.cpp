#include "models/crown.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/attrition.hpp"
#include "models/charged.hpp"
#include "models/trial_day.hpp"
#include "sim/check.hpp"

namespace cj {
namespace {

// Times of day: rooms sit in the morning; the listing office lists in the evening.
constexpr double kSitsAt = 0.4;
constexpr double kListsAt = 0.75;

// Booking classes of a centre's diary: short hearings may book the time kept for them, custody
// trials the time kept for them, other trials neither until it is released. Relisted trials come
// before the other bail trials in the queue (and so in the warned list and when trials are
// brought forward), not in kept time.
constexpr std::uint32_t kTrialClass = 0;
constexpr std::uint32_t kShortHearingClass = 1;
constexpr std::uint32_t kCustodyClass = 2;

// The case's PTPH stream: draw set 0 picks the centre, set 1 the pleas, set 2 the time left
// before the PTPH of a stock case, set 3 the trial's length, set 4 the plea at the review.
constexpr std::uint64_t kCentreDraw = 0;
constexpr std::uint64_t kPleaDraw = 1;
constexpr std::uint64_t kStockPtphDraw = 2;
constexpr std::uint64_t kLengthDraw = 3;
constexpr std::uint64_t kReviewDraw = 4;

// A trial length drawn a hair over a whole number of days is that many days, not one more.
constexpr double kWholeDaySlack = 1e-9;

Listing centre_listing(const Context& ctx, const CrownCentre& centre) {
  const auto& p = ctx.scenario.crown;
  const auto& l = p.listing;
  sim::Diary::Rules rules;
  rules.overbooking = l.overlisting;
  if (l.short_hearing_share > 0) {
    rules.reserves.push_back({kShortHearingClass, l.short_hearing_share,
                              static_cast<std::uint32_t>(l.short_hearing_release_days)});
  }
  if (l.custody_share > 0) {
    rules.reserves.push_back(
        {kCustodyClass, l.custody_share, static_cast<std::uint32_t>(l.custody_release_days)});
  }
  rules.smallest_booking = std::min({p.ptph_sitting_days, p.pre_trial_review_sitting_days,
                                     p.sentence_sitting_days, p.committal_sitting_days});
  // Room-days: a centre's rooms sitting each day, whole rooms carrying fractions over.
  auto rooms = whole_per_day(daily_levels(ctx.calendar, centre.rooms, &p.sitting_days_scale));
  Listing::Rules listing;
  listing.fixture_horizon_days = static_cast<std::uint32_t>(l.fixture_horizon_days);
  listing.bring_forward_days = static_cast<std::uint32_t>(
      std::ceil(std::max(l.short_hearing_release_days, l.custody_release_days)));
  return Listing(sim::Diary(std::move(rooms), rules), listing);
}

double hearing_time(const Crown& p, Hearing hearing) {
  switch (hearing) {
    case Hearing::ptph:
      return p.ptph_sitting_days;
    case Hearing::pre_trial_review:
      return p.pre_trial_review_sitting_days;
    case Hearing::committal:
      return p.committal_sitting_days;
    case Hearing::trial:
      return 1.0;
    default:
      return p.sentence_sitting_days;
  }
}

}  // namespace

CrownCourtCentre::CrownCourtCentre(CrownStage& owner, Context& ctx, int index)
    : owner_(owner),
      ctx_(ctx),
      index_(index),
      listing_(centre_listing(ctx, ctx.scenario.crown.centres[static_cast<std::size_t>(index)])) {
  const int first = ctx.calendar.next_sitting_day(0);
  if (first < ctx.calendar.days()) schedule(ctx.engine, first + kSitsAt, CrownDay::sits, first);
}

Ticket CrownCourtCentre::request(Slot slot, Hearing hearing, int earliest_day, bool relisted,
                                 double asked_at) {
  const Case& c = ctx_.cases[slot];
  const auto& p = ctx_.scenario.crown;
  const bool trial = hearing == Hearing::trial;
  ListingRequest q;
  q.slot = slot;
  q.case_id = c.record.id;
  q.hearing = hearing;
  q.priority = c.record.custody ? Priority::custody
               : relisted       ? Priority::relisted
                                : Priority::other;
  q.booking_class = !trial ? kShortHearingClass : c.record.custody ? kCustodyClass : kTrialClass;
  q.amount = hearing_time(p, hearing);
  q.earliest = std::max(earliest_day, ctx_.today() + 1);
  q.asked_at = asked_at < 0 ? ctx_.now() : asked_at;
  q.movable = trial;
  if (trial) {
    sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kLengthDraw);
    const double drawn = p.groups[c.record.group].trial_days.sample(rng);
    q.span_days = static_cast<std::uint32_t>(std::max(1.0, std::ceil(drawn - kWholeDaySlack)));
  }
  const Ticket t = listing_.request(q);
  list_tonight();
  return t;
}

void CrownCourtCentre::list_tonight() {
  // Requests made after tonight's listing wait for the next sitting day's.
  int day = ctx_.now() <= ctx_.today() + kListsAt ? ctx_.today() : ctx_.today() + 1;
  day = ctx_.calendar.next_sitting_day(day);
  if (listing_due_ == day || day >= ctx_.calendar.days()) return;
  listing_due_ = day;
  schedule(ctx_.engine, day + kListsAt, CrownDay::lists, day);
}

void CrownCourtCentre::on(CrownDay event, int day) {
  switch (event) {
    case CrownDay::sits: {
      sit(day);
      const int next = ctx_.calendar.next_sitting_day(day + 1);
      if (next < ctx_.calendar.days()) schedule(ctx_.engine, next + kSitsAt, CrownDay::sits, next);
      break;
    }
    case CrownDay::lists:
      listing_due_ = -1;
      listing_.list(day, [this](const ListingRequest& r, int on) { owner_.on_listed(r, on); });
      break;
  }
}

void CrownCourtCentre::sit(int day) {
  const double offered = listing_.diary().capacity(static_cast<std::uint32_t>(day));
  double free = offered;
  double used = continue_trials(day, free);
  auto listed = listing_.take(day);
  // Short hearings first (a few minutes each, before the day's trials start), then trials in
  // listing order while rooms are free: an over-listed day leaves the last not reached.
  for (const Listed& l : listed) {
    if (l.request.hearing == Hearing::trial) continue;
    if (l.request.amount > free + 1e-9) {
      not_reached(l);
      continue;
    }
    free -= l.request.amount;
    used += l.request.amount;
    owner_.hold_hearing(l.request);
  }
  for (const Listed& l : listed) {
    if (l.request.hearing == Hearing::trial) start_trial(l, day, free, used);
  }
  // A room freed by a trial that did not go ahead takes a floater from the warned list.
  while (free >= 1.0 - 1e-9) {
    const auto floater = listing_.call_floater(day);
    if (!floater) break;
    start_trial(*floater, day, free, used);
  }
  sim::require(used <= offered + 1e-9, "Crown Court room-days used", used,
               "at most those sitting (" + sim::format_number(offered) + ")");
  ctx_.observer.on_court_day(Court::crown, index_, day, offered, used);
  if (ctx_.scenario.costs) ctx_.cost(offered * ctx_.scenario.costs->crown_sitting_day);
}

double CrownCourtCentre::continue_trials(int day, double& free) {
  double used = 0;
  std::size_t kept = 0;
  for (Running& r : running_) {
    if (r.next_day == day) {
      // A trial sits while a room is free; on a day over-listing has filled, it loses the day.
      if (free >= 1.0 - 1e-9) {
        free -= 1.0;
        used += 1.0;
        --r.days_left;
      }
      r.next_day = ctx_.calendar.next_sitting_day(day + 1);
    }
    if (r.days_left > 0) {
      running_[kept++] = r;
    } else {
      give_verdict(r.slot);
    }
  }
  running_.resize(kept);
  return used;
}

void CrownCourtCentre::give_verdict(Slot slot) {
  const Case& c = ctx_.cases[slot];
  // The trial's stream, as at its start: the day's outcome, then the verdict.
  sim::Rng rng = ctx_.rng(purpose::crown_trial, c, c.record.trial_listings);
  (void)rng.uniform();
  const double verdict = rng.uniform();
  const auto& g = ctx_.scenario.crown.groups[c.record.group];
  ctx_.close(slot, verdict < g.trial.conviction ? Outcome::convicted_verdict : Outcome::acquitted);
}

void CrownCourtCentre::give_back_from(const Listed& l, int day) {
  for (const auto& b : l.bookings) {
    if (static_cast<int>(b.day) >= day) listing_.give_back(b);
  }
}

void CrownCourtCentre::not_reached(const Listed& l) {
  Case& c = ctx_.cases[l.request.slot];
  if (!c.open || c.record.id != l.request.case_id) return;
  const int today = ctx_.today();
  give_back_from(l, today);
  if (l.request.hearing != Hearing::trial) {
    request(l.request.slot, l.request.hearing, today + 1, /*relisted=*/true);
    return;
  }
  CaseRecord& r = c.record;
  count_up(r.hearings);
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  count_up(r.trial_listings);
  count_up(r.ineffective_listings);
  r.ineffective_cause = IneffectiveCause::no_court_time;
  ctx_.report(l.request.slot, CaseEvent::trial_ineffective);
  c.trial_ticket = request(l.request.slot, Hearing::trial, today + 1, /*relisted=*/true);
}

void CrownCourtCentre::start_trial(const Listed& l, int day, double& free, double& used) {
  const Slot slot = l.request.slot;
  Case& c = ctx_.cases[slot];
  // The case may have ended, or pleaded at a review heard earlier today, since it was listed.
  if (!c.open || c.record.id != l.request.case_id || c.trial_ticket != l.ticket) {
    give_back_from(l, day);
    return;
  }
  c.trial_ticket = kNoTicket;
  if (free < 1.0 - 1e-9) {
    not_reached(l);
    return;
  }
  free -= 1.0;
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.crown;
  const auto& g = p.groups[r.group];
  count_up(r.hearings);
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  count_up(r.trial_listings);
  ctx_.report(slot, CaseEvent::trial_listed);
  owner_.check_custody_time_limit(slot);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->crown_trial : 0);
  // A trial that does not go ahead loses part of the day; the rest of the room, and its later
  // days, are given back for floaters.
  const auto ends_today = [&](double lost) {
    free += 1.0 - lost;
    used += lost;
    give_back_from(l, day);
  };
  if (withdrawn_after_charge(ctx_, c)) {
    ends_today(p.lost_sitting_days_cracked);
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/true);
    return;
  }
  // A defendant who would have pleaded at the review, tried before it: the plea comes on the day.
  if (c.review_listed && owner_.pleads_later(slot, ctx_.now())) {
    c.review_listed = false;
    ends_today(p.lost_sitting_days_cracked);
    crack_trial(ctx_, slot, /*guilty_plea_share=*/1.0, 0.0);
    return;
  }
  sim::Rng rng = ctx_.rng(purpose::crown_trial, c, r.trial_listings);
  const double u = rng.uniform();
  const double second = rng.uniform();
  const TrialDay outcome = trial_day(u, g.trial.effective, g.trial.cracked);
  if (outcome == TrialDay::effective) {
    ctx_.report(slot, CaseEvent::trial_effective);
    used += 1.0;
    // The first of its sitting days is today; the rest are booked in the diary.
    const int days_left = static_cast<int>(l.request.span_days) - 1;
    if (days_left == 0) {
      give_verdict(slot);
    } else {
      running_.push_back(Running{slot, r.id, days_left, ctx_.calendar.next_sitting_day(day + 1)});
    }
    return;
  }
  if (outcome == TrialDay::cracked) {
    ends_today(p.lost_sitting_days_cracked);
    crack_trial(ctx_, slot, p.trial.cracked_guilty_plea, second);
    return;
  }
  ends_today(p.lost_sitting_days_ineffective);
  count_up(r.ineffective_listings);
  r.ineffective_cause = draw_ineffective_cause(p.trial.ineffective_causes, rng.uniform());
  ctx_.report(slot, CaseEvent::trial_ineffective);
  c.trial_ticket = request(slot, Hearing::trial, ctx_.day_after(p.trial.relist_days),
                           /*relisted=*/true);
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
  centre_of(slot).request(slot, Hearing::ptph, ctx_.day_after(ctx_.scenario.crown.ptph_days));
}

void CrownStage::receive_committal(Slot slot) {
  ctx_.cases[slot].record.committed_for_sentence = true;
  send(slot, 0);
  ctx_.report(slot, CaseEvent::sent_to_crown);
  centre_of(slot).request(slot, Hearing::committal,
                          ctx_.day_after(ctx_.scenario.crown.sentence_days));
}

void CrownStage::receive_later_entry(Slot slot) {
  settle_at_charge(ctx_, slot, 0);
  receive_sent(slot);
}

void CrownStage::open_from_stock(Slot slot, const StockCase& stock) {
  settle_at_charge(ctx_, slot, stock.age);
  ctx_.cases[slot].record.charge = kNotReached;  // known only as "before sending"
  Case& c = ctx_.cases[slot];
  const auto& p = ctx_.scenario.crown;
  double age = stock.age;
  if (c.record.custody && age > p.custody_time_limit_days) {
    // Remanded cases open within their time limit, as a flow that lists them first leaves them
    // (few are extended): the age is folded back into the limit.
    age = std::fmod(age, p.custody_time_limit_days);
  }
  send(slot, age, true);
  if (stock.awaiting_trial) {
    // Past the PTPH, not guilty: it asked for its trial at the PTPH and keeps that place.
    ask_for_trial(slot, ctx_.now() - std::max(0.0, age - p.ptph_days));
    return;
  }
  if (stock.awaiting_sentence) {
    // Pleaded guilty at the PTPH (or committed for sentence): the sentence still to come.
    const double since_plea = std::max(0.0, age - p.ptph_days);
    centre_of(slot).request(
        slot, Hearing::sentence,
        ctx_.today() + std::max(1, static_cast<int>(std::ceil(p.sentence_days - since_plea))),
        false, ctx_.now() - since_plea);
    return;
  }
  // Awaiting the PTPH means sent within the last ptph_days: in a steady flow the time left is
  // uniform over that interval (the stock's age says how long it has been open, not this).
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kStockPtphDraw);
  const double remaining = rng.uniform() * p.ptph_days;
  c.record.sent_to_crown = ctx_.now() - (p.ptph_days - remaining);
  centre_of(slot).request(slot, Hearing::ptph, ctx_.day_after(remaining), false,
                          c.record.sent_to_crown);
}

void CrownStage::on_listed(const ListingRequest& r, int /*day*/) {
  ctx_.report(r.slot,
              r.hearing == Hearing::trial ? CaseEvent::trial_listed : CaseEvent::hearing_listed);
}

void CrownStage::hold_hearing(const ListingRequest& request) {
  const Slot slot = request.slot;
  const Case& c = ctx_.cases[slot];
  if (!c.open || c.record.id != request.case_id) return;  // ended before its hearing came
  switch (request.hearing) {
    case Hearing::ptph:
      hold_ptph(slot);
      break;
    case Hearing::pre_trial_review:
      hold_pre_trial_review(slot);
      break;
    default:
      hold_sentence(slot);
      break;
  }
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
  if (rng.uniform() < g.guilty_plea_ptph) {
    ctx_.report(slot, CaseEvent::guilty_plea);
    centre_of(slot).request(slot, Hearing::sentence,
                            ctx_.day_after(ctx_.scenario.crown.sentence_days));
    return;
  }
  ctx_.report(slot, CaseEvent::not_guilty_plea);
  ask_for_trial(slot, ctx_.now());
}

void CrownStage::ask_for_trial(Slot slot, double asked_at) {
  Case& c = ctx_.cases[slot];
  const auto& p = ctx_.scenario.crown;
  const double lead = c.record.custody ? p.custody_preparation_days : p.trial_preparation_days;
  c.trial_ticket = centre_of(slot).request(
      slot, Hearing::trial, static_cast<int>(std::ceil(asked_at + lead)), false, asked_at);
  // The review comes a set time after the PTPH, whenever the trial is fixed, so that who pleads
  // later does not depend on how the trial was listed (a stock case past it has had it).
  const int review = static_cast<int>(std::ceil(asked_at + p.pre_trial_review_days));
  if (review <= ctx_.today()) return;
  c.review_listed = true;
  centre_of(slot).request(slot, Hearing::pre_trial_review, review, false, asked_at);
}

bool CrownStage::pleads_later(Slot slot, double trial_day) {
  Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.crown;
  // A fixed share of the not guilty, unless an elasticity with the wait from PTPH to the trial
  // is given (an explicit assumption, 0 by default).
  double share = p.groups[r.group].late_guilty_plea;
  if (p.late_plea_wait_elasticity != 0 && !std::isnan(r.ptph)) {
    const double wait = std::max(1.0, trial_day - r.ptph);
    share *= std::pow(wait / p.late_plea_reference_days, p.late_plea_wait_elasticity);
  }
  sim::Rng rng = ctx_.rng(purpose::crown_ptph, c, kReviewDraw);
  return rng.uniform() < std::min(share, 1.0);
}

void CrownStage::hold_pre_trial_review(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  count_up(r.hearings);
  c.review_listed = false;
  if (c.trial_ticket == kNoTicket) return;  // tried already (and relisted): no longer pending
  if (withdrawn_after_charge(ctx_, c)) {
    centre_of(slot).cancel(c.trial_ticket, r.id);
    c.trial_ticket = kNoTicket;
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/false);
    return;
  }
  const auto booked = centre_of(slot).listing().booked_day(c.trial_ticket, r.id);
  const double trial_day =
      booked ? *booked : ctx_.now() + ctx_.scenario.crown.listing.fixture_horizon_days;
  if (pleads_later(slot, trial_day)) plead_guilty_before_trial(slot);
}

void CrownStage::plead_guilty_before_trial(Slot slot) {
  Case& c = ctx_.cases[slot];
  centre_of(slot).cancel(c.trial_ticket, c.record.id);  // the fixture is vacated
  c.trial_ticket = kNoTicket;
  ctx_.report(slot, CaseEvent::guilty_plea);
  centre_of(slot).request(slot, Hearing::sentence,
                          ctx_.day_after(ctx_.scenario.crown.sentence_days));
}

void CrownStage::hold_sentence(Slot slot) {
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

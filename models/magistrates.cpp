#include "models/magistrates.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/attrition.hpp"
#include "models/charged.hpp"
#include "models/trial_day.hpp"
#include "sim/check.hpp"

namespace cj {
namespace {

// Times of day: courts sit in the morning; the listing office lists in the evening.
constexpr double kSitsAt = 0.4;
constexpr double kListsAt = 0.75;

// The case's hearing stream: draw set k >= 1 is for its k-th hearing; set 0 decides where a
// not-guilty either-way case is tried.
constexpr std::uint64_t kVenueDraw = 0;

// Booking classes of the trial diary: DA trials under fast-listing may book the DA reserve,
// custody and relisted trials the priority reserve.
constexpr std::uint32_t kOrdinaryClass = 0;
constexpr std::uint32_t kDomesticAbuseClass = 1;
constexpr std::uint32_t kPriorityClass = 2;

// Whole sessions each day, carrying fractions over (7.5 sessions a day sit as 7 and 8).
std::vector<std::uint32_t> whole_sessions(const Context& ctx, const DatedSteps& steps) {
  std::vector<std::uint32_t> sessions;
  for (double n : whole_per_day(daily_levels(ctx.calendar, steps))) {
    sessions.push_back(static_cast<std::uint32_t>(n));
  }
  return sessions;
}

Listing hearing_listing(const Context& ctx, const MagistratesCourt& court) {
  const auto& p = ctx.scenario.magistrates;
  sim::Diary::Rules rules;
  rules.smallest_booking =
      std::min({p.first_hearing_minutes, p.case_management_minutes, p.sentence_minutes});
  const double longest =
      std::max({p.first_hearing_minutes, p.case_management_minutes, p.sentence_minutes});
  sim::require(longest <= p.session_minutes, "longest magistrates' hearing (minutes)", longest,
               "at most session_minutes (" + sim::format_number(p.session_minutes) + ")");
  return Listing(sim::Diary::of_sessions(whole_sessions(ctx, court.hearing_sessions),
                                         p.session_minutes, rules),
                 Listing::Rules{});
}

Listing trial_listing(const Context& ctx, const MagistratesCourt& court) {
  const auto& p = ctx.scenario.magistrates;
  sim::Diary::Rules rules;
  rules.overbooking = p.overlisting;
  double release = 0;
  if (p.da_fast_listing.enabled && p.da_fast_listing.ring_fenced_share > 0) {
    rules.reserves.push_back({kDomesticAbuseClass, p.da_fast_listing.ring_fenced_share,
                              static_cast<std::uint32_t>(p.da_fast_listing.release_days)});
    release = std::max(release, p.da_fast_listing.release_days);
  }
  if (p.priority_share > 0) {
    rules.reserves.push_back(
        {kPriorityClass, p.priority_share, static_cast<std::uint32_t>(p.priority_release_days)});
    release = std::max(release, p.priority_release_days);
  }
  rules.smallest_booking = p.groups.empty() ? 1.0 : p.groups.front().trial_minutes;
  for (const auto& g : p.groups) {
    rules.smallest_booking = std::min(rules.smallest_booking, g.trial_minutes);
    sim::require(g.trial_minutes <= p.session_minutes, "magistrates' trial minutes",
                 g.trial_minutes,
                 "at most session_minutes (" + sim::format_number(p.session_minutes) + ")");
  }
  Listing::Rules listing;
  // Room released by a reserve, or freed by a trial that will not go ahead, is filled by
  // bringing trials forward as far ahead as any reserve is released.
  listing.bring_forward_days = static_cast<std::uint32_t>(std::ceil(release));
  return Listing(
      sim::Diary::of_sessions(whole_sessions(ctx, court.trial_sessions), p.session_minutes, rules),
      listing);
}

}  // namespace

void CourtHouse::sit_on(int day) {
  if (day < ctx_.calendar.days()) {
    schedule(ctx_.engine, day + kSitsAt, CourtHouseEvent::sitting, day);
  }
}

void CourtHouse::list_tonight() {
  // Requests made after tonight's listing wait for tomorrow's.
  const int day = ctx_.now() <= ctx_.today() + kListsAt ? ctx_.today() : ctx_.today() + 1;
  if (listing_due_ == day) return;
  listing_due_ = day;
  schedule(ctx_.engine, day + kListsAt, CourtHouseEvent::listing, day);
}

void CourtHouse::on(CourtHouseEvent event, int day) {
  switch (event) {
    case CourtHouseEvent::sitting:
      owner_.sit(*this, day);
      break;
    case CourtHouseEvent::listing: {
      listing_due_ = -1;
      const auto listed = [this](const ListingRequest& r, int on) { owner_.on_listed(r, on); };
      hearings_.list(day, listed);
      trials_.list(day, listed);
      break;
    }
  }
}

MagistratesStage::MagistratesStage(Context& ctx) : Node("magistrates"), ctx_(ctx) {
  const auto& courts = ctx.scenario.magistrates.courts;
  for (std::size_t i = 0; i < courts.size(); ++i) {
    courts_.push_back(std::make_unique<CourtHouse>(*this, ctx, static_cast<int>(i),
                                                   hearing_listing(ctx, courts[i]),
                                                   trial_listing(ctx, courts[i])));
    CourtHouse& house = *courts_.back();
    ctx.engine.attach(house, "magistrates/" + courts[i].name);
    house.sit_on(ctx.calendar.next_sitting_day(0));
  }
}

double MagistratesStage::notice_days(const Case& c) const {
  const auto& p = ctx_.scenario.magistrates;
  return c.record.custody  ? p.notice_days_custody
         : c.pleads_guilty ? p.notice_days_bail_guilty
                           : p.notice_days_bail;
}

void MagistratesStage::receive_charged(Slot slot) {
  settle_at_charge(ctx_, slot, 0);
  ctx_.move(slot, Stage::magistrates);
  ctx_.report(slot, CaseEvent::charged);
  request(slot, Hearing::first_hearing, ctx_.day_after(notice_days(ctx_.cases[slot])));
}

void MagistratesStage::open_from_stock(Slot slot, const StockCase& stock) {
  settle_at_charge(ctx_, slot, stock.age);
  ctx_.move(slot, Stage::magistrates);
  const auto& p = ctx_.scenario.magistrates;
  // Where a stock case is in its current wait: in a steady flow whose waits end when they are
  // due (trials here come at their earliest date), the time already waited is uniform over the
  // wait, so the opening weeks neither bunch nor starve the diaries.
  sim::Rng rng = ctx_.rng(purpose::stock_residual, ctx_.cases[slot]);
  const double waited = rng.uniform();
  if (stock.awaiting_trial) {
    const double asked = ctx_.now() - waited * p.trial_preparation_days;
    request(slot, Hearing::trial, static_cast<int>(std::ceil(asked + p.trial_preparation_days)),
            false, asked);
    return;
  }
  if (stock.awaiting_sentence) {
    request(slot, Hearing::sentence, ctx_.day_after((1 - waited) * p.reports_days), false,
            ctx_.now() - waited * p.reports_days);
    return;
  }
  // Awaiting a first hearing: a case waits as long as its notice, so the stock holds each kind
  // in proportion to its notice (length-biased), not to how often it is charged.
  Case& c = ctx_.cases[slot];
  if (!c.record.custody && c.record.mode != Mode::indictable) {
    const auto& g = p.groups[c.record.group];
    const double share =
        c.record.mode == Mode::summary ? g.guilty_plea_summary : g.guilty_plea_either_way;
    const double guilty = share * p.notice_days_bail_guilty;
    const double weight = guilty + (1 - share) * p.notice_days_bail;
    c.pleads_guilty = weight > 0 && rng.uniform() * weight < guilty;
  }
  const double notice = notice_days(c);
  request(slot, Hearing::first_hearing, ctx_.day_after((1 - waited) * notice), false,
          ctx_.now() - waited * notice);
}

void MagistratesStage::request(Slot slot, Hearing hearing, int earliest_day, bool relisted,
                               double asked_at) {
  const Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  const bool trial = hearing == Hearing::trial;
  const bool fast = p.da_fast_listing.enabled && r.domestic_abuse && trial;
  ListingRequest q;
  q.slot = slot;
  q.case_id = r.id;
  q.hearing = hearing;
  q.priority = r.custody  ? Priority::custody
               : relisted ? Priority::relisted
               : fast     ? Priority::domestic_abuse
                          : Priority::other;
  q.booking_class = !trial                  ? kOrdinaryClass
                    : r.custody || relisted ? kPriorityClass
                    : fast                  ? kDomesticAbuseClass
                                            : kOrdinaryClass;
  q.amount = trial                                 ? p.groups[r.group].trial_minutes
             : hearing == Hearing::sentence        ? p.sentence_minutes
             : hearing == Hearing::case_management ? p.case_management_minutes
                                                   : p.first_hearing_minutes;
  // Listing happens tonight: the earliest day a hearing can take is tomorrow.
  q.earliest = std::max(earliest_day, ctx_.today() + 1);
  q.asked_at = asked_at < 0 ? ctx_.now() : asked_at;
  q.movable = trial;
  CourtHouse& court = *courts_[r.magistrates_court];
  (trial ? court.trials() : court.hearings()).request(q);
  court.list_tonight();
}

void MagistratesStage::on_listed(const ListingRequest& r, int /*day*/) {
  ctx_.report(r.slot,
              r.hearing == Hearing::trial ? CaseEvent::trial_listed : CaseEvent::hearing_listed);
}

void MagistratesStage::sit(CourtHouse& court, int day) {
  const auto& p = ctx_.scenario.magistrates;
  const auto d = static_cast<std::uint32_t>(day);
  // Hearings in listing order while the day's minutes last: the diary never books them beyond
  // the sessions, so all are heard; the check keeps capacity used within capacity offered.
  const double hearing_minutes = court.hearings().diary().capacity(d);
  double hearing_used = 0;
  for (const Listed& l : court.hearings().take(day)) {
    hearing_used += l.request.amount;
    if (l.request.hearing == Hearing::sentence) {
      hold_sentence_hearing(l.request.slot);
    } else {
      hold_plea_hearing(l.request.slot, l.request.hearing);
    }
  }
  sim::require(hearing_used <= hearing_minutes + 1e-9, "magistrates' hearing minutes used",
               hearing_used, "at most those sitting (" + sim::format_number(hearing_minutes) + ")");
  // Trials in listing order while the day's trial minutes last (over-listing may run out).
  const double trial_minutes = court.trials().diary().capacity(d);
  double used = 0;
  for (const Listed& l : court.trials().take(day)) {
    used += hold_trial(l.request.slot, trial_minutes - used);
  }
  const double available = hearing_minutes + trial_minutes;
  ctx_.observer.on_court_day(Court::magistrates, court.index(), day, available,
                             hearing_used + used);
  if (ctx_.scenario.costs)
    ctx_.cost(available / p.session_minutes * ctx_.scenario.costs->magistrates_session);
  court.sit_on(ctx_.calendar.next_sitting_day(day + 1));
}

void MagistratesStage::hold_plea_hearing(Slot slot, Hearing hearing) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  count_up(r.hearings);
  if (std::isnan(r.first_hearing)) r.first_hearing = ctx_.now();
  if (hearing == Hearing::first_hearing) ctx_.report(slot, CaseEvent::first_hearing);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->first_hearing : 0);
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/false);
    return;
  }
  sim::Rng rng = ctx_.rng(purpose::hearing, c, r.hearings);
  const double adjourn_draw = rng.uniform();
  const double reports_draw = rng.uniform();
  const double committal_draw = rng.uniform();
  if (adjourn_draw < p.adjournment) {
    ctx_.report(slot, CaseEvent::hearing_adjourned);
    request(slot, Hearing::case_management, ctx_.day_after(p.adjournment_days));
    return;
  }
  if (r.mode == Mode::indictable) {
    sent_for_trial_.send(slot);
    return;
  }
  if (c.pleads_guilty) {
    plead_guilty(slot, committal_draw, reports_draw);
    return;
  }
  plead_not_guilty(slot);
}

void MagistratesStage::plead_guilty(Slot slot, double committal_draw, double reports_draw) {
  const CaseRecord& r = ctx_.cases[slot].record;
  const auto& p = ctx_.scenario.magistrates;
  ctx_.report(slot, CaseEvent::guilty_plea);
  if (r.mode == Mode::either_way && committal_draw < p.groups[r.group].committed_for_sentence) {
    committed_for_sentence_.send(slot);
    return;
  }
  if (reports_draw < p.sentence_after_reports) {
    request(slot, Hearing::sentence, ctx_.day_after(p.reports_days));
  } else {
    ctx_.report(slot, CaseEvent::sentenced);
    ctx_.close(slot, Outcome::convicted_plea);
  }
}

void MagistratesStage::plead_not_guilty(Slot slot) {
  Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  ctx_.report(slot, CaseEvent::not_guilty_plea);
  if (r.mode == Mode::either_way) {
    sim::Rng rng = ctx_.rng(purpose::hearing, c, kVenueDraw);
    if (rng.uniform() >= p.groups[r.group].either_way_retained) {
      sent_for_trial_.send(slot);
      return;
    }
  }
  const double preparation = r.custody ? p.custody_preparation_days
                             : p.da_fast_listing.enabled && r.domestic_abuse
                                 ? p.da_fast_listing.preparation_days
                                 : p.trial_preparation_days;
  request(slot, Hearing::trial, ctx_.day_after(preparation));
}

void MagistratesStage::hold_sentence_hearing(Slot slot) {
  count_up(ctx_.cases[slot].record.hearings);
  ctx_.report(slot, CaseEvent::sentenced);
  ctx_.close(slot, Outcome::convicted_plea);
}

double MagistratesStage::hold_trial(Slot slot, double minutes_left) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  const auto& g = p.groups[r.group];
  count_up(r.hearings);
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  count_up(r.trial_listings);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->magistrates_trial : 0);
  // A trial that does not go ahead still takes a short hearing, if the day has time left.
  const double short_hearing = std::min(p.cracked_trial_minutes, std::max(minutes_left, 0.0));
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/true);
    return short_hearing;
  }
  sim::Rng rng = ctx_.rng(purpose::mags_trial, c, r.trial_listings);
  const double u = rng.uniform();
  const double second = rng.uniform();
  const double cause_draw = rng.uniform();
  const auto relist = [&](IneffectiveCause cause) {
    count_up(r.ineffective_listings);
    r.ineffective_cause = cause;
    ctx_.report(slot, CaseEvent::trial_ineffective);
    request(slot, Hearing::trial, ctx_.day_after(p.trial.relist_days), /*relisted=*/true);
  };
  const TrialDay day = trial_day(u, g.trial.effective, g.trial.cracked);
  if (day == TrialDay::effective) {
    if (g.trial_minutes > minutes_left) {
      relist(IneffectiveCause::no_court_time);  // no court time left today (over-listing)
      return 0;
    }
    ctx_.report(slot, CaseEvent::trial_effective);
    ctx_.close(slot, second < g.trial.conviction ? Outcome::convicted_verdict : Outcome::acquitted);
    return g.trial_minutes;
  }
  if (day == TrialDay::cracked) {
    crack_trial(ctx_, slot, p.trial.cracked_guilty_plea, second);
    return short_hearing;
  }
  relist(draw_ineffective_cause(p.trial.ineffective_causes, cause_draw));
  return short_hearing;
}

}  // namespace cj

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

Listing::Diaries court_diaries(const Context& ctx, const MagistratesCourt& court) {
  const auto& p = ctx.scenario.magistrates;
  Listing::Diaries d;
  // Whole sessions each day, carrying fractions over (7.5 sessions a day sit as 7 and 8).
  const auto whole = [&](const DatedSteps& steps) {
    std::vector<std::uint32_t> sessions;
    for (double n : whole_per_day(daily_levels(ctx.calendar, steps))) {
      sessions.push_back(static_cast<std::uint32_t>(n));
    }
    return sessions;
  };
  d.hearing_sessions = whole(court.hearing_sessions);
  d.trial_sessions = whole(court.trial_sessions);
  d.session_minutes = p.session_minutes;
  d.overlisting = p.overlisting;
  if (p.da_fast_listing.enabled && p.da_fast_listing.ring_fenced_share > 0) {
    d.da_reserve = sim::Diary::Reserve{Listing::kReserveClass, p.da_fast_listing.ring_fenced_share,
                                       static_cast<std::uint32_t>(p.da_fast_listing.release_days)};
  }
  d.smallest_hearing = std::min(p.first_hearing_minutes, p.sentence_minutes);
  d.smallest_trial = p.groups.empty() ? 1.0 : p.groups.front().trial_minutes;
  double longest = std::max(p.first_hearing_minutes, p.sentence_minutes);
  for (const auto& g : p.groups) {
    d.smallest_trial = std::min(d.smallest_trial, g.trial_minutes);
    longest = std::max(longest, g.trial_minutes);
  }
  // A hearing never straddles two sessions: a longer one could never be listed.
  sim::require(longest <= p.session_minutes, "longest magistrates' hearing (minutes)", longest,
               "at most session_minutes (" + sim::format_number(p.session_minutes) + ")");
  return d;
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
    case CourtHouseEvent::listing:
      listing_due_ = -1;
      listing_.list(
          day, [this](Slot slot, Hearing hearing, int on) { owner_.on_listed(slot, hearing, on); });
      break;
  }
}

MagistratesStage::MagistratesStage(Context& ctx) : Node("magistrates"), ctx_(ctx) {
  const auto& courts = ctx.scenario.magistrates.courts;
  for (std::size_t i = 0; i < courts.size(); ++i) {
    courts_.push_back(std::make_unique<CourtHouse>(*this, ctx, static_cast<int>(i),
                                                   Listing(court_diaries(ctx, courts[i]))));
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
  if (stock.awaiting_trial) {
    request(slot, Hearing::trial, ctx_.today() + 1);
    return;
  }
  // The notice left after `age` days, at least until tomorrow.
  const double notice = notice_days(ctx_.cases[slot]);
  request(slot, Hearing::first_hearing,
          ctx_.today() + std::max(1, static_cast<int>(std::ceil(notice - stock.age))));
}

void MagistratesStage::request(Slot slot, Hearing hearing, int earliest_day) {
  const CaseRecord& r = ctx_.cases[slot].record;
  const auto& p = ctx_.scenario.magistrates;
  const bool fast = p.da_fast_listing.enabled && r.domestic_abuse && hearing == Hearing::trial;
  const Priority priority = r.custody ? Priority::custody
                            : fast    ? Priority::domestic_abuse
                                      : Priority::other;
  const double minutes = hearing == Hearing::trial      ? p.groups[r.group].trial_minutes
                         : hearing == Hearing::sentence ? p.sentence_minutes
                                                        : p.first_hearing_minutes;
  CourtHouse& court = *courts_[r.magistrates_court];
  // Listing happens tonight: the earliest day a hearing can take is tomorrow.
  court.listing().request(slot, hearing, std::max(earliest_day, ctx_.today() + 1), priority,
                          minutes, fast);
  court.list_tonight();
}

void MagistratesStage::on_listed(Slot slot, Hearing hearing, int /*day*/) {
  ctx_.report(slot,
              hearing == Hearing::trial ? CaseEvent::trial_listed : CaseEvent::hearing_listed);
}

void MagistratesStage::sit(CourtHouse& court, int day) {
  Listing& listing = court.listing();
  for (const Listed& l : listing.take_hearings(day)) {
    if (l.hearing == Hearing::sentence) {
      hold_sentence_hearing(l.slot);
    } else {
      hold_first_hearing(l.slot);
    }
  }
  // Trials in listing order while the day's trial minutes last (over-listing may run out).
  const double trial_minutes = listing.trial_minutes(day);
  double used = 0;
  for (const Listed& l : listing.take_trials(day)) used += hold_trial(l.slot, trial_minutes - used);
  const auto& p = ctx_.scenario.magistrates;
  const double available = listing.hearing_minutes(day) + trial_minutes;
  const double hearing_used =
      std::min(listing.hearing_minutes_booked(day), listing.hearing_minutes(day));
  ctx_.observer.on_court_day(Court::magistrates, court.index(), day, available,
                             hearing_used + used);
  if (ctx_.scenario.costs)
    ctx_.cost(available / p.session_minutes * ctx_.scenario.costs->magistrates_session);
  court.sit_on(ctx_.calendar.next_sitting_day(day + 1));
}

void MagistratesStage::hold_first_hearing(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  count_up(r.hearings);
  if (std::isnan(r.first_hearing)) r.first_hearing = ctx_.now();
  ctx_.report(slot, CaseEvent::first_hearing);
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
    request(slot, Hearing::first_hearing, ctx_.day_after(p.adjournment_days));
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
  const double preparation = p.da_fast_listing.enabled && r.domestic_abuse
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
    request(slot, Hearing::trial, ctx_.day_after(p.trial.relist_days));
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

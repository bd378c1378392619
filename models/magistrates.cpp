#include "models/magistrates.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/attrition.hpp"
#include "models/crown.hpp"
#include "models/trial_day.hpp"
#include "sim/check.hpp"

namespace cj {
namespace {

// Times of day: courts sit in the morning; the listing office lists in the evening.
constexpr double kSitsAt = 0.4;
constexpr double kListsAt = 0.75;

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

void CourtHouse::on_event(std::uint32_t kind, std::uint64_t day) {
  if (kind == kSit) {
    owner_.sit(*this, static_cast<int>(day));
    return;
  }
  listing_due_ = -1;
  listing_.list(static_cast<int>(day),
                [this](Slot slot, Hearing hearing, int on) { owner_.listed(slot, hearing, on); });
}

void CourtHouse::list_tonight(Context& ctx) {
  const int day = ctx.now() <= ctx.today() + kListsAt ? ctx.today() : ctx.today() + 1;
  if (listing_due_ == day) return;
  listing_due_ = day;
  ctx.engine.at(day + kListsAt, *this, kList, static_cast<std::uint64_t>(day));
}

MagistratesStage::MagistratesStage(Context& ctx) : ctx_(ctx) {
  const auto& courts = ctx.scenario.magistrates.courts;
  for (std::size_t i = 0; i < courts.size(); ++i) {
    courts_.push_back(std::make_unique<CourtHouse>(*this, static_cast<int>(i),
                                                   Listing(court_diaries(ctx, courts[i]))));
    CourtHouse& house = *courts_.back();
    ctx.engine.attach(house, "magistrates/" + courts[i].name);
    const int first = ctx.calendar.next_sitting_day(0);
    if (first < ctx.calendar.days()) {
      ctx.engine.at(first + kSitsAt, house, CourtHouse::kSit, static_cast<std::uint64_t>(first));
    }
  }
}

void MagistratesStage::prepare_charged(Slot slot, double age, bool enter) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& offence = ctx_.scenario.offences[r.group];
  const auto& g = ctx_.scenario.magistrates.groups[r.group];
  r.charge = ctx_.now() - age;
  sim::Rng rng = ctx_.rng(purpose::charge, c);
  r.custody = rng.uniform() < offence.custody_share;
  const double court_draw = rng.uniform();
  const double plea_draw = rng.uniform();
  double running = 0;
  r.magistrates_court = 0;
  const auto& courts = ctx_.scenario.magistrates.courts;
  for (std::size_t i = 0; i < courts.size(); ++i) {
    running += courts[i].share;
    r.magistrates_court = static_cast<std::uint8_t>(i);
    if (court_draw < running) break;
  }
  c.pleads_guilty = r.mode == Mode::summary      ? plea_draw < g.guilty_plea_summary
                    : r.mode == Mode::either_way ? plea_draw < g.guilty_plea_either_way
                                                 : false;
  draw_withdrawal_after_charge(ctx_, c, r.charge, age);
  if (enter) ctx_.move(slot, Stage::magistrates);
}

void MagistratesStage::receive_charged(Slot slot) {
  prepare_charged(slot, 0);
  ctx_.report(slot, CaseEvent::charged);
  const Case& c = ctx_.cases[slot];
  const auto& p = ctx_.scenario.magistrates;
  const double notice = c.record.custody  ? p.notice_days_custody
                        : c.pleads_guilty ? p.notice_days_bail_guilty
                                          : p.notice_days_bail;
  request(slot, Hearing::first_hearing, ctx_.today() + static_cast<int>(std::ceil(notice)));
}

void MagistratesStage::open_from_stock(Slot slot, double age, bool awaiting_trial) {
  prepare_charged(slot, age);
  const auto& p = ctx_.scenario.magistrates;
  if (awaiting_trial) {
    request(slot, Hearing::trial, ctx_.today() + 1);
    return;
  }
  const Case& c = ctx_.cases[slot];
  const double notice = c.record.custody  ? p.notice_days_custody
                        : c.pleads_guilty ? p.notice_days_bail_guilty
                                          : p.notice_days_bail;
  request(slot, Hearing::first_hearing,
          ctx_.today() + std::max(1, static_cast<int>(std::ceil(notice - age))));
}

void MagistratesStage::request(Slot slot, Hearing hearing, int earliest_day) {
  const Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
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
  court.list_tonight(ctx_);
}

void MagistratesStage::listed(Slot slot, Hearing hearing, int /*day*/) {
  ctx_.report(slot,
              hearing == Hearing::trial ? CaseEvent::trial_listed : CaseEvent::hearing_listed);
}

void MagistratesStage::sit(CourtHouse& court, int day) {
  Listing& listing = court.listing();
  for (const Listed& l : listing.take_hearings(day)) {
    if (l.hearing == Hearing::sentence) {
      sentence(l.slot);
    } else {
      first_hearing(l.slot);
    }
  }
  const double trial_minutes = listing.trial_minutes(day);
  double used = 0;
  for (const Listed& l : listing.take_trials(day)) used += trial(l.slot, trial_minutes - used);
  const auto& p = ctx_.scenario.magistrates;
  const double available = listing.hearing_minutes(day) + trial_minutes;
  const double hearing_used =
      std::min(listing.hearing_minutes_booked(day), listing.hearing_minutes(day));
  ctx_.observer.on_court_day(Court::magistrates, court.index(), day, available,
                             hearing_used + used);
  if (ctx_.scenario.costs)
    ctx_.cost(available / p.session_minutes * ctx_.scenario.costs->magistrates_session);
  const int next = ctx_.calendar.next_sitting_day(day + 1);
  if (next < ctx_.calendar.days()) {
    ctx_.engine.at(next + kSitsAt, court, CourtHouse::kSit, static_cast<std::uint64_t>(next));
  }
}

void MagistratesStage::first_hearing(Slot slot) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  if (r.hearings < 255) ++r.hearings;
  if (std::isnan(r.first_hearing)) r.first_hearing = ctx_.now();
  ctx_.report(slot, CaseEvent::first_hearing);
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->first_hearing : 0);
  if (withdrawn_after_charge(ctx_, c)) {
    stop_for_withdrawal(ctx_, slot, /*at_trial=*/false);
    return;
  }
  sim::Rng rng = ctx_.rng(purpose::hearing, c, r.hearings);
  const double adjourn_draw = rng.uniform();
  const double report_draw = rng.uniform();
  const double committal_draw = rng.uniform();
  if (adjourn_draw < p.adjournment) {
    ctx_.report(slot, CaseEvent::hearing_adjourned);
    request(slot, Hearing::first_hearing,
            ctx_.today() + static_cast<int>(std::ceil(p.adjournment_days)));
    return;
  }
  if (r.mode == Mode::indictable) {
    ctx_.crown->receive_sent(slot);
    return;
  }
  if (c.pleads_guilty) {
    ctx_.report(slot, CaseEvent::guilty_plea);
    if (r.mode == Mode::either_way && committal_draw < p.groups[r.group].committed_for_sentence) {
      ctx_.crown->receive_committal(slot);
      return;
    }
    if (report_draw < p.sentence_after_reports) {
      request(slot, Hearing::sentence, ctx_.today() + static_cast<int>(std::ceil(p.reports_days)));
    } else {
      ctx_.report(slot, CaseEvent::sentenced);
      ctx_.close(slot, Outcome::convicted_plea);
    }
    return;
  }
  after_not_guilty(slot);
}

void MagistratesStage::after_not_guilty(Slot slot) {
  Case& c = ctx_.cases[slot];
  const CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  ctx_.report(slot, CaseEvent::not_guilty_plea);
  if (r.mode == Mode::either_way) {
    sim::Rng rng = ctx_.rng(purpose::hearing, c, 0);
    if (rng.uniform() >= p.groups[r.group].either_way_retained) {
      ctx_.crown->receive_sent(slot);
      return;
    }
  }
  const double preparation = p.da_fast_listing.enabled && r.domestic_abuse
                                 ? p.da_fast_listing.preparation_days
                                 : p.trial_preparation_days;
  request(slot, Hearing::trial, ctx_.today() + static_cast<int>(std::ceil(preparation)));
}

void MagistratesStage::sentence(Slot slot) {
  CaseRecord& r = ctx_.cases[slot].record;
  if (r.hearings < 255) ++r.hearings;
  ctx_.report(slot, CaseEvent::sentenced);
  ctx_.close(slot, Outcome::convicted_plea);
}

double MagistratesStage::trial(Slot slot, double minutes_left) {
  Case& c = ctx_.cases[slot];
  CaseRecord& r = c.record;
  const auto& p = ctx_.scenario.magistrates;
  const auto& g = p.groups[r.group];
  if (r.hearings < 255) ++r.hearings;
  if (r.trial_listings < kTrialListingsKept) r.trial_dates[r.trial_listings] = ctx_.now();
  if (r.trial_listings < 255) ++r.trial_listings;
  ctx_.case_cost(slot, ctx_.costs() ? ctx_.costs()->magistrates_trial : 0);
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
    if (r.ineffective_listings < 255) ++r.ineffective_listings;
    r.ineffective_cause = cause;
    ctx_.report(slot, CaseEvent::trial_ineffective);
    request(slot, Hearing::trial, ctx_.today() + static_cast<int>(std::ceil(p.trial.relist_days)));
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

#include "models/metrics/metrics.hpp"

#include <algorithm>
#include <cmath>

namespace cj {
namespace {

bool known(double t) {
  return !std::isnan(t);
}
bool pre_charge(Stage s) {
  return s == Stage::investigation || s == Stage::awaiting_charge;
}
bool post_charge(Stage s) {
  return s == Stage::magistrates || s == Stage::crown;
}
int court_of(Stage s) {
  return s == Stage::crown ? 1 : 0;
}

}  // namespace

Metrics::Metrics(const Scenario& scenario)
    : scenario_(scenario),
      period_days_(scenario.outputs.period_days),
      periods_(std::max(1, static_cast<int>(std::ceil(
                               scenario.horizon_days / scenario.outputs.period_days - 1e-9)))),
      crown_open_(scenario.crown.centres.size(), 0.0),
      groups_(scenario.offences.size()),
      crown_disposals_first_year_(scenario.crown.centres.size(), 0.0),
      crown_open_after_first_year_(scenario.crown.centres.size(), kNaN) {
  current_.crown_open.assign(scenario.crown.centres.size(), 0.0);
  current_.crown_disposals.assign(scenario.crown.centres.size(), 0.0);
  closed_.reserve(static_cast<std::size_t>(periods_));
}

void Metrics::roll_to(double time) {
  if (!first_year_taken_ && time >= kYear) {
    first_year_taken_ = true;
    crown_open_after_first_year_ = crown_open_;
  }
  while (period_ + 1 < periods_ && time >= (period_ + 1) * period_days_) close_period();
}

void Metrics::close_period() {
  closed_.push_back(current_);
  ++period_;
  current_ = Period{};
  for (int s = 0; s < kOpenStages; ++s)
    current_.open[static_cast<std::size_t>(s)] = open_[static_cast<std::size_t>(s)];
  current_.crown_open = crown_open_;
  current_.crown_disposals.assign(crown_open_.size(), 0.0);
}

void Metrics::on_stage(const CaseRecord& c, Stage from, Stage to, double time) {
  roll_to(time);
  const auto f = static_cast<std::size_t>(from);
  const auto t = static_cast<std::size_t>(to);
  if (from != Stage::closed) {
    --open_[f];
    ++current_.disposals[f];
    if (from == Stage::crown && c.crown_centre < crown_open_.size()) {
      --crown_open_[c.crown_centre];
      ++current_.crown_disposals[c.crown_centre];
      if (time < kYear) ++crown_disposals_first_year_[c.crown_centre];
    }
  }
  if (to != Stage::closed) {
    ++open_[t];
    const bool opening = from == Stage::closed && c.from_stock;
    if (opening) {
      ++current_.open[t];
    } else {
      ++current_.receipts[t];
    }
    if (to == Stage::crown && c.crown_centre < crown_open_.size()) {
      ++crown_open_[c.crown_centre];
      if (opening) ++current_.crown_open[c.crown_centre];
    }
  }
  if (pre_charge(from) && !pre_charge(to)) ++groups_[c.group].concluded_pre_charge;
}

void Metrics::on_event(const CaseRecord& c, CaseEvent event, double time) {
  roll_to(time);
  Group& g = groups_[c.group];
  switch (event) {
    case CaseEvent::reported:
      ++g.reports;
      break;
    case CaseEvent::charged:
      ++g.charged;
      if (known(c.report)) g.report_to_charge.add(std::max(0.0, time - c.report));
      if (c.submissions > 0) {
        ++g.cps_decisions;
        ++g.cps_charges;
      }
      break;
    case CaseEvent::first_hearing:
      if (c.first_hearing == time && known(c.charge)) {
        g.charge_to_first_hearing.add(std::max(0.0, time - c.charge));
      }
      break;
    case CaseEvent::guilty_plea:
      if (c.stage == Stage::magistrates && c.trial_listings == 0) {
        ++g.first_hearing_pleas;
        ++g.first_hearing_guilty;
      }
      break;
    case CaseEvent::not_guilty_plea:
      ++g.first_hearing_pleas;
      break;
    case CaseEvent::trial_effective:
    case CaseEvent::trial_cracked:
    case CaseEvent::trial_ineffective: {
      const int k = event == CaseEvent::trial_effective ? 0
                    : event == CaseEvent::trial_cracked ? 1
                                                        : 2;
      Court& court = courts_[static_cast<std::size_t>(court_of(c.stage))];
      ++court.trials;
      (k == 0 ? court.effective : k == 1 ? court.cracked : court.ineffective) += 1;
      if (k == 2) ++court.ineffective_by_cause[static_cast<std::size_t>(c.ineffective_cause)];
      auto& trials = c.stage == Stage::crown ? current_.crown_trials : current_.mags_trials;
      ++trials[static_cast<std::size_t>(k)];
      break;
    }
    case CaseEvent::file_returned:
      if (c.submissions == 1) ++returned_first_;
      break;
    case CaseEvent::file_accepted:
      ++files_accepted_;
      if (c.submissions == 1) ++accepted_first_;
      if (c.submissions >= 3) ++accepted_third_or_later_;
      break;
    case CaseEvent::custody_time_limit_breached:
      ++ctl_breaches_;
      break;
    default:
      break;
  }
}

void Metrics::on_closed(const CaseRecord& c) {
  roll_to(c.end);
  ++current_.outcomes[static_cast<std::size_t>(c.outcome)];
  direct_cost_[static_cast<std::size_t>(c.outcome)] += c.direct_cost;
  Group& g = groups_[c.group];
  const bool convicted =
      c.outcome == Outcome::convicted_plea || c.outcome == Outcome::convicted_verdict;
  if (pre_charge(c.stage)) {
    if (c.outcome == Outcome::victim_withdrawn_pre_charge) ++g.withdrawn_pre;
    if (c.stage == Stage::awaiting_charge &&
        (c.outcome == Outcome::no_further_action || c.outcome == Outcome::out_of_court)) {
      ++g.cps_decisions;
    }
    return;
  }
  if (!post_charge(c.stage)) return;
  ++g.completed_post_charge;
  if (convicted) {
    ++g.convicted;
    ++convictions_;
  }
  if (c.outcome == Outcome::victim_withdrawn_post_charge) ++g.withdrawn_post;
  if (known(c.charge)) g.charge_to_completion.add(std::max(0.0, c.end - c.charge));
  if (known(c.report) && known(c.charge))
    g.report_to_completion.add(std::max(0.0, c.end - c.report));
  // Committals for sentence were convicted in the magistrates' court: they count there.
  Court& court =
      courts_[c.committed_for_sentence ? 0 : static_cast<std::size_t>(court_of(c.stage))];
  ++court.completed;
  if (c.outcome == Outcome::convicted_plea) ++court.guilty_plea;
  if (known(c.charge)) court.charge_to_completion.add(std::max(0.0, c.end - c.charge));
  if (known(c.report)) court.report_to_completion.add(std::max(0.0, c.end - c.report));
  if (c.domestic_abuse && c.stage == Stage::magistrates && known(c.trial_dates[0]) &&
      known(c.first_hearing)) {
    ++da_trials_;
    if (c.trial_dates[0] - c.first_hearing <= scenario_.magistrates.da_fast_listing.target_days) {
      ++da_trials_on_target_;
    }
  }
}

void Metrics::on_open_at_horizon(const CaseRecord& c) {
  direct_cost_[static_cast<std::size_t>(Outcome::open)] += c.direct_cost;
}

void Metrics::on_court_day(cj::Court court, int, double day, double available, double used) {
  roll_to(day);
  if (court == cj::Court::crown) {
    current_.crown_available += available;
    current_.crown_used += used;
  } else {
    const double minutes = scenario_.magistrates.session_minutes;
    current_.mags_available += available / minutes;
    current_.mags_used += used / minutes;
  }
}

void Metrics::on_cost(double time, double amount) {
  roll_to(time);
  current_.cost += amount;
  total_cost_ += amount;
}

}  // namespace cj

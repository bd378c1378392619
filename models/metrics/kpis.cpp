// The run's measures, computed from the counters once the run has ended: time series by period,
// KPIs, KPIs by offence group, each with its name, units and description.
#include <cmath>

#include "models/metrics/metrics.hpp"

namespace cj {
namespace {

double share(double part, double whole) {
  return whole > 0 ? part / whole : Metrics::kNaN;
}
double median(const sim::Quantiles& q) {
  return q.count() ? q.quantile(0.5) : Metrics::kNaN;
}

}  // namespace

RunMetrics Metrics::finish() {
  roll_to(scenario_.horizon_days);
  closed_.push_back(current_);
  RunMetrics m;
  m.period_days = period_days_;
  for (std::size_t k = 0; k < closed_.size(); ++k)
    m.period_start.push_back(static_cast<double>(k) * period_days_);

  const auto series = [&](std::string name, std::string units, std::string description,
                          auto value) {
    NamedSeries s{{std::move(name), std::move(units), std::move(description)}, {}};
    for (const Period& p : closed_) s.values.push_back(value(p));
    m.series.push_back(std::move(s));
  };
  for (int st = 0; st < kOpenStages; ++st) {
    const auto i = static_cast<std::size_t>(st);
    const std::string name = stage_name(static_cast<Stage>(st));
    series("open_" + name, "cases",
           "Cases open in the " + name + " stage at the start of the period",
           [i](const Period& p) { return p.open[i]; });
    series("receipts_" + name, "cases", "Cases entering the " + name + " stage during the period",
           [i](const Period& p) { return p.receipts[i]; });
    series("disposals_" + name, "cases",
           "Cases leaving the " + name + " stage during the period (ended there or moved on)",
           [i](const Period& p) { return p.disposals[i]; });
  }
  for (int o = 1; o < kOutcomes; ++o) {
    const auto i = static_cast<std::size_t>(o);
    const std::string name = outcome_name(static_cast<Outcome>(o));
    series("outcome_" + name, "cases", "Cases ending as " + name + " during the period",
           [i](const Period& p) { return p.outcomes[i]; });
  }
  for (std::size_t c = 0; c < scenario_.crown.centres.size(); ++c) {
    const std::string& centre = scenario_.crown.centres[c].name;
    series("open_crown_" + centre, "cases",
           "Cases open at the " + centre + " Crown Court centre at the start of the period",
           [c](const Period& p) { return p.crown_open[c]; });
    series("disposals_crown_" + centre, "cases",
           "Cases ending at the " + centre + " Crown Court centre during the period",
           [c](const Period& p) { return p.crown_disposals[c]; });
  }
  series("crown_sitting_days_available", "sitting days", "Crown Court room sitting days offered",
         [](const Period& p) { return p.crown_available; });
  series("crown_sitting_days_used", "sitting days",
         "Crown Court room sitting days used by trials, PTPHs and sentences",
         [](const Period& p) { return p.crown_used; });
  series("magistrates_sessions_available", "sessions", "Magistrates' court sessions offered",
         [](const Period& p) { return p.mags_available; });
  series("magistrates_sessions_used", "sessions",
         "Magistrates' court session time used by hearings and trials, in sessions",
         [](const Period& p) { return p.mags_used; });
  const char* kinds[] = {"effective", "cracked", "ineffective"};
  for (std::size_t k = 0; k < 3; ++k) {
    series(std::string("trials_") + kinds[k] + "_magistrates", "trials",
           std::string("Magistrates' trial listings that were ") + kinds[k],
           [k](const Period& p) { return p.mags_trials[k]; });
    series(std::string("trials_") + kinds[k] + "_crown", "trials",
           std::string("Crown Court trial listings that were ") + kinds[k],
           [k](const Period& p) { return p.crown_trials[k]; });
  }
  series("cost", "GBP", "Costs incurred during the period (scenario unit costs)",
         [](const Period& p) { return p.cost; });

  // KPIs of the whole run.
  Group all;
  for (const Group& g : groups_) {
    all.report_to_charge.merge(g.report_to_charge);
    all.charge_to_completion.merge(g.charge_to_completion);
    all.report_to_completion.merge(g.report_to_completion);
    all.charge_to_first_hearing.merge(g.charge_to_first_hearing);
    all.reports += g.reports;
    all.concluded_pre_charge += g.concluded_pre_charge;
    all.charged += g.charged;
    all.cps_decisions += g.cps_decisions;
    all.cps_charges += g.cps_charges;
    all.withdrawn_pre += g.withdrawn_pre;
    all.completed_post_charge += g.completed_post_charge;
    all.convicted += g.convicted;
    all.withdrawn_post += g.withdrawn_post;
    all.first_hearing_pleas += g.first_hearing_pleas;
    all.first_hearing_guilty += g.first_hearing_guilty;
  }
  const auto kpi = [&](std::string name, std::string units, std::string description, double value) {
    m.kpis.push_back(
        NamedValue{{std::move(name), std::move(units), std::move(description)}, value});
  };
  kpi("crown_open_at_horizon", "cases", "Crown Court cases open at the horizon", open_[3]);
  kpi("magistrates_open_at_horizon", "cases", "Magistrates' court cases open at the horizon",
      open_[2]);
  kpi("investigations_open_at_horizon", "cases", "Police investigations open at the horizon",
      open_[0]);
  kpi("awaiting_charge_open_at_horizon", "cases",
      "Files with the CPS (triage, rework or decision) at the horizon", open_[1]);
  kpi("median_days_report_to_charge", "days", "Median days from report to charge, cases charged",
      median(all.report_to_charge));
  kpi("median_days_charge_to_first_hearing", "days",
      "Median days from charge to the first magistrates' hearing",
      median(all.charge_to_first_hearing));
  kpi("median_days_charge_to_completion", "days",
      "Median days from charge to completion, cases completed after charge",
      median(all.charge_to_completion));
  kpi("median_days_charge_to_completion_magistrates", "days",
      "Median days from charge to completion, cases completed in the magistrates' court",
      median(courts_[0].charge_to_completion));
  kpi("median_days_charge_to_completion_crown", "days",
      "Median days from charge to completion, cases completed in the Crown Court",
      median(courts_[1].charge_to_completion));
  kpi("median_days_report_to_completion_magistrates", "days",
      "Median days from report to completion, cases completed in the magistrates' court",
      median(courts_[0].report_to_completion));
  kpi("median_days_report_to_completion_crown", "days",
      "Median days from report to completion, cases completed in the Crown Court",
      median(courts_[1].report_to_completion));
  kpi("median_days_report_to_completion", "days",
      "Median days from report to completion, cases charged and completed",
      median(all.report_to_completion));
  kpi("charge_rate", "share", "Cases charged, of cases whose pre-charge stages concluded",
      share(all.charged, all.concluded_pre_charge));
  kpi("cps_charge_rate", "share", "CPS charging decisions that were to charge",
      share(all.cps_charges, all.cps_decisions));
  kpi("triage_accepted_first_rate", "share",
      "Files accepted by the CPS at their first submission, of first submissions triaged",
      share(accepted_first_, accepted_first_ + returned_first_));
  kpi("triage_third_submission_rate", "share",
      "Files accepted only at a third or later submission, of files accepted",
      share(accepted_third_or_later_, files_accepted_));
  kpi("conviction_rate", "share", "Convictions (plea or verdict), of cases completed after charge",
      share(all.convicted, all.completed_post_charge));
  kpi("victim_withdrawal_rate_pre_charge", "share",
      "Cases closed because the victim withdrew before charge (outcome 16), of cases concluded "
      "pre-charge",
      share(all.withdrawn_pre, all.concluded_pre_charge));
  kpi("victim_withdrawal_rate_post_charge", "share",
      "Prosecutions stopped because the victim withdrew, of cases completed after charge",
      share(all.withdrawn_post, all.completed_post_charge));
  kpi("guilty_plea_rate_first_hearing", "share",
      "Guilty pleas at the first magistrates' hearing, of pleas entered there",
      share(all.first_hearing_guilty, all.first_hearing_pleas));
  kpi("guilty_plea_rate_magistrates", "share",
      "Cases completed in the magistrates' court with a guilty plea, of all completed there",
      share(courts_[0].guilty_plea, courts_[0].completed));
  kpi("guilty_plea_rate_crown", "share",
      "Cases completed in the Crown Court with a guilty plea, of all completed there",
      share(courts_[1].guilty_plea, courts_[1].completed));
  const char* court_names[] = {"magistrates", "crown"};
  for (std::size_t k = 0; k < 2; ++k) {
    const Court& c = courts_[k];
    const std::string court = court_names[k];
    kpi("effective_trial_rate_" + court, "share", "Trial listings that went ahead",
        share(c.effective, c.trials));
    kpi("cracked_trial_rate_" + court, "share", "Trial listings that cracked on the day",
        share(c.cracked, c.trials));
    kpi("ineffective_trial_rate_" + court, "share", "Trial listings that were ineffective",
        share(c.ineffective, c.trials));
    for (int cause = 1; cause < kIneffectiveCauses; ++cause) {
      const std::string name = ineffective_cause_name(static_cast<IneffectiveCause>(cause));
      kpi("ineffective_" + name + "_share_" + court, "share",
          "Ineffective trial listings whose cause was " + name + ", of all ineffective listings",
          share(c.ineffective_by_cause[static_cast<std::size_t>(cause)], c.ineffective));
    }
  }
  kpi("custody_time_limit_breaches", "cases",
      "Remanded defendants whose Crown Court custody time limit was exceeded", ctl_breaches_);
  kpi("da_trials_within_target_share", "share",
      "Domestic-abuse magistrates' trials first listed within the fast-listing target of the first "
      "hearing",
      share(da_trials_on_target_, da_trials_));
  kpi("total_cost", "GBP", "All costs over the run (scenario unit costs)", total_cost_);
  kpi("cost_per_conviction", "GBP", "Total cost divided by convictions",
      share(total_cost_, convictions_));
  double direct = 0;
  for (int o = 0; o < kOutcomes; ++o) {
    const std::string name = outcome_name(static_cast<Outcome>(o));
    direct += direct_cost_[static_cast<std::size_t>(o)];
    kpi("direct_cost_" + name, "GBP",
        o == 0 ? std::string("Unit costs incurred by cases still open at the horizon")
               : "Unit costs incurred by cases ending as " + name +
                     " (their investigation, decisions and hearings)",
        direct_cost_[static_cast<std::size_t>(o)]);
  }
  kpi("capacity_cost", "GBP", "Costs of court sessions and sitting days offered",
      total_cost_ - direct);
  kpi("reports", "cases", "Reports received during the run", all.reports);
  kpi("charged", "cases", "Cases charged during the run", all.charged);
  kpi("charged_per_year", "cases", "Cases charged a year (over the whole run)",
      all.charged / (scenario_.horizon_days / 365.25));
  kpi("victim_withdrawals", "cases",
      "Cases ended by the victim's withdrawal, before or after charge",
      all.withdrawn_pre + all.withdrawn_post);
  for (std::size_t c = 0; c < scenario_.crown.centres.size(); ++c) {
    const std::string& centre = scenario_.crown.centres[c].name;
    kpi("crown_disposals_first_year_" + centre, "cases",
        "Cases ending at the " + centre + " Crown Court centre in the first year",
        scenario_.horizon_days >= kYear ? crown_disposals_first_year_[c] : kNaN);
    kpi("crown_open_after_first_year_" + centre, "cases",
        "Cases open at the " + centre + " Crown Court centre one year after the start",
        crown_open_after_first_year_[c]);
    kpi("crown_open_at_horizon_" + centre, "cases",
        "Cases open at the " + centre + " Crown Court centre at the horizon", crown_open_[c]);
  }

  // KPIs by offence group.
  const auto by_group = [&](std::string name, std::string units, std::string description,
                            auto value) {
    GroupValues v{{std::move(name), std::move(units), std::move(description)}, {}};
    for (const Group& g : groups_) v.values.push_back(value(g));
    m.kpis_by_group.push_back(std::move(v));
  };
  by_group("median_days_report_to_charge", "days", "Median days from report to charge",
           [](const Group& g) { return median(g.report_to_charge); });
  by_group("median_days_charge_to_completion", "days", "Median days from charge to completion",
           [](const Group& g) { return median(g.charge_to_completion); });
  by_group("median_days_report_to_completion", "days", "Median days from report to completion",
           [](const Group& g) { return median(g.report_to_completion); });
  by_group("charge_rate", "share", "Cases charged, of cases concluded pre-charge",
           [](const Group& g) { return share(g.charged, g.concluded_pre_charge); });
  by_group("cps_charge_rate", "share", "CPS decisions to charge",
           [](const Group& g) { return share(g.cps_charges, g.cps_decisions); });
  by_group("conviction_rate", "share", "Convictions, of cases completed after charge",
           [](const Group& g) { return share(g.convicted, g.completed_post_charge); });
  by_group("victim_withdrawal_rate_pre_charge", "share", "Victim withdrawals before charge",
           [](const Group& g) { return share(g.withdrawn_pre, g.concluded_pre_charge); });
  by_group("victim_withdrawal_rate_post_charge", "share", "Victim withdrawals after charge",
           [](const Group& g) { return share(g.withdrawn_post, g.completed_post_charge); });
  by_group("guilty_plea_rate_first_hearing", "share", "Guilty pleas at the first hearing",
           [](const Group& g) { return share(g.first_hearing_guilty, g.first_hearing_pleas); });
  by_group("reports", "cases", "Reports received", [](const Group& g) { return g.reports; });
  by_group("charged", "cases", "Cases charged", [](const Group& g) { return g.charged; });
  return m;
}

}  // namespace cj

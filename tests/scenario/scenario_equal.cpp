#include "tests/scenario/scenario_equal.hpp"

#include <optional>

namespace cj::scenario::testing {
namespace {

class Compare {
 public:
  std::vector<std::string> found;

  template <typename T>
  void field(const std::string& name, const T& a, const T& b) {
    if (!(a == b)) found.push_back(name);
  }
  void field(const std::string& name, const DatedSteps& a, const DatedSteps& b) {
    field(name, a.steps, b.steps);
  }
  void field(const std::string& name, const std::vector<MonthlyCount>& a,
             const std::vector<MonthlyCount>& b) {
    field(name + ".size", a.size(), b.size());
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
      field(name + ".month", a[i].month, b[i].month);
      field(name + ".count", a[i].count, b[i].count);
    }
  }
  void field(const std::string& name, const std::optional<StaffPool>& a,
             const std::optional<StaffPool>& b) {
    field(name + ".present", a.has_value(), b.has_value());
    if (a && b) field(name + ".count", a->count, b->count);
  }
  void field(const std::string& name, const StockStage& a, const StockStage& b) {
    field(name + ".count", a.count, b.count);
    field(name + ".age_days", a.age_days, b.age_days);
    field(name + ".offence_mix", a.offence_mix, b.offence_mix);
  }

  template <typename T, typename Each>
  void list(const std::string& name, const std::vector<T>& a, const std::vector<T>& b, Each each) {
    field(name + ".size", a.size(), b.size());
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
      each(name + "[" + std::to_string(i) + "]", a[i], b[i]);
    }
  }
};

}  // namespace

std::vector<std::string> differences(const Scenario& a, const Scenario& b) {
  Compare c;
  c.field("name", a.name, b.name);
  c.field("description", a.description, b.description);
  c.field("start", a.start, b.start);
  c.field("horizon_days", a.horizon_days, b.horizon_days);
  c.field("replications", a.replications, b.replications);
  c.field("seed", a.seed, b.seed);
  c.field("calendar.closed_weekdays", a.calendar.closed_weekdays, b.calendar.closed_weekdays);
  c.field("calendar.bank_holidays", a.calendar.england_and_wales_bank_holidays,
          b.calendar.england_and_wales_bank_holidays);
  c.field("calendar.closed_dates", a.calendar.closed_dates, b.calendar.closed_dates);
  c.list("offences", a.offences, b.offences,
         [&](const std::string& n, const OffenceGroup& x, const OffenceGroup& y) {
           c.field(n + ".name", x.name, y.name);
           c.field(n + ".reports_per_year", x.reports_per_year, y.reports_per_year);
           c.field(n + ".trend_per_year", x.trend_per_year, y.trend_per_year);
           c.field(n + ".seasonality", x.seasonality, y.seasonality);
           c.field(n + ".monthly_reports", x.monthly_reports, y.monthly_reports);
           c.field(n + ".domestic_abuse_share", x.domestic_abuse_share, y.domestic_abuse_share);
           c.field(n + ".victim_share", x.victim_share, y.victim_share);
           c.field(n + ".mode.summary", x.mode.summary, y.mode.summary);
           c.field(n + ".mode.either_way", x.mode.either_way, y.mode.either_way);
           c.field(n + ".mode.indictable", x.mode.indictable, y.mode.indictable);
           c.field(n + ".custody_share", x.custody_share, y.custody_share);
         });
  c.list("later_entries", a.later_entries, b.later_entries,
         [&](const std::string& n, const LaterEntry& x, const LaterEntry& y) {
           c.field(n + ".name", x.name, y.name);
           c.field(n + ".stage", x.stage, y.stage);
           c.field(n + ".per_year", x.per_year, y.per_year);
           c.field(n + ".monthly", x.monthly, y.monthly);
           c.field(n + ".offence_mix", x.offence_mix, y.offence_mix);
         });
  c.list("investigation.groups", a.investigation.groups, b.investigation.groups,
         [&](const std::string& n, const InvestigationGroup& x, const InvestigationGroup& y) {
           c.field(n + ".duration_days", x.duration_days, y.duration_days);
           c.field(n + ".file_for_charging", x.outcomes.file_for_charging,
                   y.outcomes.file_for_charging);
           c.field(n + ".no_further_action", x.outcomes.no_further_action,
                   y.outcomes.no_further_action);
           c.field(n + ".out_of_court", x.outcomes.out_of_court, y.outcomes.out_of_court);
         });
  c.field("investigation.investigators", a.investigation.investigators,
          b.investigation.investigators);
  c.list("charging.groups", a.charging.groups, b.charging.groups,
         [&](const std::string& n, const ChargingGroup& x, const ChargingGroup& y) {
           c.field(n + ".police_charge_share", x.police_charge_share, y.police_charge_share);
           c.field(n + ".triage_days", x.triage_days, y.triage_days);
           c.field(n + ".accept_first", x.accept_first, y.accept_first);
           c.field(n + ".accept_resubmission", x.accept_resubmission, y.accept_resubmission);
           c.field(n + ".rework_days", x.rework_days, y.rework_days);
           c.field(n + ".decision_days", x.decision_days, y.decision_days);
           c.field(n + ".decision.charge", x.decision.charge, y.decision.charge);
           c.field(n + ".decision.no_further_action", x.decision.no_further_action,
                   y.decision.no_further_action);
           c.field(n + ".decision.out_of_court", x.decision.out_of_court, y.decision.out_of_court);
         });
  const EarlyAdvice& ea = a.charging.eia;
  const EarlyAdvice& eb = b.charging.eia;
  c.field("eia.applies_to", ea.applies_to, eb.applies_to);
  c.field("eia.uptake", ea.uptake, eb.uptake);
  c.field("eia.charge_change", ea.charge_change, eb.charge_change);
  c.field("eia.accept_first_change", ea.accept_first_change, eb.accept_first_change);
  c.field("eia.decision_days_scale", ea.decision_days_scale, eb.decision_days_scale);
  c.field("eia.investigation_days_scale", ea.investigation_days_scale, eb.investigation_days_scale);
  c.field("charging.lawyers", a.charging.lawyers, b.charging.lawyers);

  const Magistrates& ma = a.magistrates;
  const Magistrates& mb = b.magistrates;
  c.list("magistrates.courts", ma.courts, mb.courts,
         [&](const std::string& n, const MagistratesCourt& x, const MagistratesCourt& y) {
           c.field(n + ".name", x.name, y.name);
           c.field(n + ".share", x.share, y.share);
           c.field(n + ".hearing_sessions", x.hearing_sessions, y.hearing_sessions);
           c.field(n + ".trial_sessions", x.trial_sessions, y.trial_sessions);
         });
  c.list(
      "magistrates.groups", ma.groups, mb.groups,
      [&](const std::string& n, const MagistratesGroup& x, const MagistratesGroup& y) {
        c.field(n + ".guilty_plea_summary", x.guilty_plea_summary, y.guilty_plea_summary);
        c.field(n + ".guilty_plea_either_way", x.guilty_plea_either_way, y.guilty_plea_either_way);
        c.field(n + ".committed_for_sentence", x.committed_for_sentence, y.committed_for_sentence);
        c.field(n + ".either_way_retained", x.either_way_retained, y.either_way_retained);
        c.field(n + ".trial_minutes", x.trial_minutes, y.trial_minutes);
        c.field(n + ".trial_effective", x.trial_effective, y.trial_effective);
        c.field(n + ".trial_cracked", x.trial_cracked, y.trial_cracked);
        c.field(n + ".trial_ineffective", x.trial_ineffective, y.trial_ineffective);
        c.field(n + ".conviction_at_trial", x.conviction_at_trial, y.conviction_at_trial);
      });
  c.field("magistrates.session_minutes", ma.session_minutes, mb.session_minutes);
  c.field("magistrates.first_hearing_minutes", ma.first_hearing_minutes, mb.first_hearing_minutes);
  c.field("magistrates.sentence_minutes", ma.sentence_minutes, mb.sentence_minutes);
  c.field("magistrates.cracked_trial_minutes", ma.cracked_trial_minutes, mb.cracked_trial_minutes);
  c.field("magistrates.notice_days_custody", ma.notice_days_custody, mb.notice_days_custody);
  c.field("magistrates.notice_days_bail_guilty", ma.notice_days_bail_guilty,
          mb.notice_days_bail_guilty);
  c.field("magistrates.notice_days_bail", ma.notice_days_bail, mb.notice_days_bail);
  c.field("magistrates.adjournment", ma.adjournment, mb.adjournment);
  c.field("magistrates.adjournment_days", ma.adjournment_days, mb.adjournment_days);
  c.field("magistrates.sentence_after_reports", ma.sentence_after_reports,
          mb.sentence_after_reports);
  c.field("magistrates.reports_days", ma.reports_days, mb.reports_days);
  c.field("magistrates.trial_preparation_days", ma.trial_preparation_days,
          mb.trial_preparation_days);
  c.field("magistrates.overlisting", ma.overlisting, mb.overlisting);
  c.field("magistrates.cracked_guilty_plea", ma.cracked_guilty_plea, mb.cracked_guilty_plea);
  c.field("magistrates.relist_days", ma.relist_days, mb.relist_days);
  c.field("magistrates.ineffective_causes.witness_absent", ma.ineffective_causes.witness_absent,
          mb.ineffective_causes.witness_absent);
  c.field("magistrates.ineffective_causes.defence_not_ready",
          ma.ineffective_causes.defence_not_ready, mb.ineffective_causes.defence_not_ready);
  c.field("magistrates.ineffective_causes.prosecution_not_ready",
          ma.ineffective_causes.prosecution_not_ready, mb.ineffective_causes.prosecution_not_ready);
  c.field("magistrates.ineffective_causes.other", ma.ineffective_causes.other,
          mb.ineffective_causes.other);
  c.field("da.enabled", ma.da_fast_listing.enabled, mb.da_fast_listing.enabled);
  c.field("da.preparation_days", ma.da_fast_listing.preparation_days,
          mb.da_fast_listing.preparation_days);
  c.field("da.ring_fenced_share", ma.da_fast_listing.ring_fenced_share,
          mb.da_fast_listing.ring_fenced_share);
  c.field("da.release_days", ma.da_fast_listing.release_days, mb.da_fast_listing.release_days);
  c.field("da.target_days", ma.da_fast_listing.target_days, mb.da_fast_listing.target_days);

  const Crown& ca = a.crown;
  const Crown& cb = b.crown;
  c.list("crown.centres", ca.centres, cb.centres,
         [&](const std::string& n, const CrownCentre& x, const CrownCentre& y) {
           c.field(n + ".name", x.name, y.name);
           c.field(n + ".share", x.share, y.share);
           c.field(n + ".rooms", x.rooms, y.rooms);
           c.field(n + ".stock_share", x.stock_share, y.stock_share);
         });
  c.list("crown.groups", ca.groups, cb.groups,
         [&](const std::string& n, const CrownGroup& x, const CrownGroup& y) {
           c.field(n + ".guilty_plea_ptph", x.guilty_plea_ptph, y.guilty_plea_ptph);
           c.field(n + ".late_guilty_plea", x.late_guilty_plea, y.late_guilty_plea);
           c.field(n + ".trial_days", x.trial_days, y.trial_days);
           c.field(n + ".trial_effective", x.trial_effective, y.trial_effective);
           c.field(n + ".trial_cracked", x.trial_cracked, y.trial_cracked);
           c.field(n + ".trial_ineffective", x.trial_ineffective, y.trial_ineffective);
           c.field(n + ".conviction_at_trial", x.conviction_at_trial, y.conviction_at_trial);
         });
  c.field("crown.sitting_days_scale", ca.sitting_days_scale, cb.sitting_days_scale);
  c.field("crown.trial_share_of_sitting_days", ca.trial_share_of_sitting_days,
          cb.trial_share_of_sitting_days);
  c.field("crown.ptph_days", ca.ptph_days, cb.ptph_days);
  c.field("crown.late_plea_days", ca.late_plea_days, cb.late_plea_days);
  c.field("crown.sentence_days", ca.sentence_days, cb.sentence_days);
  c.field("crown.cracked_guilty_plea", ca.cracked_guilty_plea, cb.cracked_guilty_plea);
  c.field("crown.relist_days", ca.relist_days, cb.relist_days);
  c.field("crown.ineffective_causes.witness_absent", ca.ineffective_causes.witness_absent,
          cb.ineffective_causes.witness_absent);
  c.field("crown.ineffective_causes.defence_not_ready", ca.ineffective_causes.defence_not_ready,
          cb.ineffective_causes.defence_not_ready);
  c.field("crown.ineffective_causes.prosecution_not_ready",
          ca.ineffective_causes.prosecution_not_ready, cb.ineffective_causes.prosecution_not_ready);
  c.field("crown.ineffective_causes.other", ca.ineffective_causes.other,
          cb.ineffective_causes.other);
  c.field("crown.lost_sitting_days_cracked", ca.lost_sitting_days_cracked,
          cb.lost_sitting_days_cracked);
  c.field("crown.lost_sitting_days_ineffective", ca.lost_sitting_days_ineffective,
          cb.lost_sitting_days_ineffective);
  c.field("crown.custody_time_limit_days", ca.custody_time_limit_days, cb.custody_time_limit_days);
  c.field("crown.ptph_sitting_days", ca.ptph_sitting_days, cb.ptph_sitting_days);
  c.field("crown.sentence_sitting_days", ca.sentence_sitting_days, cb.sentence_sitting_days);

  c.list("attrition.groups", a.attrition.groups, b.attrition.groups,
         [&](const std::string& n, const AttritionGroup& x, const AttritionGroup& y) {
           c.field(n + ".pre_charge_days", x.pre_charge_days, y.pre_charge_days);
           c.field(n + ".post_charge_days", x.post_charge_days, y.post_charge_days);
           c.field(n + ".support_share", x.support_share, y.support_share);
         });
  c.field("attrition.support_hazard_ratio", a.attrition.support_hazard_ratio,
          b.attrition.support_hazard_ratio);

  const InitialState& ia = a.initial_state;
  const InitialState& ib = b.initial_state;
  c.field("initial.investigation", ia.investigation, ib.investigation);
  c.field("initial.awaiting_charge", ia.awaiting_charge, ib.awaiting_charge);
  c.field("initial.magistrates", ia.magistrates, ib.magistrates);
  c.field("initial.magistrates_awaiting_trial_share", ia.magistrates_awaiting_trial_share,
          ib.magistrates_awaiting_trial_share);
  c.field("initial.crown", ia.crown, ib.crown);
  c.field("initial.crown_awaiting_trial_share", ia.crown_awaiting_trial_share,
          ib.crown_awaiting_trial_share);

  c.field("costs.present", a.costs.has_value(), b.costs.has_value());
  if (a.costs && b.costs) {
    const Costs& x = *a.costs;
    const Costs& y = *b.costs;
    c.field("costs.investigation", x.investigation, y.investigation);
    c.field("costs.charging_decision", x.charging_decision, y.charging_decision);
    c.field("costs.triage", x.triage, y.triage);
    c.field("costs.magistrates_session", x.magistrates_session, y.magistrates_session);
    c.field("costs.crown_sitting_day", x.crown_sitting_day, y.crown_sitting_day);
    c.field("costs.first_hearing", x.first_hearing, y.first_hearing);
    c.field("costs.magistrates_trial", x.magistrates_trial, y.magistrates_trial);
    c.field("costs.ptph", x.ptph, y.ptph);
    c.field("costs.crown_trial", x.crown_trial, y.crown_trial);
  }
  c.field("outputs.trace", a.outputs.trace, b.outputs.trace);
  c.field("outputs.period_days", a.outputs.period_days, b.outputs.period_days);
  return c.found;
}

std::string fixture(const std::string& name) {
  return std::string(CJSIM_SCENARIO_FIXTURES) + "/" + name;
}

}  // namespace cj::scenario::testing

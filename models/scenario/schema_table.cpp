// The scenario keys. Each row: path, type, unit, default, meaning, limits. Defaults are the
// struct defaults of models/parameters where those are meaningful; otherwise neutral values that
// switch a feature off (no attrition, no costs) or send every case down the main path. They are
// not West Yorkshire estimates: the baseline scenario gives those, with their sources.
#include <limits>
#include <string_view>
#include <tuple>
#include <utility>

#include "models/scenario/schema.hpp"

namespace cj::scenario {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr Range kAny{};
constexpr Range kProbability{0, 1};
constexpr Range kNonNegative{0, kInf};
constexpr Range kPositive{0, kInf, true};
constexpr Range kAtLeastOne{1, kInf};
constexpr Range kChange{-1, 1};

Key make(std::string path, Type type, std::string unit, std::string default_yaml,
         std::string meaning, Range range = kAny) {
  Key k;
  k.path = std::move(path);
  k.type = type;
  k.unit = std::move(unit);
  k.default_yaml = std::move(default_yaml);
  k.meaning = std::move(meaning);
  k.range = range;
  return k;
}
Key required(Key k) {
  k.presence = Presence::required;
  k.default_yaml.clear();
  return k;
}
Key optional(Key k) {
  k.presence = Presence::optional;
  return k;
}
Key section(std::string path, std::string meaning) {
  return make(std::move(path), Type::section, "", "", std::move(meaning));
}
Key number(std::string path, std::string unit, std::string def, Range range, std::string meaning) {
  return make(std::move(path), Type::number, std::move(unit), std::move(def), std::move(meaning),
              range);
}
Key share(std::string path, std::string def, std::string meaning) {
  return number(std::move(path), "share", std::move(def), kProbability, std::move(meaning));
}
Key days(std::string path, std::string def, std::string meaning) {
  return number(std::move(path), "days", std::move(def), kNonNegative, std::move(meaning));
}
Key distribution(std::string path, std::string unit, std::string def, std::string meaning) {
  return make(std::move(path), Type::distribution, std::move(unit), std::move(def),
              std::move(meaning));
}
Key steps(std::string path, std::string unit, std::string def, std::string meaning) {
  return make(std::move(path), Type::steps, std::move(unit), std::move(def), std::move(meaning),
              kNonNegative);
}
Key gbp(std::string path, std::string meaning) {
  return number(std::move(path), "GBP", "0", kNonNegative, std::move(meaning));
}

void add_top_level(std::vector<Key>& t) {
  t.push_back(
      required(make("name", Type::text, "", "", "Name of the scenario, shown in outputs.")));
  t.push_back(make("description", Type::text, "", "\"\"", "What the scenario is for."));
  t.push_back(optional(make("extends", Type::path, "", "",
                            "A scenario file this one changes, relative to this file. Merged "
                            "before everything else; not kept in the resolved scenario.")));
  t.push_back(make("start", Type::date, "", "2026-04-01", "First day simulated."));
  t.push_back(optional(number("horizon_years", "years", "", Range{0, 50, true},
                              "Length of the run. Whole years count calendar days from `start`; "
                              "a fraction of a year is that fraction of 365.25 days."))
                  .alternative_to("horizon_days"));
  t.push_back(number("horizon_days", "days", "365", Range{0, 50 * 365.25, true},
                     "Length of the run in days, when `horizon_years` is not given.")
                  .alternative_to("horizon_years"));
  t.push_back(make("replications", Type::integer, "runs", "1",
                   "Independent runs of each point, for uncertainty bands.", Range{1, 10000}));
  t.push_back(
      make("seed", Type::seed, "", "1", "Master seed: every run's random streams derive from it."));
}

void add_calendar(std::vector<Key>& t) {
  t.push_back(section("calendar", "Days on which courts sit."));
  t.push_back(make("calendar.closed_weekdays", Type::weekdays, "", "[saturday, sunday]",
                   "Weekdays on which no court sits."));
  t.push_back(make("calendar.bank_holidays", Type::choice, "", "england-and-wales",
                   "Bank holidays on which no court sits."));
  t.back().choices = {"england-and-wales", "none"};
  t.push_back(make("calendar.closed_dates", Type::dates, "", "[]",
                   "Further days on which no court sits (one-off holidays, closures)."));
}

void add_offences(std::vector<Key>& t) {
  t.push_back(required(make("offence_groups", Type::named_list, "", "",
                            "Offence groups: the demand and the case mix of each. At least one; "
                            "names unique. Values that may vary by group are given per group "
                            "under each stage's `by_offence`.")));
  const std::string g = "offence_groups[].";
  t.push_back(required(make(g + "name", Type::text, "", "", "Name of the group (e.g. rape).")));
  t.push_back(number(g + "reports_per_year", "reports a year", "0", kNonNegative,
                     "Crimes recorded a year at the start date, before seasonality and trend."));
  t.push_back(number(g + "trend_per_year", "fraction a year", "0", Range{-1, kInf, true},
                     "Growth of reports a year, compounded: 0.02 is +2% a year."));
  t.push_back(make(g + "seasonality", Type::seasonality, "multipliers",
                   "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
                   "Twelve monthly multipliers of reports, January first; scaled to mean 1."));
  t.push_back(make(g + "monthly_reports", Type::month_counts, "reports a month", "{}",
                   "Reports by month ({2026-04: 250, ...}); when given, replaces "
                   "reports_per_year."));
  t.push_back(share(g + "domestic_abuse_share", "0", "Cases flagged domestic abuse."));
  t.push_back(share(g + "victim_share", "1", "Cases with an identifiable victim."));
  t.push_back(section(g + "mode",
                      "Mode of trial: shares of summary, either-way and "
                      "indictable-only cases (sum 1)."));
  t.push_back(share(g + "mode.summary", "1", "Summary-only cases.").in_share_set("mode"));
  t.push_back(share(g + "mode.either_way", "0", "Either-way cases.").in_share_set("mode"));
  t.push_back(share(g + "mode.indictable", "0", "Indictable-only cases.").in_share_set("mode"));
  t.push_back(share(g + "custody_share", "0", "Charged defendants remanded in custody."));

  t.push_back(section("demand", "Demand that does not start with a report."));
  t.push_back(make("demand.later_entries", Type::named_list, "", "[]",
                   "Cases that enter at a later stage (e.g. Crown Court receipts for a "
                   "hindcast). Names unique."));
  const std::string e = "demand.later_entries[].";
  t.push_back(required(make(e + "name", Type::text, "", "", "Name of the series.")));
  t.push_back(make(e + "stage", Type::choice, "", "crown", "Stage the cases enter."));
  t.back().choices = {"charging", "magistrates", "crown"};
  t.push_back(
      number(e + "per_year", "cases a year", "0", kNonNegative, "Cases a year, evenly spread.")
          .alternative_to("monthly"));
  t.push_back(optional(make(e + "monthly", Type::month_counts, "cases a month", "",
                            "Cases by month, instead of per_year."))
                  .alternative_to("per_year"));
  t.push_back(required(make(e + "offence_mix", Type::group_shares, "share", "",
                            "Shares of the offence groups (sum 1).")));
}

void add_investigation(std::vector<Key>& t) {
  t.push_back(section("investigation", "Police investigation, from report to outcome."));
  t.push_back(distribution("investigation.duration_days", "days",
                           "{dist: lognormal, median: 14, p90: 120}",
                           "Time from report to the end of the investigation. Default: median "
                           "from Home Office crime outcomes (E&W, 14 days); p90 an assumption.")
                  .per_group());
  t.push_back(section("investigation.outcomes", "How investigations end (sum 1)."));
  for (const auto& [name, def, meaning] :
       {std::tuple{"file_for_charging", "1", "A file goes for a charging decision."},
        std::tuple{"no_further_action", "0", "No further action (e.g. evidential difficulties)."},
        std::tuple{"out_of_court", "0",
                   "Out-of-court resolution (community resolution, caution, outcome 22)."}}) {
    t.push_back(share(std::string("investigation.outcomes.") + name, def, meaning)
                    .per_group()
                    .in_share_set("outcomes"));
  }
  t.push_back(make("investigation.investigators", Type::optional_section, "", "none",
                   "Investigators on duty, when their capacity should bind; `none`: "
                   "investigation is a pure delay."));
  t.push_back(required(steps("investigation.investigators.count", "investigators", "",
                             "Investigators on duty, by date.")));
  t.push_back(make("investigation.by_offence", Type::by_offence, "", "{}",
                   "Per offence group: any of duration_days and outcomes.*."));
}

void add_charging(std::vector<Key>& t) {
  t.push_back(section("charging", "Charging decision, by the police or the CPS."));
  t.push_back(share("charging.police_charge_share", "0",
                    "Files the police charge themselves (the rest go to the CPS).")
                  .per_group());
  t.push_back(section("charging.triage", "CPS triage of police files."));
  t.push_back(distribution("charging.triage.days", "days", "{dist: fixed, value: 0}",
                           "CPS time to accept or return a file.")
                  .per_group());
  t.push_back(share("charging.triage.accept_first", "1",
                    "Files accepted at their first submission (West Yorkshire 2024-25: 0.892).")
                  .per_group());
  t.push_back(
      share("charging.triage.accept_resubmission", "1", "Files accepted at each later submission.")
          .per_group());
  t.push_back(distribution("charging.triage.rework_days", "days", "{dist: exponential, mean: 51}",
                           "Police time to rework a returned file. Default: Home Office research "
                           "(each action plan added 51 days).")
                  .per_group());
  t.push_back(distribution("charging.decision_days", "days", "{dist: exponential, mean: 28}",
                           "CPS time from acceptance to decision (an assumption).")
                  .per_group());
  t.push_back(section("charging.decision", "CPS decisions (sum 1)."));
  for (const auto& [name, def] : {std::pair{"charge", "1"}, std::pair{"no_further_action", "0"},
                                  std::pair{"out_of_court", "0"}}) {
    t.push_back(share(std::string("charging.decision.") + name, def,
                      std::string("Decisions: ") + name + ".")
                    .per_group()
                    .in_share_set("decision"));
  }
  t.push_back(section("charging.eia", "Early investigative advice (EIA) from the CPS."));
  t.push_back(make("charging.eia.applies_to", Type::group_names, "", "[]",
                   "Offence groups where EIA is offered."));
  t.push_back(share("charging.eia.uptake", "0", "Investigations of those groups with EIA."));
  t.push_back(number("charging.eia.charge_change", "probability", "0", kChange,
                     "Added to P(charge), taken from no further action."));
  t.push_back(number("charging.eia.accept_first_change", "probability", "0", kChange,
                     "Added to P(accepted at first submission)."));
  t.push_back(number("charging.eia.decision_days_scale", "factor", "1", kPositive,
                     "Multiplies the CPS decision time."));
  t.push_back(number("charging.eia.investigation_days_scale", "factor", "1", kPositive,
                     "Multiplies the investigation time."));
  t.push_back(make("charging.lawyers", Type::optional_section, "", "none",
                   "CPS lawyers, when their capacity should bind; `none`: a pure delay."));
  t.push_back(
      required(steps("charging.lawyers.count", "lawyers", "", "Lawyers on duty, by date.")));
  t.push_back(make("charging.by_offence", Type::by_offence, "", "{}",
                   "Per offence group: any of police_charge_share, triage.*, decision_days and "
                   "decision.*."));
}

void add_magistrates(std::vector<Key>& t) {
  t.push_back(section("magistrates", "Magistrates' courts."));
  t.push_back(make("magistrates.courts", Type::named_list, "",
                   "[{name: main, share: 1, hearing_sessions: 1, trial_sessions: 1}]",
                   "Courts (names unique); shares sum to 1."));
  const std::string c = "magistrates.courts[].";
  t.push_back(required(make(c + "name", Type::text, "", "", "Name of the court.")));
  t.push_back(required(share(c + "share", "", "Charged cases heard here.")));
  t.push_back(required(
      steps(c + "hearing_sessions", "sessions a sitting day", "",
            "Sessions for first hearings, sentences and other hearings; fractions carry over "
            "(7.5 sits as 7 and 8 on alternate days).")));
  t.push_back(required(steps(c + "trial_sessions", "sessions a sitting day", "",
                             "Sessions for trials; fractions carry over.")));
  t.push_back(
      number("magistrates.session_minutes", "minutes", "180", kPositive,
             "Court time in a session. Each hearing is listed into one session, so none may be "
             "longer."));
  t.push_back(number("magistrates.first_hearing_minutes", "minutes", "20", kPositive,
                     "Court time of a first hearing."));
  t.push_back(number("magistrates.sentence_minutes", "minutes", "30", kPositive,
                     "Court time of a sentencing hearing."));
  t.push_back(number("magistrates.cracked_trial_minutes", "minutes", "30", kNonNegative,
                     "Court time a cracked or ineffective trial takes."));
  t.push_back(section("magistrates.notice_days", "Charge to first hearing."));
  t.push_back(days("magistrates.notice_days.custody", "1", "Remanded defendants."));
  t.push_back(
      days("magistrates.notice_days.bail_guilty_plea", "14", "On bail, guilty plea anticipated."));
  t.push_back(days("magistrates.notice_days.bail", "28", "On bail, otherwise."));
  t.push_back(section("magistrates.first_hearing", "The first hearing."));
  t.push_back(share("magistrates.first_hearing.adjournment", "0", "First hearings adjourned."));
  t.push_back(
      days("magistrates.first_hearing.adjournment_days", "28", "Adjournment to the next hearing."));
  t.push_back(section("magistrates.first_hearing.guilty_plea", "Guilty pleas at first hearing."));
  t.push_back(
      share("magistrates.first_hearing.guilty_plea.summary", "0", "Summary cases.").per_group());
  t.push_back(share("magistrates.first_hearing.guilty_plea.either_way", "0", "Either-way cases.")
                  .per_group());
  t.push_back(share("magistrates.first_hearing.committed_for_sentence", "0",
                    "Either-way guilty pleas committed to the Crown Court for sentence.")
                  .per_group());
  t.push_back(share("magistrates.first_hearing.sentence_after_reports", "0",
                    "Guilty pleas sentenced at a later hearing, after reports."));
  t.push_back(days("magistrates.first_hearing.reports_days", "21", "Time to prepare reports."));
  t.push_back(share("magistrates.first_hearing.either_way_retained", "0",
                    "Not-guilty either-way cases tried here (the rest are sent to the Crown "
                    "Court).")
                  .per_group());
  t.push_back(
      section("magistrates.trial", "Summary trials; effective + cracked + ineffective = 1."));
  t.push_back(number("magistrates.trial.minutes", "minutes", "120", kPositive,
                     "Court time of an effective trial (an assumption).")
                  .per_group());
  t.push_back(
      days("magistrates.trial.preparation_days", "42", "Earliest trial after the first hearing."));
  t.push_back(share("magistrates.trial.effective", "1", "Trials that go ahead to a verdict.")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(share("magistrates.trial.cracked", "0", "Trials that end on the day without one.")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(share("magistrates.trial.ineffective", "0",
                    "Trials that cannot go ahead for a cause other than court time (relisted).")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(share("magistrates.trial.cracked_guilty_plea", "0.5",
                    "Cracked trials ending in a late guilty plea (else no evidence offered)."));
  t.push_back(share("magistrates.trial.conviction", "0.5",
                    "Convictions among effective trials (an assumption).")
                  .per_group());
  t.push_back(
      days("magistrates.trial.relist_days", "28", "Ineffective trial to the earliest new date."));
  t.push_back(number("magistrates.trial.overlisting", "factor", "1", kAtLeastOne,
                     "Trial time booked per minute available."));
  t.push_back(section("magistrates.trial.ineffective_causes",
                      "Causes of ineffective listings other than court time; they sum to 1."));
  t.push_back(share("magistrates.trial.ineffective_causes.witness_absent", "0.4",
                    "A prosecution witness or the victim did not attend.")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("magistrates.trial.ineffective_causes.defence_not_ready", "0.25",
                    "The defence was not ready, or the defendant did not attend.")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("magistrates.trial.ineffective_causes.prosecution_not_ready", "0.2",
                    "The prosecution was not ready (disclosure, evidence).")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("magistrates.trial.ineffective_causes.other", "0.15",
                    "Any other cause (interpreter, judge, equipment).")
                  .in_share_set("ineffective_causes"));

  t.push_back(section("magistrates.da_fast_listing",
                      "Listing domestic-abuse trials to a strict timescale."));
  t.push_back(make("magistrates.da_fast_listing.enabled", Type::boolean, "", "false",
                   "Whether DA trials are fast-listed."));
  t.push_back(days("magistrates.da_fast_listing.preparation_days", "14",
                   "Earliest DA trial after the first hearing."));
  t.push_back(share("magistrates.da_fast_listing.ring_fenced_share", "0",
                    "Trial time that only DA trials may book."));
  t.push_back(days("magistrates.da_fast_listing.release_days", "0",
                   "Unused ring-fenced time opens to all this close to the day."));
  t.push_back(number("magistrates.da_fast_listing.target_days", "days", "28", kPositive,
                     "Reported: DA trials within this many days of the first hearing."));
  t.push_back(make("magistrates.by_offence", Type::by_offence, "", "{}",
                   "Per offence group: any of first_hearing.guilty_plea.*, "
                   "first_hearing.committed_for_sentence, first_hearing.either_way_retained, "
                   "trial.minutes, trial.effective, "
                   "trial.cracked, trial.ineffective and trial.conviction."));
}

void add_crown(std::vector<Key>& t) {
  t.push_back(section("crown", "The Crown Court."));
  t.push_back(make("crown.centres", Type::named_list, "", "[{name: main, share: 1, rooms: 1}]",
                   "Court centres (names unique); shares sum to 1."));
  t.push_back(required(make("crown.centres[].name", Type::text, "", "", "Name of the centre.")));
  t.push_back(
      required(share("crown.centres[].share", "", "Cases sent to the Crown Court heard here.")));
  t.push_back(optional(share("crown.centres[].stock_share", "",
                             "Share of the Crown Court's initial stock open at this centre; "
                             "give it for every centre or none (none: as `share`).")));
  t.push_back(required(steps("crown.centres[].rooms", "rooms", "",
                             "Courtrooms sitting each sitting day, by date.")));
  t.push_back(steps("crown.sitting_days_scale", "factor", "1",
                    "Multiplies every centre's rooms (a number, or steps by date)."));
  t.push_back(number("crown.trial_share_of_sitting_days", "share", "1", Range{0, 1, true},
                     "Room time available to trials (the rest: PTPHs, sentences, mentions)."));
  t.push_back(days("crown.ptph_days", "28", "Sending to the plea and trial preparation hearing."));
  t.push_back(share("crown.ptph_guilty_plea", "0", "Guilty pleas at the PTPH.").per_group());
  t.push_back(share("crown.late_guilty_plea", "0",
                    "Of not-guilty pleas at the PTPH: a guilty plea at a later hearing, if the "
                    "trial has not started by then.")
                  .per_group());
  t.push_back(distribution("crown.late_plea_days", "days", "{dist: fixed, value: 90}",
                           "PTPH to a later guilty plea."));
  t.push_back(days("crown.sentence_days", "21", "Guilty plea to sentence."));
  t.push_back(distribution("crown.trial_days", "sitting days", "{dist: gamma, shape: 2, mean: 3}",
                           "Sitting days a trial takes, rounded up to whole days. Default: mean "
                           "near the 14.5 hours of a not-guilty trial (MoJ, 2016).")
                  .per_group());
  t.push_back(section("crown.trial", "Crown Court trials; effective + cracked + ineffective = 1."));
  t.push_back(share("crown.trial.effective", "1", "Trials that go ahead to a verdict.")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(share("crown.trial.cracked", "0", "Trials that end on the day without one.")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(share("crown.trial.ineffective", "0", "Trials that cannot go ahead and are relisted.")
                  .per_group()
                  .in_share_set("trial"));
  t.push_back(section("crown.trial.ineffective_causes",
                      "Causes of ineffective listings other than court time; they sum to 1."));
  t.push_back(share("crown.trial.ineffective_causes.witness_absent", "0.4",
                    "A prosecution witness or the victim did not attend.")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("crown.trial.ineffective_causes.defence_not_ready", "0.25",
                    "The defence was not ready, or the defendant did not attend.")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("crown.trial.ineffective_causes.prosecution_not_ready", "0.2",
                    "The prosecution was not ready (disclosure, evidence).")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("crown.trial.ineffective_causes.other", "0.15",
                    "Any other cause (interpreter, judge, equipment).")
                  .in_share_set("ineffective_causes"));
  t.push_back(share("crown.trial.cracked_guilty_plea", "0.5",
                    "Cracked trials ending in a late guilty plea (else no evidence offered)."));
  t.push_back(
      share("crown.trial.conviction", "0.5", "Convictions among effective trials (an assumption).")
          .per_group());
  t.push_back(
      days("crown.trial.relist_days", "28", "Ineffective trial back into the listing queue."));
  t.push_back(number("crown.trial.lost_sitting_days_cracked", "sitting days", "0.5", kNonNegative,
                     "Room time lost when a trial cracks on the day."));
  t.push_back(number("crown.trial.lost_sitting_days_ineffective", "sitting days", "0.5",
                     kNonNegative, "Room time lost when a trial is ineffective."));
  t.push_back(number("crown.custody_time_limit_days", "days", "182", kPositive,
                     "Longest remand from sending to trial; breaches are counted."));
  t.push_back(number("crown.ptph_sitting_days", "sitting days", "0.05", kNonNegative,
                     "Room time of a PTPH (for the capacity reported)."));
  t.push_back(number("crown.sentence_sitting_days", "sitting days", "0.05", kNonNegative,
                     "Room time of a sentencing hearing."));
  t.push_back(make("crown.by_offence", Type::by_offence, "", "{}",
                   "Per offence group: any of ptph_guilty_plea, late_guilty_plea, trial_days, "
                   "trial.effective, "
                   "trial.cracked, trial.ineffective and trial.conviction."));
}

void add_attrition(std::vector<Key>& t) {
  t.push_back(section("attrition", "Victims withdrawing support (a competing risk)."));
  t.push_back(make("attrition.pre_charge_days", Type::optional_distribution, "days", "none",
                   "Report to withdrawal, for cases with a victim; `none`: never.")
                  .per_group());
  t.push_back(make("attrition.post_charge_days", Type::optional_distribution, "days", "none",
                   "Charge to withdrawal; `none`: never.")
                  .per_group());
  t.push_back(section("attrition.support", "Victim support (IDVA, ISVA)."));
  t.push_back(
      share("attrition.support.coverage", "0", "Victims with an IDVA or ISVA.").per_group());
  t.push_back(number("attrition.support.hazard_ratio", "ratio", "1", kPositive,
                     "Withdrawal hazard of supported victims relative to the others."));
  t.push_back(make("attrition.by_offence", Type::by_offence, "", "{}",
                   "Per offence group: any of pre_charge_days, post_charge_days and "
                   "support.coverage."));
}

void add_initial_state(std::vector<Key>& t) {
  t.push_back(section("initial_state", "Cases already open at the start date."));
  for (const auto& [stage, meaning, trial_share] :
       {std::tuple{"investigation", "Open investigations.", ""},
        std::tuple{"awaiting_charge", "Files with the CPS (triage, rework or decision).", ""},
        std::tuple{"magistrates", "Open cases in the magistrates' courts.", "0.5"},
        std::tuple{"crown", "Open cases in the Crown Court.", "0.8"}}) {
    const std::string p = std::string("initial_state.") + stage;
    t.push_back(section(p, meaning));
    t.push_back(make(p + ".count", Type::integer, "cases", "0", "Open cases.", kNonNegative));
    t.push_back(distribution(p + ".age_days", "days", "{dist: fixed, value: 0}",
                             "How long each has been in this stage."));
    t.push_back(make(p + ".offence_mix", Type::group_shares, "share", "{}",
                     "Shares of the offence groups (sum 1); {}: as the demand."));
    if (*trial_share != '\0') {
      t.push_back(share(p + ".awaiting_trial_share", trial_share,
                        std::string("Cases awaiting trial (the rest await a ") +
                            (std::string_view(stage) == "crown" ? "PTPH)." : "first hearing).")));
    }
  }
}

void add_costs_and_outputs(std::vector<Key>& t) {
  t.push_back(make("costs", Type::optional_section, "", "none",
                   "Unit costs in GBP; `none`: costs are not reported."));
  t.push_back(gbp("costs.investigation", "Per investigation closed."));
  t.push_back(gbp("costs.charging_decision", "Per CPS decision."));
  t.push_back(gbp("costs.triage", "Per file submitted to the CPS."));
  t.push_back(gbp("costs.magistrates_session", "Per magistrates' session sat."));
  t.push_back(gbp("costs.crown_sitting_day", "Per Crown Court room sitting day."));
  t.push_back(gbp("costs.first_hearing", "Per first hearing, on top of court time."));
  t.push_back(gbp("costs.magistrates_trial", "Per magistrates' trial, on top of court time."));
  t.push_back(gbp("costs.ptph", "Per PTPH, on top of court time."));
  t.push_back(gbp("costs.crown_trial", "Per Crown Court trial, on top of court time."));

  t.push_back(section("outputs", "What a run records."));
  t.push_back(make("outputs.trace", Type::choice, "", "cases",
                   "none: time series and summaries only; cases: also one row per case; "
                   "events: also every state change."));
  t.back().choices = {"none", "cases", "events"};
  t.push_back(number("outputs.period_days", "days", "7", kAtLeastOne,
                     "Length of a period of the time series."));
}

void add_sweep(std::vector<Key>& t) {
  t.push_back(optional(section("sweep",
                               "Points to run besides the scenario itself: exactly one "
                               "of grid, points, one_at_a_time and latin_hypercube. "
                               "Keys are --set paths. Not kept in the resolved "
                               "scenario.")));
  t.push_back(optional(make("sweep.grid", Type::sweep_lists, "", "",
                            "{key.path: [values]}: every combination; the first key varies "
                            "slowest.")));
  t.push_back(optional(make("sweep.points", Type::sweep_points, "", "",
                            "[{key.path: value, ...}]: the points as listed.")));
  t.push_back(optional(make("sweep.one_at_a_time", Type::sweep_lists, "", "",
                            "{key.path: [values]}: each key varied alone, the others at the "
                            "scenario's values.")));
  t.push_back(optional(section("sweep.latin_hypercube",
                               "A Latin hypercube sample of number ranges, reproducible from "
                               "its seed.")));
  t.push_back(required(make("sweep.latin_hypercube.size", Type::integer, "points", "",
                            "Points drawn.", Range{1, 10000})));
  t.push_back(make("sweep.latin_hypercube.seed", Type::seed, "", "1", "Seed of the sample."));
  t.push_back(required(make("sweep.latin_hypercube.ranges", Type::sweep_ranges, "", "",
                            "{key.path: [low, high]}: the range of each number.")));
}

}  // namespace

std::vector<Key> schema_table() {
  std::vector<Key> t;
  add_top_level(t);
  add_calendar(t);
  add_offences(t);
  add_investigation(t);
  add_charging(t);
  add_magistrates(t);
  add_crown(t);
  add_attrition(t);
  add_initial_state(t);
  add_costs_and_outputs(t);
  add_sweep(t);
  return t;
}

}  // namespace cj::scenario

// The magistrates' courts and the Crown Court: courts and centres with their rosters, per-group
// pleas and trial outcomes, listing parameters.
#include <cmath>

#include "models/scenario/build.hpp"
#include "models/scenario/scalars.hpp"
#include "sim/check.hpp"

namespace cj::scenario {
namespace {

// The items' shares must sum to 1: reported at the list.
void check_shares(Build& b, const View& parent, std::string_view list, double sum,
                  std::size_t count, const std::string& what) {
  if (count == 0) {
    if (b.find(parent, list).value) {
      b.problem(parent, list, "no " + what + " (expected at least one)");
    }
    return;
  }
  if (std::fabs(sum - 1) > kShareTolerance) {
    b.problem(parent, list,
              "the " + what + "' shares sum to " + format_sum(sum) + " (expected 1, within 1e-9)");
  }
}

// A hearing is listed into one session, never across two: one longer than a session could never
// be listed, and its case would wait for ever.
void check_fits_session(Build& b, const View& view, std::string_view key, double minutes,
                        double session_minutes) {
  if (minutes > session_minutes) {
    const std::string session = sim::format_number(session_minutes);
    b.problem(view, key,
              sim::format_number(minutes) + " minutes is longer than a session (expected at most " +
                  "session_minutes, " + session + ")");
  }
}

IneffectiveCauses ineffective_causes(Build& b, const View& stage) {
  const auto v =
      b.share_set(stage, "trial.ineffective_causes",
                  {"witness_absent", "defence_not_ready", "prosecution_not_ready", "other"});
  return IneffectiveCauses{v[0], v[1], v[2], v[3]};
}

}  // namespace

void build_magistrates(Build& b, Scenario& s) {
  const View stage = b.section(b.root(), "magistrates");
  Magistrates& m = s.magistrates;
  m.session_minutes = b.number(stage, "session_minutes");
  double sum = 0;
  for (const View& item : b.items(stage, "courts")) {
    MagistratesCourt c;
    c.name = b.text(item, "name");
    c.share = b.number(item, "share");
    c.hearing_sessions = b.steps(item, "hearing_sessions");
    c.trial_sessions = b.steps(item, "trial_sessions");
    sum += c.share;
    m.courts.push_back(std::move(c));
  }
  check_shares(b, stage, "courts", sum, m.courts.size(), "courts");
  for (const auto& group : b.groups()) {
    const View g = b.for_group(stage, group);
    MagistratesGroup mg;
    mg.guilty_plea_summary = b.number(g, "first_hearing.guilty_plea.summary");
    mg.guilty_plea_either_way = b.number(g, "first_hearing.guilty_plea.either_way");
    mg.committed_for_sentence = b.number(g, "first_hearing.committed_for_sentence");
    mg.either_way_retained = b.number(g, "first_hearing.either_way_retained");
    mg.trial_minutes = b.number(g, "trial.minutes");
    check_fits_session(b, g, "trial.minutes", mg.trial_minutes, m.session_minutes);
    const auto t = b.share_set(g, "trial", {"effective", "cracked", "ineffective"});
    mg.trial_effective = t[0];
    mg.trial_cracked = t[1];
    mg.trial_ineffective = t[2];
    mg.conviction_at_trial = b.number(g, "trial.conviction");
    m.groups.push_back(mg);
  }
  m.first_hearing_minutes = b.number(stage, "first_hearing_minutes");
  m.sentence_minutes = b.number(stage, "sentence_minutes");
  check_fits_session(b, stage, "first_hearing_minutes", m.first_hearing_minutes, m.session_minutes);
  check_fits_session(b, stage, "sentence_minutes", m.sentence_minutes, m.session_minutes);
  m.cracked_trial_minutes = b.number(stage, "cracked_trial_minutes");
  m.notice_days_custody = b.number(stage, "notice_days.custody");
  m.notice_days_bail_guilty = b.number(stage, "notice_days.bail_guilty_plea");
  m.notice_days_bail = b.number(stage, "notice_days.bail");
  m.adjournment = b.number(stage, "first_hearing.adjournment");
  m.adjournment_days = b.number(stage, "first_hearing.adjournment_days");
  m.sentence_after_reports = b.number(stage, "first_hearing.sentence_after_reports");
  m.reports_days = b.number(stage, "first_hearing.reports_days");
  m.trial_preparation_days = b.number(stage, "trial.preparation_days");
  m.overlisting = b.number(stage, "trial.overlisting");
  m.cracked_guilty_plea = b.number(stage, "trial.cracked_guilty_plea");
  m.relist_days = b.number(stage, "trial.relist_days");
  m.ineffective_causes = ineffective_causes(b, stage);
  const View da = b.section(stage, "da_fast_listing");
  m.da_fast_listing.enabled = b.boolean(da, "enabled");
  m.da_fast_listing.preparation_days = b.number(da, "preparation_days");
  m.da_fast_listing.ring_fenced_share = b.number(da, "ring_fenced_share");
  m.da_fast_listing.release_days = b.number(da, "release_days");
  m.da_fast_listing.target_days = b.number(da, "target_days");
}

void build_crown(Build& b, Scenario& s) {
  const View stage = b.section(b.root(), "crown");
  Crown& c = s.crown;
  double sum = 0;
  double stock_sum = 0;
  std::size_t stock_given = 0;
  for (const View& item : b.items(stage, "centres")) {
    CrownCentre centre;
    centre.name = b.text(item, "name");
    centre.share = b.number(item, "share");
    centre.rooms = b.steps(item, "rooms");
    if (b.find(item, "stock_share").value) {
      centre.stock_share = b.number(item, "stock_share");
      stock_sum += centre.stock_share;
      ++stock_given;
    }
    sum += centre.share;
    c.centres.push_back(std::move(centre));
  }
  check_shares(b, stage, "centres", sum, c.centres.size(), "centres");
  if (stock_given > 0 && stock_given != c.centres.size()) {
    b.problem(stage, "centres",
              "stock_share is given for some centres only (expected every centre or none)");
  } else if (stock_given > 0 && std::fabs(stock_sum - 1) > kShareTolerance) {
    b.problem(
        stage, "centres",
        "the centres' stock shares sum to " + format_sum(stock_sum) + " (expected 1, within 1e-9)");
  }
  for (const auto& group : b.groups()) {
    const View g = b.for_group(stage, group);
    CrownGroup cg;
    cg.guilty_plea_ptph = b.number(g, "ptph_guilty_plea");
    cg.late_guilty_plea = b.number(g, "late_guilty_plea");
    cg.trial_days = b.distribution(g, "trial_days");
    const auto t = b.share_set(g, "trial", {"effective", "cracked", "ineffective"});
    cg.trial_effective = t[0];
    cg.trial_cracked = t[1];
    cg.trial_ineffective = t[2];
    cg.conviction_at_trial = b.number(g, "trial.conviction");
    c.groups.push_back(std::move(cg));
  }
  c.sitting_days_scale = b.steps(stage, "sitting_days_scale");
  c.trial_share_of_sitting_days = b.number(stage, "trial_share_of_sitting_days");
  c.ptph_days = b.number(stage, "ptph_days");
  c.late_plea_days = b.distribution(stage, "late_plea_days");
  c.sentence_days = b.number(stage, "sentence_days");
  c.cracked_guilty_plea = b.number(stage, "trial.cracked_guilty_plea");
  c.relist_days = b.number(stage, "trial.relist_days");
  c.ineffective_causes = ineffective_causes(b, stage);
  c.lost_sitting_days_cracked = b.number(stage, "trial.lost_sitting_days_cracked");
  c.lost_sitting_days_ineffective = b.number(stage, "trial.lost_sitting_days_ineffective");
  c.custody_time_limit_days = b.number(stage, "custody_time_limit_days");
  c.ptph_sitting_days = b.number(stage, "ptph_sitting_days");
  c.sentence_sitting_days = b.number(stage, "sentence_sitting_days");
}

}  // namespace cj::scenario

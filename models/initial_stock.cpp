#include "models/initial_stock.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>

#include <stdexcept>

#include "models/intake.hpp"

namespace cj {
namespace {

double annual_reports(const OffenceGroup& g) {
  if (g.reports_per_year > 0 || g.monthly_reports.empty()) return g.reports_per_year;
  double total = 0;
  for (const auto& m : g.monthly_reports) total += m.count;
  return total * 12.0 / static_cast<double>(g.monthly_reports.size());
}

int draw_group(sim::Rng& rng, const std::vector<double>& mix) {
  const double u = rng.uniform();
  double running = 0;
  for (std::size_t g = 0; g < mix.size(); ++g) {
    running += mix[g];
    if (u < running) return static_cast<int>(g);
  }
  return static_cast<int>(mix.size()) - 1;
}

// Draws of a duration length-biased by resampling: the steady state's open cases are long ones
// in proportion to their length.
constexpr int kLengthBiasCandidates = 32;

// A duration of the stage for a case of group `g` (what the stage takes without waiting).
double stage_duration(const Scenario& s, Stage stage, int g, sim::Rng& rng) {
  if (stage == Stage::investigation) return s.investigation.groups[g].duration_days.sample(rng);
  const auto& chg = s.charging.groups[g];
  return chg.triage_days.sample(rng) + chg.decision_days.sample(rng);
}

// An age from the stage's steady state: a length-biased duration, a uniform point in it.
double steady_state_age(const Scenario& s, Stage stage, int g, sim::Rng& rng) {
  std::array<double, kLengthBiasCandidates> d{};
  double total = 0;
  for (double& x : d) total += (x = stage_duration(s, stage, g, rng));
  double pick = rng.uniform() * total;
  double chosen = d.back();
  for (double x : d) {
    if (pick < x) {
      chosen = x;
      break;
    }
    pick -= x;
  }
  return rng.uniform() * chosen;
}

}  // namespace

std::vector<double> derived_stock_mix(const Scenario& s, Stage stage) {
  std::vector<double> weight(s.offences.size(), 0.0);
  for (std::size_t g = 0; g < s.offences.size(); ++g) {
    const double reports = annual_reports(s.offences[g]);
    const auto& inv = s.investigation.groups[g];
    const auto& chg = s.charging.groups[g];
    const double to_charging = reports * inv.outcomes.file_for_charging;
    const double charged = to_charging * (chg.police_charge_share +
                                          (1 - chg.police_charge_share) * chg.decision.charge);
    const auto& mode = s.offences[g].mode;
    const auto& mags = s.magistrates.groups[g];
    const double sent =
        charged * (mode.indictable + mode.either_way * (1 - mags.guilty_plea_either_way) *
                                         (1 - mags.either_way_retained));
    switch (stage) {
      case Stage::investigation:
        weight[g] = reports * inv.duration_days.mean();
        break;
      case Stage::awaiting_charge:
        weight[g] = to_charging * (1 - chg.police_charge_share) *
                    (chg.triage_days.mean() + chg.decision_days.mean());
        break;
      case Stage::magistrates:
        weight[g] = charged - sent;
        break;
      case Stage::crown:
        weight[g] = sent;
        break;
      case Stage::closed:
        break;
    }
  }
  const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
  if (total <= 0)
    return std::vector<double>(weight.size(), 1.0 / static_cast<double>(weight.size()));
  for (double& w : weight) w /= total;
  return weight;
}

void open_initial_stock(Context& ctx, const Flow& flow) {
  const InitialState& stock = ctx.scenario.initial_state;
  struct Part {
    Stage stage;
    const StockStage* params;
    double awaiting_trial_share;
    double awaiting_sentence_share;
    bool steady_state_ages;
  };
  const Part parts[] = {
      {Stage::investigation, &stock.investigation, 0, 0, stock.investigation_steady_state_ages},
      {Stage::awaiting_charge, &stock.awaiting_charge, 0, 0,
       stock.awaiting_charge_steady_state_ages},
      {Stage::magistrates, &stock.magistrates, stock.magistrates_awaiting_trial_share,
       stock.magistrates_awaiting_sentence_share, false},
      {Stage::crown, &stock.crown, stock.crown_awaiting_trial_share,
       stock.crown_awaiting_sentence_share, false}};
  for (const Part& part : parts) {
    if (part.params->count <= 0) continue;
    Node* node = flow.stock_node(part.stage);
    if (!node) {
      throw std::invalid_argument(std::string("case flow: no stage opens the stock of ") +
                                  stage_name(part.stage));
    }
    const std::string source = std::string("stock.") + stage_name(part.stage);
    const std::uint64_t source_key = sim::name_key(source);
    sim::Rng rng = ctx.streams.stream(source);
    const std::vector<double> mix = part.params->offence_mix.empty()
                                        ? derived_stock_mix(ctx.scenario, part.stage)
                                        : part.params->offence_mix;
    struct Entry {
      double age;
      int group;
      bool awaiting_trial;
      bool awaiting_sentence;
    };
    std::vector<Entry> entries;
    entries.reserve(static_cast<std::size_t>(part.params->count));
    for (std::int64_t i = 0; i < part.params->count; ++i) {
      const bool from_flow = part.steady_state_ages;
      double age = from_flow ? 0.0 : part.params->age_days.sample(rng);
      const int group = draw_group(rng, mix);
      if (from_flow) age = steady_state_age(ctx.scenario, part.stage, group, rng);
      (void)rng.uniform();  // kept so that the draws of later cases stay where they were
      entries.push_back({age, group, false, false});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.age > b.age; });
    // The oldest cases are the ones furthest along, as in the flow: awaiting trial, then awaiting
    // sentence, then the youngest awaiting a first hearing (or PTPH); a stock case awaiting trial
    // is never one opened yesterday.
    const auto share_of = [&](double share) {
      return static_cast<std::size_t>(std::llround(share * static_cast<double>(entries.size())));
    };
    const std::size_t trials = share_of(part.awaiting_trial_share);
    const std::size_t sentences =
        std::min(entries.size(), trials + share_of(part.awaiting_sentence_share));
    for (std::size_t i = 0; i < sentences; ++i) {
      entries[i].awaiting_trial = i < trials;
      entries[i].awaiting_sentence = i >= trials;
    }
    std::uint64_t n = 0;
    for (const Entry& e : entries) {
      const Slot slot = admit(ctx, e.group, case_key(source_key, n++), true);
      const std::uint64_t id = ctx.cases[slot].record.id;
      node->open_from_stock(slot, StockCase{e.age, e.awaiting_trial, e.awaiting_sentence});
      // A stock trial may start, and end, at once: report only a case still open.
      if (ctx.cases[slot].open && ctx.cases[slot].record.id == id) {
        ctx.report(slot, CaseEvent::opened_from_stock);
      }
    }
  }
}

}  // namespace cj

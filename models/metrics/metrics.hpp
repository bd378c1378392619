// The planners' measures of one run, computed as the model reports: open caseloads, receipts and
// disposals by period; times to charge and to completion; charge, conviction and withdrawal
// rates; trial outcomes; court capacity used; costs. Memory stays constant: counters and
// quantile sketches, no per-case store.
//
// Definitions (also in the README):
// - open_<stage>[k]: cases open in the stage at the start of period k (period 0: the initial
// stock);
//   receipts and disposals count entries to and exits from a stage during the period, so
//   open[k+1] = open[k] + receipts[k] - disposals[k] for every stage.
// - rates are shares of the cases that reached the decision point during the run.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "models/records/named_values.hpp"
#include "models/records/observer.hpp"
#include "models/parameters/scenario.hpp"
#include "sim/statistics.hpp"

namespace cj {

class Metrics final : public Observer {
 public:
  explicit Metrics(const Scenario& scenario);

  void on_event(const CaseRecord& c, CaseEvent event, double time) override;
  void on_stage(const CaseRecord& c, Stage from, Stage to, double time) override;
  void on_closed(const CaseRecord& c) override;
  void on_open_at_horizon(const CaseRecord& c) override;
  void on_court_day(Court court, int index, double day, double available, double used) override;
  void on_cost(double time, double amount) override;

  // Closes the periods up to the horizon and computes the KPIs (kpis.cpp).
  RunMetrics finish();

  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();  // does not apply
  static constexpr double kYear = 365.0;  // "first year" measures end on this day

 private:
  // Per offence group counters.
  struct Group {
    sim::Quantiles report_to_charge{0.01};
    sim::Quantiles charge_to_completion{0.01};
    sim::Quantiles report_to_completion{0.01};
    sim::Quantiles charge_to_first_hearing{0.01};
    double reports = 0;
    double concluded_pre_charge = 0;
    double charged = 0;
    double cps_decisions = 0;
    double cps_charges = 0;
    double withdrawn_pre = 0;
    double completed_post_charge = 0;
    double convicted = 0;
    double withdrawn_post = 0;
    double first_hearing_pleas = 0;
    double first_hearing_guilty = 0;
  };
  struct Court {
    double trials = 0, effective = 0, cracked = 0, ineffective = 0;
    std::array<double, kIneffectiveCauses> ineffective_by_cause{};
    double completed = 0, guilty_plea = 0;
    sim::Quantiles charge_to_completion{0.01};
    sim::Quantiles report_to_completion{0.01};
  };
  // One period's running values.
  struct Period {
    std::array<double, kOpenStages> open{};
    std::array<double, kOpenStages> receipts{};
    std::array<double, kOpenStages> disposals{};
    std::array<double, kOutcomes> outcomes{};
    std::vector<double> crown_open;       // by centre
    std::vector<double> crown_disposals;  // by centre
    double crown_available = 0, crown_used = 0;
    double mags_available = 0, mags_used = 0;             // sessions
    std::array<double, 3> mags_trials{}, crown_trials{};  // effective, cracked, ineffective
    double cost = 0;
  };

  void roll_to(double time);
  void close_period();

  const Scenario& scenario_;
  double period_days_;
  int periods_;
  std::vector<Period> closed_;
  Period current_;
  int period_ = 0;
  std::array<double, kOpenStages> open_{};
  std::vector<double> crown_open_;  // by centre, running
  std::vector<Group> groups_;
  std::array<Court, 2> courts_{};  // magistrates, crown
  double ctl_breaches_ = 0;
  double returned_first_ = 0, accepted_first_ = 0;
  double files_accepted_ = 0, accepted_third_or_later_ = 0;
  double total_cost_ = 0;
  std::array<double, kOutcomes> direct_cost_{};  // by outcome; [open] for cases open at the horizon
  double convictions_ = 0;
  double da_trials_ = 0, da_trials_on_target_ = 0;
  std::vector<double> crown_disposals_first_year_;
  std::vector<double> crown_open_after_first_year_;
  bool first_year_taken_ = false;
};

}  // namespace cj

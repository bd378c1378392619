#include "synthetic.hpp"

#include <cmath>
#include <limits>
#include <queue>
#include <random>
#include <string>

#include "output/part_writer.hpp"

namespace out::testing {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Pending {
  double end;  // closing time, or +inf if open at the horizon
  cj::CaseRecord record;
  bool operator>(const Pending& other) const { return end > other.end; }
};

class Generator {
 public:
  Generator(const SyntheticOptions& o) : o_(o), rng_(o.seed) {}

  // A case reported at `report`, with its whole history drawn now.
  Pending make(std::uint64_t id, double report) {
    cj::CaseRecord c;
    c.id = id;
    c.report = report;
    c.from_stock = report < 0;
    c.group = static_cast<std::uint16_t>(
        std::min<double>(static_cast<double>(o_.groups - 1), std::floor(-std::log(u()) * 2)));
    const double m = u();
    c.mode = m < 0.6 ? cj::Mode::summary : (m < 0.85 ? cj::Mode::either_way : cj::Mode::indictable);
    c.domestic_abuse = u() < 0.3;
    c.has_victim = u() < 0.7;
    c.victim_supported = c.has_victim && u() < 0.4;
    c.eia = u() < 0.02;
    double t = report + lognormal(45, 1.2);
    c.stage = cj::Stage::investigation;
    const double route = u();
    if (route < 0.55) {
      c.outcome = cj::Outcome::no_further_action;
    } else if (route < 0.65) {
      c.outcome = cj::Outcome::out_of_court;
    } else if (route < 0.77 && c.has_victim) {
      c.outcome = cj::Outcome::victim_withdrawn_pre_charge;
    } else {
      c.stage = cj::Stage::awaiting_charge;
      c.file_submitted = t;
      c.submissions = u() < 0.25 ? 2 : 1;
      t += lognormal(10, 1.0);
      if (u() < 0.2) {
        c.outcome = cj::Outcome::no_further_action;
      } else {
        charged(c, t);
      }
    }
    const double horizon = o_.horizon_days;
    if (t > horizon) {
      // Open at the horizon: forget what had not happened yet.
      for (double* d :
           {&c.file_submitted, &c.charge, &c.first_hearing, &c.sent_to_crown, &c.ptph,
            &c.trial_dates[0], &c.trial_dates[1], &c.trial_dates[2], &c.trial_dates[3]}) {
        if (*d > horizon) *d = kNaN;
      }
      c.outcome = cj::Outcome::open;
      return {std::numeric_limits<double>::infinity(), c};
    }
    c.end = t;
    return {t, c};
  }

  double u() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  double exponential(double mean) { return -std::log(1 - u()) * mean; }

 private:
  double lognormal(double median, double sigma) {
    return median * std::exp(sigma * std::normal_distribution<double>(0, 1)(rng_));
  }

  void charged(cj::CaseRecord& c, double& t) {
    c.charge = t;
    c.custody = u() < 0.1;
    c.stage = cj::Stage::magistrates;
    t = std::ceil(t + (c.custody ? 1 : 14));
    c.first_hearing = t;
    c.hearings = 1;
    if (u() < 0.6) {
      c.outcome = cj::Outcome::convicted_plea;
      t += std::floor(21 * u());
      return;
    }
    if (c.mode != cj::Mode::summary && (c.mode == cj::Mode::indictable || u() < 0.5)) {
      c.stage = cj::Stage::crown;
      c.sent_to_crown = t;
      t += 28;
      c.ptph = t;
      ++c.hearings;
      if (u() < 0.4) {
        c.outcome = cj::Outcome::convicted_plea;
        return;
      }
      t = std::ceil(t + 200 + 300 * u());
    } else {
      t = std::ceil(t + 60 + 100 * u());
    }
    for (int k = 0; k < cj::kTrialListingsKept; ++k) {
      c.trial_dates[static_cast<std::size_t>(k)] = t;
      ++c.trial_listings;
      if (u() < 0.75) break;
      ++c.ineffective_listings;
      t = std::ceil(t + 30 + 90 * u());
    }
    ++c.hearings;
    const double v = u();
    c.outcome = v < 0.5 ? cj::Outcome::convicted_verdict
                        : (v < 0.8 ? cj::Outcome::acquitted : cj::Outcome::discontinued);
  }

  SyntheticOptions o_;
  std::mt19937_64 rng_;
};

void report_history(cj::Observer& observer, const cj::CaseRecord& c, bool closed,
                    SyntheticTotals& totals) {
  auto event = [&](cj::CaseEvent e, double t) {
    if (!std::isnan(t)) {
      observer.on_event(c, e, t);
      ++totals.events;
    }
  };
  event(c.from_stock ? cj::CaseEvent::opened_from_stock : cj::CaseEvent::reported, c.report);
  event(cj::CaseEvent::file_submitted, c.file_submitted);
  event(cj::CaseEvent::charged, c.charge);
  event(cj::CaseEvent::first_hearing, c.first_hearing);
  event(cj::CaseEvent::sent_to_crown, c.sent_to_crown);
  event(cj::CaseEvent::ptph, c.ptph);
  for (const double d : c.trial_dates) event(cj::CaseEvent::trial_listed, d);
  if (closed) event(cj::CaseEvent::closed, c.end);
}

}  // namespace

SyntheticTotals report_synthetic_cases(cj::Observer& observer, const SyntheticOptions& o) {
  Generator g(o);
  SyntheticTotals totals;
  auto close = [&](const Pending& p) {
    const bool closed = !std::isinf(p.end);
    if (o.events) report_history(observer, p.record, closed, totals);
    if (closed) {
      observer.on_closed(p.record);
    } else {
      observer.on_open_at_horizon(p.record);
      ++totals.open;
    }
    ++totals.cases;
  };
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> open;
  const std::size_t stock = o.cases / 10;
  const double stock_days = 700;
  double t = -stock_days;
  for (std::uint64_t id = 0; id < o.cases; ++id) {
    t = id < stock ? t + g.exponential(stock_days / static_cast<double>(stock))
                   : std::max(t, 0.0) +
                         g.exponential(o.horizon_days / static_cast<double>(o.cases - stock));
    if (id < stock) t = std::min(t, -1e-3);
    Pending p = g.make(id, t);
    if (!o.closing_order) {
      close(p);
      continue;
    }
    while (!open.empty() && open.top().end <= t) {
      close(open.top());
      open.pop();
    }
    open.push(std::move(p));
  }
  while (!open.empty()) {
    close(open.top());
    open.pop();
  }
  return totals;
}

cj::RunMetrics synthetic_metrics(int point, int replication, std::size_t groups,
                                 std::size_t periods) {
  const double p = point, r = replication;
  cj::RunMetrics m;
  m.period_days = 7;
  for (std::size_t i = 0; i < periods; ++i) m.period_start.push_back(7.0 * static_cast<double>(i));
  cj::NamedSeries open{{"open_investigation", "cases", "Cases under investigation"}, {}};
  cj::NamedSeries receipts{{"receipts_crown", "cases", "Cases received by the Crown Court"}, {}};
  for (std::size_t i = 0; i < periods; ++i) {
    open.values.push_back(1000 + 10.0 * static_cast<double>(i) + 100 * p + r);
    receipts.values.push_back(i == 2 ? kNaN : 50 + p + 0.5 * r);
  }
  m.series = {open, receipts};
  m.kpis.push_back({{"charge_rate", "share", "Share of reported cases charged"},
                    0.1 + 0.01 * p + 0.001 * r * r});
  m.kpis.push_back({{"median_days_report_to_charge", "days", "Median days from report to charge"},
                    40 + 5 * p + r});
  m.kpis.push_back({{"conviction_rate", "share", "Share of completed cases convicted"},
                    point == 1 && replication == 2 ? kNaN : 0.7 + 0.01 * r});
  cj::GroupValues by_group{{"charge_rate_by_group", "share", "Charge rate"}, {}};
  for (std::size_t g = 0; g < groups; ++g) {
    by_group.values.push_back(
        g == 1 && replication == 0 ? kNaN : 0.1 * static_cast<double>(g) + 0.01 * r + p);
  }
  m.kpis_by_group = {by_group};
  return m;
}

SyntheticOptions part_options(int point, int replication, Trace trace, std::size_t cases,
                              std::size_t groups) {
  SyntheticOptions o;
  o.seed = static_cast<std::uint64_t>(1000 * point + replication + 1);
  o.cases = cases;
  o.groups = groups;
  o.events = trace == Trace::events;
  return o;
}

RunInfo write_synthetic_part(const std::filesystem::path& part, int point, int replication,
                             Trace trace, std::size_t cases, std::size_t groups,
                             std::size_t periods) {
  RunPartWriter writer(part, trace, groups);
  const SyntheticOptions o = part_options(point, replication, trace, cases, groups);
  const SyntheticTotals totals = report_synthetic_cases(writer, o);
  const RunInfo info{
      point, replication, o.seed, totals.events * 3 + 17, 0.25 * (replication + 1), totals.cases};
  writer.finish(info, synthetic_metrics(point, replication, groups, periods));
  return info;
}

Provenance synthetic_provenance(int replications, std::size_t groups) {
  Provenance p;
  p.cjsim_version = "0.1.0";
  p.source_revision = "abc123";
  p.created_utc = "2026-04-01T09:30:00Z";
  p.scenario_name = "synthetic";
  p.engine = "native";
  p.command_line = "cjsim sweep synthetic.yaml --replications 3";
  p.start_date = "2026-04-01";
  p.seed = 20260401;
  p.replications = replications;
  p.period_days = 7;
  p.horizon_days = 1826;
  p.scenario_yaml = "name: synthetic\nstart: 2026-04-01\n";
  p.scenario_sources = {{"scenarios/base.yaml", "# base: assumption A\nname: base\n"},
                        {"scenarios/synthetic.yaml", "extends: base.yaml  # what changes\n"}};
  const char* names[] = {"rape", "violence_da", "theft", "drugs", "public_order", "motoring"};
  for (std::size_t g = 0; g < groups; ++g) {
    p.offence_groups.push_back(g < 6 ? names[g] : "group_" + std::to_string(g));
  }
  return p;
}

std::vector<PointInfo> synthetic_points(int count) {
  std::vector<PointInfo> points;
  for (int i = 0; i < count; ++i) {
    points.push_back({i,
                      "point " + std::to_string(i),
                      {{"crown.sitting_days_scale", std::to_string(0.9 + 0.1 * i).substr(0, 3)},
                       {"magistrates.listing", i == 0 ? "fifo" : "da_first"}}});
  }
  return points;
}

void make_sweep(const std::filesystem::path& result, const SweepSpec& spec,
                std::vector<std::pair<int, int>> order, ResultOptions options) {
  if (order.empty()) {
    for (int p = 0; p < spec.points; ++p) {
      for (int r = 0; r < spec.replications; ++r) order.emplace_back(p, r);
    }
  }
  const auto parts = parts_directory(result);
  for (const auto& [p, r] : order) {
    write_synthetic_part(part_path(parts, p, r), p, r, spec.trace, spec.cases_of(p, r), spec.groups,
                         spec.periods);
  }
  ResultWriter writer(result, false, synthetic_provenance(spec.replications, spec.groups),
                      synthetic_points(spec.points), spec.replications, spec.trace, options);
  for (int p = 0; p < spec.points; ++p) {
    for (int r = 0; r < spec.replications; ++r) writer.add_run(part_path(parts, p, r));
  }
  writer.commit();
}

}  // namespace out::testing

#include "models/demand.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/intake.hpp"

namespace cj {
namespace {
constexpr double kDaysPerYear = 365.25;
}  // namespace

ArrivalStream::ArrivalStream(Context& ctx, ArrivalSource source,
                             std::function<void(std::uint64_t)> arrive)
    : ctx_(ctx),
      source_(std::move(source)),
      arrive_(std::move(arrive)),
      key_(sim::name_key("demand." + source_.name)),
      rng_(ctx.streams.stream("demand." + source_.name)) {
  // Calendar months from the start date until past the horizon.
  const Day start = to_day(ctx.scenario.start);
  Date d = ctx.scenario.start;
  double t = 0;
  while (t < ctx.scenario.horizon_days) {
    month_starts_.push_back(t);
    calendar_month_.push_back(d.month - 1);
    d = Date{d.month == 12 ? d.year + 1 : d.year, d.month == 12 ? 1 : d.month + 1, 1};
    t = static_cast<double>(to_day(d) - start);
  }
  month_starts_.push_back(t);
  if (std::all_of(source_.seasonality.begin(), source_.seasonality.end(),
                  [](double v) { return v == 0; })) {
    source_.seasonality.fill(1.0);
  }
  const double mean =
      std::accumulate(source_.seasonality.begin(), source_.seasonality.end(), 0.0) / 12;
  if (mean > 0) {
    for (double& v : source_.seasonality) v /= mean;
  }
}

void ArrivalStream::start() {
  if (month_starts_.size() < 2) return;
  enter_month(0);
  schedule_next(0);
}

void ArrivalStream::enter_month(int month) {
  month_ = month;
  exact_left_ = -1;
  // Checked access: a month past the calendar is a bug, not a read of whatever lies beyond.
  const auto m = static_cast<std::size_t>(month);
  const double begin = month_starts_.at(m);
  const Date date = from_day(to_day(ctx_.scenario.start) + static_cast<Day>(begin));
  for (const MonthlyCount& count : source_.monthly) {
    if (count.month.year == date.year && count.month.month == date.month) {
      exact_left_ = std::lround(count.count);
    }
  }
  const double years = begin / kDaysPerYear;
  const auto calendar_month = static_cast<std::size_t>(calendar_month_.at(m));
  rate_ = source_.per_year / kDaysPerYear * source_.seasonality.at(calendar_month) *
          std::pow(1 + source_.trend_per_year, years);
}

void ArrivalStream::schedule_next(double from) {
  const double horizon = ctx_.scenario.horizon_days;
  const auto months = static_cast<int>(calendar_month_.size());
  for (;;) {
    if (month_ >= months) return;
    const double end = month_starts_[static_cast<std::size_t>(month_ + 1)];
    double next = sim::kNever;
    if (exact_left_ > 0) {
      // The next of `exact_left_` uniform points in [from, end), in order.
      const double u = rng_.uniform_positive();
      next = from + (end - from) * (1 - std::pow(u, 1.0 / static_cast<double>(exact_left_)));
      --exact_left_;
    } else if (exact_left_ < 0 && rate_ > 0) {
      next = from - std::log(rng_.uniform_positive()) / rate_;
    }
    if (next < end) {
      if (next <= horizon)
        schedule(ctx_.engine, std::max(next, ctx_.now()), ArrivalEvent::arrives, {});
      return;
    }
    // Nothing more this month: the process restarts at the month's end (memoryless).
    from = end;
    if (month_ + 1 >= months || from > horizon) return;
    enter_month(month_ + 1);
  }
}

void ArrivalStream::on(ArrivalEvent, NoPayload) {
  arrive_(case_key(key_, count_++));
  schedule_next(ctx_.now());
}

Demand::Demand(Context& ctx) : Sender("demand"), ctx_(ctx) {
  const auto& s = ctx.scenario;
  for (std::size_t g = 0; g < s.offences.size(); ++g) {
    const OffenceGroup& o = s.offences[g];
    ArrivalSource source{o.name, o.reports_per_year, o.trend_per_year, o.seasonality,
                         o.monthly_reports};
    const int group = static_cast<int>(g);
    streams_.push_back(std::make_unique<ArrivalStream>(
        ctx, std::move(source), [this, group](std::uint64_t key) { report(group, key); }));
  }
  for (const LaterEntry& entry : s.later_entries) {
    ArrivalSource source{"entry." + entry.name, entry.per_year, 0, {}, entry.monthly};
    streams_.push_back(std::make_unique<ArrivalStream>(
        ctx, std::move(source), [this, &entry](std::uint64_t key) { later_entry(entry, key); }));
  }
}

void Demand::start() {
  for (auto& stream : streams_) stream->start();
}

void Demand::report(int group, std::uint64_t key) {
  report_.send(admit(ctx_, group, key, false));
}

void Demand::later_entry(const LaterEntry& entry, std::uint64_t key) {
  // The offence group comes from the entry's mix, drawn from the case's own stream.
  sim::Rng rng(sim::derive_seed(key, sim::name_key("entry.group")));
  const double u = rng.uniform();
  int group = 0;
  double running = 0;
  for (std::size_t g = 0; g < entry.offence_mix.size(); ++g) {
    running += entry.offence_mix[g];
    group = static_cast<int>(g);
    if (u < running) break;
  }
  later_entry_exit(entry.stage).send(admit(ctx_, group, key, false));
}

const Exit& Demand::later_entry_exit(EntryStage stage) const {
  switch (stage) {
    case EntryStage::charging:
      return later_entry_charging_;
    case EntryStage::magistrates:
      return later_entry_magistrates_;
    case EntryStage::crown:
      return later_entry_crown_;
  }
  return later_entry_crown_;
}

}  // namespace cj

#include "models/probes/period_clock.hpp"

#include <algorithm>
#include <cmath>

namespace cj {

void FlowSeries::close_period() {
  values_.push_back(sum_);
  sum_ = 0;
}

void StockSeries::close_period() {
  values_.push_back(reading_);
  reading_ = level_;  // the next period's value is the level at its start
}

PeriodClock::PeriodClock(double period_days, double horizon_days) : period_days_(period_days) {
  const int periods = std::max(1, static_cast<int>(std::ceil(horizon_days / period_days - 1e-9)));
  for (int k = 0; k < periods; ++k) starts_.push_back(static_cast<double>(k) * period_days);
  update_next_change();
}

FlowSeries& PeriodClock::flow(std::string name, std::string units, std::string description) {
  auto series = std::make_unique<FlowSeries>(
      Described{std::move(name), std::move(units), std::move(description)});
  FlowSeries& flow = *series;
  series_.push_back(std::move(series));
  return flow;
}

StockSeries& PeriodClock::stock(std::string name, std::string units, std::string what) {
  auto series = std::make_unique<StockSeries>(Described{
      std::move(name), std::move(units), std::move(what) + " at the start of the period"});
  StockSeries& stock = *series;
  series_.push_back(std::move(series));
  return stock;
}

void PeriodClock::on_reaching(double day, std::function<void()> reading) {
  readings_.push_back({day, std::move(reading)});
  update_next_change();
}

void PeriodClock::advance(double time) {
  for (auto r = readings_.begin(); r != readings_.end();) {
    if (time >= r->day) {
      r->take();
      r = readings_.erase(r);
    } else {
      ++r;
    }
  }
  while (period_ + 1 < starts_.size() && time >= starts_[period_ + 1]) {
    for (const auto& s : series_) s->close_period();
    ++period_;
  }
  update_next_change();
}

void PeriodClock::update_next_change() {
  next_change_ =
      period_ + 1 < starts_.size() ? starts_[period_ + 1] : std::numeric_limits<double>::infinity();
  for (const Reading& r : readings_) next_change_ = std::min(next_change_, r.day);
}

std::vector<NamedSeries> PeriodClock::finish(double horizon_days) {
  advance_to(horizon_days);
  std::vector<NamedSeries> named;
  for (const auto& s : series_) {
    s->close_period();
    named.push_back(NamedSeries{s->what(), s->values()});
  }
  return named;
}

}  // namespace cj

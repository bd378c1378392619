// The periods a run's time series are reported by, and the series kept on them. A series is
// either a stock (a level, read at the start of each period) or a flow (summed within each
// period). Probes only declare series and change them: when periods begin and end, and when a
// stock is read, is the clock's alone, so calendar periods (months, quarters, financial years,
// stocks read at the end of each period) can replace the N-day periods here without a change to
// any probe: give the clock those boundaries and a reading rule (StockSeries::close_period and the
// phrase stock() appends to descriptions).
#pragma once

#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "models/records/named_values.hpp"

namespace cj {

class Series {
 public:
  explicit Series(Described what) : what_(std::move(what)) {}
  virtual ~Series() = default;
  Series(const Series&) = delete;
  Series& operator=(const Series&) = delete;

  const Described& what() const noexcept { return what_; }
  const std::vector<double>& values() const noexcept { return values_; }
  // Ends the current period: its value is kept, the next one starts.
  virtual void close_period() = 0;

 protected:
  std::vector<double> values_;  // one per closed period

 private:
  Described what_;
};

// Summed within each period: receipts, disposals, costs.
class FlowSeries final : public Series {
 public:
  using Series::Series;
  void add(double x) noexcept { sum_ += x; }
  void close_period() override;

 private:
  double sum_ = 0;
};

// A level read at the start of each period: open cases.
class StockSeries final : public Series {
 public:
  using Series::Series;
  // A change during the run.
  void add(double delta) noexcept { level_ += delta; }
  // What was already there when the period began (cases opened from the initial stock).
  void open(double n) noexcept {
    level_ += n;
    reading_ += n;
  }
  double level() const noexcept { return level_; }
  void close_period() override;

 private:
  double level_ = 0;
  double reading_ = 0;  // the current period's value
};

class PeriodClock {
 public:
  // Periods of `period_days` from day 0, the last ending at `horizon_days` (it may be shorter).
  PeriodClock(double period_days, double horizon_days);
  PeriodClock(const PeriodClock&) = delete;
  PeriodClock& operator=(const PeriodClock&) = delete;

  // Series are written in the order they are declared. A stock's description says what it
  // counts; the clock adds when it is read.
  FlowSeries& flow(std::string name, std::string units, std::string description);
  StockSeries& stock(std::string name, std::string units, std::string what);
  // Calls `reading` once, before the first report at or after `day` (or at the end of a run
  // that reaches it): a value on a date, such as the caseload one year in.
  void on_reaching(double day, std::function<void()> reading);

  // Before each report at `time`: ends the periods that ended, takes the readings due.
  void advance_to(double time) {
    if (time >= next_change_) advance(time);
  }
  // At the horizon: ends the last period; the series, one value per period.
  std::vector<NamedSeries> finish(double horizon_days);

  const std::vector<double>& period_starts() const noexcept { return starts_; }
  double period_days() const noexcept { return period_days_; }

 private:
  struct Reading {
    double day;
    std::function<void()> take;
  };
  void advance(double time);
  void update_next_change();

  double period_days_;
  std::vector<double> starts_;
  std::size_t period_ = 0;  // the current period
  std::vector<std::unique_ptr<Series>> series_;
  std::vector<Reading> readings_;  // not yet taken, in the order asked for
  double next_change_ = std::numeric_limits<double>::infinity();
};

}  // namespace cj

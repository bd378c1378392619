// Statistics a run collects as it goes, in constant memory: counts and moments (Tally),
// time-weighted averages of a level such as a queue length (TimeWeighted), and quantiles from a
// log-linear histogram with bounded relative error (Quantiles).
#pragma once

#include <cstdint>
#include <vector>

#include "sim/time.hpp"

namespace sim {

// Count, mean and variance of observations (Welford), with min and max.
class Tally {
 public:
  void add(double x) noexcept;
  std::uint64_t count() const noexcept { return n_; }
  double mean() const noexcept { return n_ ? mean_ : 0; }
  double variance() const noexcept { return n_ > 1 ? m2_ / static_cast<double>(n_ - 1) : 0; }
  double min() const noexcept { return min_; }
  double max() const noexcept { return max_; }
  double sum() const noexcept { return mean_ * static_cast<double>(n_); }

 private:
  std::uint64_t n_ = 0;
  double mean_ = 0;
  double m2_ = 0;
  double min_ = kNever;
  double max_ = -kNever;
};

// The average over time of a piecewise-constant level (queue length, busy servers).
class TimeWeighted {
 public:
  explicit TimeWeighted(Time start = 0, double level = 0) noexcept
      : start_(start), last_(start), level_(level) {}
  void set(Time t, double level) noexcept {
    area_ += level_ * (t - last_);
    last_ = t;
    level_ = level;
  }
  void add(Time t, double delta) noexcept { set(t, level_ + delta); }
  double level() const noexcept { return level_; }
  // Integral of the level from the start (or last reset) to t.
  double area(Time t) const noexcept { return area_ + level_ * (t - last_); }
  double mean(Time t) const noexcept { return t > start_ ? area(t) / (t - start_) : level_; }
  // Forgets the past (for a warm-up), keeping the current level.
  void reset(Time t) noexcept {
    start_ = last_ = t;
    area_ = 0;
  }

 private:
  Time start_;
  Time last_;
  double level_;
  double area_ = 0;
};

// Quantiles of non-negative observations from a log-linear histogram: values below `resolution`
// share one bucket; above it every bucket spans at most 1/128 of its value, so a quantile is
// within 0.4% of an observed value. Memory grows with the logarithm of the range, not the count.
class Quantiles {
 public:
  explicit Quantiles(double resolution = 1e-3) noexcept : resolution_(resolution) {}
  void add(double x);
  std::uint64_t count() const noexcept { return n_; }
  // The p-quantile (0 <= p <= 1) by the nearest-rank rule; 0 when empty.
  double quantile(double p) const;
  void merge(const Quantiles& other);

 private:
  static constexpr int kSubBits = 7;
  std::size_t bucket(double x) const noexcept;
  double bucket_middle(std::size_t index) const noexcept;

  double resolution_;
  std::uint64_t n_ = 0;
  std::vector<std::uint64_t> counts_;
};

}  // namespace sim

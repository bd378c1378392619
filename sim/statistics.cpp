#include "sim/statistics.hpp"

#include <algorithm>
#include <cmath>

#include "sim/check.hpp"

namespace sim {

void Tally::add(double x) noexcept {
  ++n_;
  const double delta = x - mean_;
  mean_ += delta / static_cast<double>(n_);
  m2_ += delta * (x - mean_);
  min_ = std::min(min_, x);
  max_ = std::max(max_, x);
}

// Bucket 0 holds [0, resolution); after it, octave k (value in [r 2^k, r 2^(k+1))) is split into
// 2^kSubBits equal buckets.
std::size_t Quantiles::bucket(double x) const noexcept {
  const double scaled = x / resolution_;
  if (!(scaled >= 1)) return 0;
  int exponent = 0;
  const double mantissa = std::frexp(scaled, &exponent);  // scaled = mantissa * 2^exponent
  const auto sub = static_cast<std::size_t>((mantissa * 2 - 1) * (1 << kSubBits));
  return 1 + static_cast<std::size_t>(exponent - 1) * (std::size_t{1} << kSubBits) +
         std::min<std::size_t>(sub, (std::size_t{1} << kSubBits) - 1);
}

double Quantiles::bucket_middle(std::size_t index) const noexcept {
  if (index == 0) return resolution_ / 2;
  const std::size_t k = (index - 1) >> kSubBits;
  const std::size_t sub = (index - 1) & ((std::size_t{1} << kSubBits) - 1);
  const double low =
      std::ldexp(1.0 + static_cast<double>(sub) / (1 << kSubBits), static_cast<int>(k));
  const double width = std::ldexp(1.0 / (1 << kSubBits), static_cast<int>(k));
  return (low + width / 2) * resolution_;
}

void Quantiles::add(double x) {
  require(x >= 0 && std::isfinite(x), "quantile observation", x, "a finite number >= 0");
  const std::size_t b = bucket(x);
  if (b >= counts_.size()) counts_.resize(b + 1, 0);
  ++counts_[b];
  ++n_;
}

double Quantiles::quantile(double p) const {
  require_probability("quantile", p);
  if (n_ == 0) return 0;
  const auto rank = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(std::ceil(p * static_cast<double>(n_))));
  std::uint64_t seen = 0;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    seen += counts_[i];
    if (seen >= rank) return bucket_middle(i);
  }
  return bucket_middle(counts_.size() - 1);
}

void Quantiles::merge(const Quantiles& other) {
  require(other.resolution_ == resolution_, "quantile resolution", other.resolution_,
          "the same resolution as the target (" + format_number(resolution_) + ")");
  if (other.counts_.size() > counts_.size()) counts_.resize(other.counts_.size(), 0);
  for (std::size_t i = 0; i < other.counts_.size(); ++i) counts_[i] += other.counts_[i];
  n_ += other.n_;
}

}  // namespace sim

#include "sim/first_fit_tree.hpp"

#include <algorithm>

namespace sim {

FirstFitTree::FirstFitTree(std::uint32_t size, double value) : size_(size) {
  while (leaves_ < size_) leaves_ *= 2;
  max_.assign(2 * static_cast<std::size_t>(leaves_), kNothing);
  std::fill_n(max_.begin() + leaves_, size_, value);
  for (std::uint32_t k = leaves_ - 1; k >= 1; --k) max_[k] = std::max(max_[2 * k], max_[2 * k + 1]);
}

void FirstFitTree::set(std::uint32_t position, double value) {
  std::uint32_t k = leaves_ + position;
  max_[k] = value;
  for (k /= 2; k >= 1; k /= 2) {
    const double m = std::max(max_[2 * k], max_[2 * k + 1]);
    if (max_[k] == m) break;  // nothing above changes either
    max_[k] = m;
  }
}

double FirstFitTree::max(std::uint32_t lo, std::uint32_t hi) const {
  double m = kNothing;
  if (size_ == 0 || lo > hi || lo >= size_) return m;
  hi = std::min(hi, size_ - 1);
  // Bottom-up over the half-open range [l, r) of leaves.
  for (std::uint32_t l = lo + leaves_, r = hi + 1 + leaves_; l < r; l /= 2, r /= 2) {
    if (l & 1) m = std::max(m, max_[l++]);
    if (r & 1) m = std::max(m, max_[--r]);
  }
  return m;
}

std::optional<std::uint32_t> FirstFitTree::first_at_least(std::uint32_t lo, std::uint32_t hi,
                                                          double x) const {
  if (size_ == 0 || lo >= size_ || lo > hi) return std::nullopt;
  return descend(1, 0, leaves_ - 1, lo, std::min(hi, size_ - 1), x);
}

// A node wholly inside [lo, hi] with a large enough maximum always leads to an answer, and one
// partly inside is met at most twice a level: O(log n) nodes in all.
std::optional<std::uint32_t> FirstFitTree::descend(std::uint32_t node, std::uint32_t node_lo,
                                                   std::uint32_t node_hi, std::uint32_t lo,
                                                   std::uint32_t hi, double x) const {
  if (node_hi < lo || node_lo > hi || !(max_[node] >= x)) return std::nullopt;
  if (node_lo == node_hi) return node_lo;
  const std::uint32_t mid = node_lo + (node_hi - node_lo) / 2;
  if (auto left = descend(2 * node, node_lo, mid, lo, hi, x)) return left;
  return descend(2 * node + 1, mid + 1, node_hi, lo, hi, x);
}

std::optional<std::uint32_t> FirstFitTree::last_at_least(std::uint32_t lo, std::uint32_t hi,
                                                         double x) const {
  if (size_ == 0 || lo >= size_ || lo > hi) return std::nullopt;
  return descend_right(1, 0, leaves_ - 1, lo, std::min(hi, size_ - 1), x);
}

// The mirror of descend: the right child first.
std::optional<std::uint32_t> FirstFitTree::descend_right(std::uint32_t node, std::uint32_t node_lo,
                                                         std::uint32_t node_hi, std::uint32_t lo,
                                                         std::uint32_t hi, double x) const {
  if (node_hi < lo || node_lo > hi || !(max_[node] >= x)) return std::nullopt;
  if (node_lo == node_hi) return node_lo;
  const std::uint32_t mid = node_lo + (node_hi - node_lo) / 2;
  if (auto right = descend_right(2 * node + 1, mid + 1, node_hi, lo, hi, x)) return right;
  return descend_right(2 * node, node_lo, mid, lo, hi, x);
}

}  // namespace sim

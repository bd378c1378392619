// A first-fit tree: values at positions 0..n-1 (the room left on each day, say) kept in a segment
// tree of maxima, so that "the first position in [lo, hi] whose value is at least x" is one
// descent, O(log n), however many positions before it are too small. Setting a value is O(log n).
//
// The tree only takes maxima of the values it is given: what it reports is exactly what was set,
// never a sum or a difference, so callers can compare its answers bit for bit.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace sim {

class FirstFitTree {
 public:
  static constexpr double kNothing = -std::numeric_limits<double>::infinity();  // fits nothing

  // `size` positions, each holding `value`.
  explicit FirstFitTree(std::uint32_t size = 0, double value = kNothing);

  std::uint32_t size() const noexcept { return size_; }
  void set(std::uint32_t position, double value);
  double value(std::uint32_t position) const { return max_[leaves_ + position]; }
  // The largest value in [lo, hi] (kNothing when the range is empty).
  double max(std::uint32_t lo, std::uint32_t hi) const;
  // The first position in [lo, hi] (hi clipped to the last position) whose value is >= x.
  std::optional<std::uint32_t> first_at_least(std::uint32_t lo, std::uint32_t hi, double x) const;
  // The last position in [lo, hi] (hi clipped) whose value is >= x.
  std::optional<std::uint32_t> last_at_least(std::uint32_t lo, std::uint32_t hi, double x) const;

 private:
  std::optional<std::uint32_t> descend(std::uint32_t node, std::uint32_t node_lo,
                                       std::uint32_t node_hi, std::uint32_t lo, std::uint32_t hi,
                                       double x) const;
  std::optional<std::uint32_t> descend_right(std::uint32_t node, std::uint32_t node_lo,
                                             std::uint32_t node_hi, std::uint32_t lo,
                                             std::uint32_t hi, double x) const;

  std::uint32_t size_ = 0;
  std::uint32_t leaves_ = 1;  // a power of two >= size_; leaf i is max_[leaves_ + i]
  std::vector<double> max_;   // node k holds the larger of nodes 2k and 2k + 1
};

}  // namespace sim

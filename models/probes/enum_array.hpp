// A fixed array indexed by an enumeration: counts[Stage::crown] rather than counts[3].
#pragma once

#include <array>
#include <cstddef>

namespace cj {

template <class E, class T, std::size_t N>
class EnumArray {
 public:
  T& operator[](E e) noexcept { return items_[static_cast<std::size_t>(e)]; }
  const T& operator[](E e) const noexcept { return items_[static_cast<std::size_t>(e)]; }
  auto begin() noexcept { return items_.begin(); }
  auto end() noexcept { return items_.end(); }
  auto begin() const noexcept { return items_.begin(); }
  auto end() const noexcept { return items_.end(); }

 private:
  std::array<T, N> items_{};
};

}  // namespace cj

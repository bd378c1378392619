// Random streams. One master seed; every stream is derived from (seed, keys...) by hashing, so a
// stream's draws depend only on its own key: adding a stage, or drawing more in one stage, never
// shifts the draws of another (common random numbers across scenarios).
//
// The generator is xoshiro256++ (Blackman and Vigna), seeded through SplitMix64. Distributions
// are written here, not taken from <random>, whose algorithms differ between standard libraries.
#pragma once

#include <cstdint>
#include <string_view>

namespace sim {

// The SplitMix64 finaliser: a bijective 64-bit mix.
constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A stable 64-bit key for a name (FNV-1a, then mixed): the same on every platform and run.
constexpr std::uint64_t name_key(std::string_view name) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : name) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Seed of the stream named by `key` under `parent`.
constexpr std::uint64_t derive_seed(std::uint64_t parent, std::uint64_t key) noexcept {
  return mix64(parent + 0x9e3779b97f4a7c15ULL * (key + 1) + mix64(key));
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) noexcept {
    for (auto& word : state_) {
      seed += 0x9e3779b97f4a7c15ULL;
      word = mix64(seed);
    }
  }

  std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform on [0, 1), 53 random bits.
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform on (0, 1]: safe to take the logarithm of.
  double uniform_positive() noexcept { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }
  bool bernoulli(double p) noexcept { return uniform() < p; }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept {
    return (x << k) | (x >> (64 - k));
  }
  std::uint64_t state_[4];
};

// A family of streams for one run: stream(purpose) for sequential draws, and
// entity(purpose, id, k) for the k-th draw set of one entity (a case), which does not depend on
// how many draws other entities made before it.
class Streams {
 public:
  explicit Streams(std::uint64_t run_seed) noexcept : seed_(run_seed) {}
  std::uint64_t seed() const noexcept { return seed_; }

  Rng stream(std::string_view purpose) const noexcept {
    return Rng(derive_seed(seed_, name_key(purpose)));
  }
  // `purpose_key` is name_key(purpose), computed once by the caller.
  Rng entity(std::uint64_t purpose_key, std::uint64_t id, std::uint64_t k = 0) const noexcept {
    return Rng(derive_seed(derive_seed(derive_seed(seed_, purpose_key), id), k));
  }

 private:
  std::uint64_t seed_;
};

}  // namespace sim

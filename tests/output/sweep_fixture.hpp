// The sweep the result tests share: 2 points x 3 replications with the events trace, parts
// produced out of order, merged once per test program.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

#include "synthetic.hpp"
#include "temp_dir.hpp"

namespace out::testing {

class SweepTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    result_ = dir_->path() / "sweep.h5";
    make_sweep(result_, spec_, {{1, 2}, {0, 1}, {1, 0}, {0, 0}, {1, 1}, {0, 2}});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::vector<double> kpi(const char* name) {
    std::vector<double> v;
    for (int p = 0; p < spec_.points; ++p) {
      for (int r = 0; r < spec_.replications; ++r) {
        for (const auto& k : synthetic_metrics(p, r, spec_.groups, spec_.periods).kpis) {
          if (k.name == name) v.push_back(k.value);
        }
      }
    }
    return v;
  }

  static inline std::unique_ptr<TempDir> dir_;
  static inline std::filesystem::path result_;
  static inline const SweepSpec spec_{};
};

inline bool same(double a, double b) {
  return (std::isnan(a) && std::isnan(b)) || a == b;
}

}  // namespace out::testing

#include "models/parameters/scenario.hpp"

namespace cj {

int Scenario::group_index(const std::string& group_name) const {
  for (std::size_t i = 0; i < offences.size(); ++i) {
    if (offences[i].name == group_name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace cj

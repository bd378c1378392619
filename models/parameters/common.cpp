#include "models/parameters/common.hpp"

namespace cj {

template struct Dated<double>;

}  // namespace cj

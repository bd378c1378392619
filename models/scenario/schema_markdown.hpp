// Internal. The reference's tables of keys, for any schema: one for the top level's plain keys,
// then one for each section, list and by_offence map, every key in declaration order.
// schema_markdown() (loader.hpp) puts the scenario's between its introduction and the sweep's
// limits.
#pragma once

#include <string>

#include "models/scenario/schema.hpp"

namespace cj::scenario {

std::string key_tables(const Schema& schema);

}  // namespace cj::scenario

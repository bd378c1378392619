// Internal. Filling in defaults, so that the resolved scenario states every value it runs with.
#pragma once

#include "models/scenario/node.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {

// The tree with every key the schema defines, in schema order: an absent key takes its default
// (sections and named-list items are filled inside; `none` is written for an optional section or
// distribution left out); a share set given in part is completed with zeros; of two
// alternatives, only the one given (or else the one with a default) appears. Required keys left
// out stay out, unknown keys are kept at the end: both have been reported. A value filled in
// takes the location of the map it was added to, so problems with it point somewhere useful.
Node fill_defaults(const Schema& schema, const Node& root);

}  // namespace cj::scenario

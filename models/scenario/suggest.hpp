// Internal. "Did you mean": the known name nearest to a misspelt one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cj::scenario {

// The candidate within edit distance 2 of `word`, or sharing a prefix of 4 or more with it
// (one starts with the other), the nearest first; nothing when none is close.
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);
std::size_t edit_distance(std::string_view a, std::string_view b);
// "a, b and c"
std::string join_names(const std::vector<std::string>& names);

}  // namespace cj::scenario

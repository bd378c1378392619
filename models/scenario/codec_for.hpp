// Internal. Which codec a member's key gets: by the member's type, or by the choices or the tag
// (models/parameters/keys.hpp) its declaration gives where the type does not tell. The schema
// owns the codecs. A member of a type with no codec fails to compile here: add its codec.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "models/parameters/common.hpp"
#include "models/parameters/offences.hpp"
#include "models/scenario/calendar_codecs.hpp"
#include "models/scenario/dated_codec.hpp"
#include "models/scenario/distribution_codec.hpp"
#include "models/scenario/group_codecs.hpp"
#include "models/scenario/number_codecs.hpp"
#include "models/scenario/scalar_codecs.hpp"
#include "models/scenario/schema.hpp"

namespace cj::scenario {
namespace detail {

template <class T>
inline constexpr bool always_false = false;

template <class T>
struct is_dated : std::false_type {};
template <class T>
struct is_dated<Dated<T>> : std::true_type {};

template <class T, class A>
struct is_choices_of : std::false_type {};
template <class T, std::size_t N>
struct is_choices_of<T, std::array<Choice<T>, N>> : std::true_type {};

template <class T, class A, class... Rest>
const auto& choices_in(const A& a, const Rest&... rest) {
  if constexpr (is_choices_of<T, A>::value) {
    return a;
  } else {
    return choices_in<T>(rest...);
  }
}

template <class Tag, class... Spec>
inline constexpr bool tagged = (std::is_same_v<Tag, Spec> || ...);

}  // namespace detail

template <class T, class... Spec>
const ValueCodec<T>& codec_for(Schema& schema, const Spec&... spec) {
  if constexpr ((detail::is_choices_of<T, Spec>::value || ...)) {
    return schema.own<ChoiceCodec<T>>(detail::choices_in<T>(spec...));
  } else if constexpr (detail::is_dated<T>::value) {
    using Inner = typename T::value_type;
    return schema.own<DatedCodec<Inner>>(codec_for<Inner>(schema, spec...));
  } else if constexpr (std::is_same_v<T, double>) {
    return schema.own<NumberCodec>();
  } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, std::int64_t>) {
    return schema.own<IntegerCodec<T>>();
  } else if constexpr (std::is_same_v<T, std::uint64_t>) {
    return schema.own<SeedCodec>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    return schema.own<TextCodec>();
  } else if constexpr (std::is_same_v<T, bool>) {
    return schema.own<BooleanCodec>();
  } else if constexpr (std::is_same_v<T, Date>) {
    return schema.own<DateCodec>();
  } else if constexpr (std::is_same_v<T, Distribution>) {
    return schema.own<DistributionCodec>();
  } else if constexpr (std::is_same_v<T, std::optional<Distribution>>) {
    return schema.own<OptionalDistributionCodec>();
  } else if constexpr (std::is_same_v<T, std::vector<Date>>) {
    return schema.own<DatesCodec>();
  } else if constexpr (std::is_same_v<T, std::array<double, 12>>) {
    return schema.own<SeasonalityCodec>();
  } else if constexpr (std::is_same_v<T, std::vector<MonthlyCount>>) {
    return schema.own<MonthCountsCodec>();
  } else if constexpr (std::is_same_v<T, std::vector<int>> &&
                       detail::tagged<as::Weekdays, Spec...>) {
    return schema.own<WeekdaysCodec>();
  } else if constexpr (std::is_same_v<T, std::vector<int>> &&
                       detail::tagged<as::GroupNames, Spec...>) {
    return schema.own<GroupNamesCodec>();
  } else if constexpr (std::is_same_v<T, std::vector<double>> &&
                       detail::tagged<as::GroupShares, Spec...>) {
    return schema.own<GroupSharesCodec>();
  } else {
    static_assert(detail::always_false<T>, "no codec for members of this type (see codec.hpp)");
  }
}

// The codec of a key that fills no member (input<T>): a file path, or as codec_for.
template <class T, class... Spec>
const Codec& input_codec(Schema& schema, const Spec&... spec) {
  if constexpr (std::is_same_v<T, FilePath>) {
    return schema.own<TextCodec>("file path");
  } else {
    return codec_for<T>(schema, spec...);
  }
}

}  // namespace cj::scenario

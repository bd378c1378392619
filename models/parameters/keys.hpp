// How a parameter struct declares the scenario keys that fill it. Beside each struct:
//
//   template <class Keys>
//   static void declare(Keys& k) {
//     k.bind(&Crown::ptph_days, "ptph_days", unit::days, limit::non_negative,
//            "Sending to the plea and trial preparation hearing.");
//   }
//
// binds a member to its key: the path below the struct's section, its unit, its limits and its
// meaning, in that order (unit and limits when they apply). The key's default is the member's
// initialiser, so the initialisers are the documented defaults. The kind of value (number,
// distribution, dated steps, ...) follows from the member's type, or from a tag below where the
// type does not tell. The scenario reader (models/scenario/declarer.hpp) supplies Keys and lists
// what it offers; nothing here knows YAML.
#pragma once

#include <limits>

namespace cj {

// The unit shown beside a key in the reference.
struct Unit {
  const char* text;
};

namespace unit {
inline constexpr Unit cases{"cases"};
inline constexpr Unit cases_a_month{"cases a month"};
inline constexpr Unit cases_a_year{"cases a year"};
inline constexpr Unit days{"days"};
inline constexpr Unit factor{"factor"};
inline constexpr Unit fraction_a_year{"fraction a year"};
inline constexpr Unit fte{"full-time equivalents"};
inline constexpr Unit gbp{"GBP"};
inline constexpr Unit gbp_an_hour{"GBP an hour"};
inline constexpr Unit hours{"hours"};
inline constexpr Unit hours_a_year{"hours a year"};
inline constexpr Unit minutes{"minutes"};
inline constexpr Unit multipliers{"multipliers"};
inline constexpr Unit probability{"probability"};
inline constexpr Unit ratio{"ratio"};
inline constexpr Unit reports_a_month{"reports a month"};
inline constexpr Unit reports_a_year{"reports a year"};
inline constexpr Unit rooms{"rooms"};
inline constexpr Unit runs{"runs"};
inline constexpr Unit sessions_a_sitting_day{"sessions a sitting day"};
inline constexpr Unit share{"share"};
inline constexpr Unit sitting_days{"sitting days"};
inline constexpr Unit years{"years"};
}  // namespace unit

// The values a number (or an integer, or each level of dated steps) may take: from `low` to
// `high`, either end excluded when marked open.
struct Range {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;

  constexpr bool contains(double v) const {
    if (v != v) return false;  // NaN
    if (low_open ? !(v > low) : !(v >= low)) return false;
    return high_open ? v < high : v <= high;
  }
  constexpr bool is_probability() const { return low == 0 && high == 1 && !low_open && !high_open; }
};

namespace limit {
inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr Range any{};
inline constexpr Range probability{0, 1};
inline constexpr Range non_negative{0, kInf};
inline constexpr Range positive{0, kInf, true};
inline constexpr Range at_least_one{1, kInf};
inline constexpr Range change{-1, 1};  // a change to a probability
}  // namespace limit

// One name a choice key accepts and the value it stands for; a key takes a std::array of them.
template <class T>
struct Choice {
  const char* name;
  T value;
};

// Kinds of value whose C++ type alone does not say what they hold.
namespace as {
struct Weekdays {};  // std::vector<int>: 0 = Monday .. 6 = Sunday
inline constexpr Weekdays weekdays{};
struct GroupNames {};  // std::vector<int>: indices of offence groups, written by name
inline constexpr GroupNames group_names{};
struct GroupShares {};  // std::vector<double>: a share per offence group, summing to 1
inline constexpr GroupShares group_shares{};
}  // namespace as

// The value type of a key that names another scenario file (`extends`); it fills no member.
struct FilePath {};

}  // namespace cj

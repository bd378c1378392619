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

// The unit shown beside a key in the reference, and the largest value any key in that unit may
// take: a bound of what is physically meaningful, so that nothing a check passes can exhaust
// memory, overflow a roster or never finish. A key's own limits may be tighter.
struct Unit {
  const char* text;
  double ceiling = std::numeric_limits<double>::infinity();
  const char* why = "";  // the reason for the ceiling, in the reference
};

namespace unit {
inline constexpr double kHundredYears = 100 * 365.25;
inline constexpr Unit cases{"cases", 1e7,
                            "25 times the open cases of every criminal court in England and Wales"};
inline constexpr Unit cases_a_month{"cases a month", 1e7, "as cases a year"};
inline constexpr Unit cases_a_year{
    "cases a year", 1e8, "about 15 times the 6.7 million crimes England and Wales records a year"};
inline constexpr Unit days{"days", kHundredYears, "100 years"};
inline constexpr Unit factor{"factor", 100, "a hundredfold change"};
inline constexpr Unit fraction_a_year{"fraction a year", 1, "doubling every year"};
inline constexpr Unit gbp{"GBP", 1e9, "a billion pounds"};
inline constexpr Unit fte{"full-time equivalents", 1e6,
                          "about 7 times the police officers of England and Wales"};
inline constexpr Unit gbp_an_hour{"GBP an hour", 1e5, "a hundred thousand pounds an hour"};
inline constexpr Unit hours{"hours", 1e5, "over 11 years of one person's hours"};
inline constexpr Unit hours_a_year{"hours a year", 8784, "every hour of a leap year"};
inline constexpr Unit minutes{"minutes", 7 * 24 * 60, "a week"};
inline constexpr Unit multipliers{"multipliers", 100, "a hundredfold change"};
inline constexpr Unit probability{"probability"};
inline constexpr Unit ratio{"ratio", 100, "a hundredfold change"};
inline constexpr Unit reports_a_month{"reports a month", 1e7, "as reports a year"};
inline constexpr Unit reports_a_year{
    "reports a year", 1e8,
    "about 15 times the 6.7 million crimes England and Wales records a year"};
inline constexpr Unit rooms{"rooms", 1000, "50 times the largest Crown Court centre"};
inline constexpr Unit runs{"runs"};
inline constexpr Unit sessions_a_sitting_day{"sessions a sitting day", 1000,
                                             "over 10 times the largest magistrates' court"};
inline constexpr Unit share{"share"};
inline constexpr Unit sitting_days{"sitting days", kHundredYears, "100 years"};
inline constexpr Unit years{"years", 100, "100 years"};
inline constexpr Unit all[] = {cases,
                               cases_a_month,
                               cases_a_year,
                               days,
                               factor,
                               fraction_a_year,
                               fte,
                               gbp,
                               gbp_an_hour,
                               hours,
                               hours_a_year,
                               minutes,
                               multipliers,
                               probability,
                               ratio,
                               reports_a_month,
                               reports_a_year,
                               rooms,
                               runs,
                               sessions_a_sitting_day,
                               share,
                               sitting_days,
                               years};
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

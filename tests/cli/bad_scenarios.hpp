// Scenario files with one class of problem each, and the start of the report cjsim must print:
// FILE:LINE:COLUMN: key.path: what is wrong. Shared by the tests of `run` and `check`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace clitest {

struct BadScenario {
  const char* name;    // test name, and the file is <name>.yaml
  const char* text;    // the scenario
  const char* report;  // a line of the report starts with this
};

// How test names show the case (ctest lists them).
inline void PrintTo(const BadScenario& bad, std::ostream* os) {
  *os << bad.name;
}

inline const std::vector<BadScenario>& bad_scenarios() {
  static const std::vector<BadScenario> cases = {
      {"syntax",
       "name: broken\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: 100\n"
       "   bad: [1, 2\n",
       "syntax.yaml:5:4: YAML syntax: "},
      {"unknown_key",
       "name: x\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_yaer: 100\n",
       "unknown_key.yaml:4:5: offence_groups.a.reports_per_yaer: unknown key (did you mean "
       "reports_per_year?)"},
      {"probability",
       "name: x\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: 100\n"
       "charging:\n"
       "  triage:\n"
       "    accept_first: 1.5\n",
       "probability.yaml:7:19: charging.triage.accept_first: 1.5 is not a probability"},
      {"not_a_number",
       "name: x\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: lots\n",
       "not_a_number.yaml:4:23: offence_groups.a.reports_per_year: lots is not a number"},
      {"missing_name",
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: 100\n",
       "missing_name.yaml:1:1: name: a required key is missing"},
      {"shares",
       "name: x\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: 100\n"
       "    mode: {summary: 0.5, either_way: 0.4}\n",
       "shares.yaml:5:21: offence_groups.a.mode: summary + either_way + indictable = 0.9"},
      {"unknown_group",
       "name: x\n"
       "offence_groups:\n"
       "  - name: a\n"
       "    reports_per_year: 100\n"
       "investigation:\n"
       "  by_offence:\n"
       "    b: {duration_days: 3}\n",
       "unknown_group.yaml:7:5: investigation.by_offence.b: offence group b is not defined"},
      {"missing_base",
       "name: x\n"
       "extends: nowhere.yaml\n",
       "missing_base.yaml:2:10: extends: cannot read nowhere.yaml"},
  };
  return cases;
}

}  // namespace clitest

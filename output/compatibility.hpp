// Whether two runs or two result files can be combined or compared, and if not, what differs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace out {

class ResultFile;

// "" when `a` and `b` hold the same names (in any order), else e.g.
// "KPIs differ: only in a.h5: 'x', 'y'; only in b.h5: 'z'".
std::string name_difference(std::string_view what, const std::vector<std::string>& a,
                            const std::vector<std::string>& b, std::string_view a_label,
                            std::string_view b_label);

// Everything that stops comparing `a` and `b` point by point and replication by replication:
// KPI sets, offence groups, number of points, swept keys, replications. Empty if comparable.
std::vector<std::string> compatibility_problems(const ResultFile& a, const ResultFile& b);

// Throws Incompatible("<a> and <b> cannot be compared: <problems joined by '; '>").
void require_comparable(const ResultFile& a, const ResultFile& b);

}  // namespace out

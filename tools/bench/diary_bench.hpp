// cjsim-bench diary: CPU per booking into a court's diary as the diary grows, for sim::Diary and
// for the diary as it was before its trees (bench::LinearDiary).
#pragma once

#include <string>
#include <vector>

namespace bench {

int run_diary_bench(const std::vector<std::string>& args);

}  // namespace bench

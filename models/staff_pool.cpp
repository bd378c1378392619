#include "models/staff_pool.hpp"

#include <algorithm>
#include <vector>

namespace cj {

sim::Roster staff_roster(const DatedSteps& count, Day start) {
  std::vector<sim::Roster::Step> steps;
  for (const auto& [date, value] : count.steps) {
    const double t = std::max(0.0, static_cast<double>(to_day(date) - start));
    if (!steps.empty() && steps.back().from >= t) {
      steps.back().level = value;  // dates before the start collapse onto it
    } else {
      steps.push_back({t, value});
    }
  }
  return sim::Roster(std::move(steps));
}

std::unique_ptr<sim::ServerPool> staff_pool(Context& ctx, const StaffPool& staff, std::string name,
                                            sim::PoolClient& client) {
  sim::PoolSpec spec;
  spec.name = std::move(name);
  spec.roster = staff_roster(staff.count, to_day(ctx.scenario.start));
  spec.servers = static_cast<std::uint32_t>(std::max(1.0, spec.roster->max_level()));
  return std::make_unique<sim::ServerPool>(ctx.engine, std::move(spec), client);
}

}  // namespace cj

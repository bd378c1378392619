#include "models/probes/timeliness.hpp"

#include <algorithm>
#include <string>

#include "models/probes/case_facts.hpp"

namespace cj {

namespace {

double days(double from, double to) {
  return std::max(0.0, to - from);
}

}  // namespace

TimelinessProbe::TimelinessProbe(PeriodClock&, const Scenario& scenario)
    : groups_(scenario.offences.size()) {}

void TimelinessProbe::on_event(const CaseRecord& c, CaseEvent event, double time) {
  Group& g = groups_[c.group];
  if (event == CaseEvent::charged && known(c.report)) {
    g.report_to_charge.add(days(c.report, time));
  }
  // Only the first time: an adjourned first hearing is held again.
  if (event == CaseEvent::first_hearing && c.first_hearing == time && known(c.charge)) {
    g.charge_to_first_hearing.add(days(c.charge, time));
  }
}

void TimelinessProbe::on_closed(const CaseRecord& c) {
  if (!after_charge(c.stage)) return;
  Group& g = groups_[c.group];
  if (known(c.charge)) g.charge_to_completion.add(days(c.charge, c.end));
  if (known(c.report) && known(c.charge)) g.report_to_completion.add(days(c.report, c.end));
  Completed& court = courts_[completing_court(c)];
  if (known(c.charge)) court.charge_to_completion.add(days(c.charge, c.end));
  if (known(c.report)) court.report_to_completion.add(days(c.report, c.end));
}

void TimelinessProbe::report(Summary& summary) const {
  Group all;
  for (const Group& g : groups_) {
    all.report_to_charge.merge(g.report_to_charge);
    all.charge_to_first_hearing.merge(g.charge_to_first_hearing);
    all.charge_to_completion.merge(g.charge_to_completion);
    all.report_to_completion.merge(g.report_to_completion);
  }
  const auto add = [&](std::string name, std::string description, const sim::Quantiles& q) {
    summary.add(Section::timeliness, std::move(name), "days", std::move(description), median(q));
  };
  add("median_days_report_to_charge", "Median days from report to charge, cases charged",
      all.report_to_charge);
  add("median_days_charge_to_first_hearing",
      "Median days from charge to the first magistrates' hearing", all.charge_to_first_hearing);
  add("median_days_charge_to_completion",
      "Median days from charge to completion, cases completed after charge",
      all.charge_to_completion);
  for (const CourtLabel& court : kCourtLabels) {
    add("median_days_charge_to_completion_" + std::string(court.name),
        "Median days from charge to completion, cases completed in " +
            std::string(court.in_sentence),
        courts_[court.value].charge_to_completion);
  }
  for (const CourtLabel& court : kCourtLabels) {
    add("median_days_report_to_completion_" + std::string(court.name),
        "Median days from report to completion, cases completed in " +
            std::string(court.in_sentence),
        courts_[court.value].report_to_completion);
  }
  add("median_days_report_to_completion",
      "Median days from report to completion, cases charged and completed",
      all.report_to_completion);

  const auto by_group = [&](std::string name, std::string description, auto span) {
    std::vector<double> values;
    for (const Group& g : groups_) values.push_back(median(g.*span));
    summary.add_by_group(Section::timeliness, std::move(name), "days", std::move(description),
                         std::move(values));
  };
  by_group("median_days_report_to_charge", "Median days from report to charge",
           &Group::report_to_charge);
  by_group("median_days_charge_to_completion", "Median days from charge to completion",
           &Group::charge_to_completion);
  by_group("median_days_report_to_completion", "Median days from report to completion",
           &Group::report_to_completion);
}

}  // namespace cj

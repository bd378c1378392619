#include "models/probes/triage.hpp"

namespace cj {

void TriageProbe::on_event(const CaseRecord& c, CaseEvent event, double) {
  if (event == CaseEvent::file_returned && c.submissions == 1) ++returned_first_;
  if (event == CaseEvent::file_accepted) {
    ++accepted_;
    if (c.submissions == 1) ++accepted_first_;
    if (c.submissions >= 3) ++accepted_third_or_later_;
  }
}

void TriageProbe::report(Summary& summary) const {
  summary.add(Section::rates, "triage_accepted_first_rate", "share",
              "Files accepted by the CPS at their first submission, of first submissions triaged",
              share(accepted_first_, accepted_first_ + returned_first_));
  summary.add(Section::rates, "triage_third_submission_rate", "share",
              "Files accepted only at a third or later submission, of files accepted",
              share(accepted_third_or_later_, accepted_));
}

}  // namespace cj

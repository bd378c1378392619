// The columns of the /cases and /events traces, declared beside the record they come from (see
// fields.hpp for what a declaration gives). Scripts read these names: keep them stable.
//
// To trace a new member of CaseRecord: one field(...) line below, where its column should go.
#pragma once

#include <cstdint>

#include "models/records/case.hpp"
#include "models/records/fields.hpp"

namespace cj {

// The two court columns share one description, so the file describes them together.
inline constexpr const char* kCourtIndexDescription =
    "index into the scenario's courts and centres (attributes magistrates_court_mapping, "
    "crown_centre_mapping), 255 if none";

inline constexpr auto kCaseFields = fields_of<CaseRecord>(
    field<std::uint64_t>("case_id", FieldKind::key, &CaseRecord::id,
                         "the case's number within its run"),
    field<std::uint16_t>("offence_group", FieldKind::index, &CaseRecord::group,
                         "index into /offence_groups (also the `mapping` attribute)"),
    field<Mode>("mode", FieldKind::category, &CaseRecord::mode, "mode of trial"),
    field<bool>("domestic_abuse", FieldKind::flag, &CaseRecord::domestic_abuse,
                "flags of the offence"),
    field<bool>("custody", FieldKind::flag, &CaseRecord::custody, "remanded after charge"),
    field<bool>("has_victim", FieldKind::flag, &CaseRecord::has_victim, "flags of the offence"),
    field<bool>("victim_supported", FieldKind::flag, &CaseRecord::victim_supported,
                "the victim had IDVA/ISVA support"),
    field<bool>("eia", FieldKind::flag, &CaseRecord::eia, "early investigative advice used"),
    field<bool>("from_stock", FieldKind::flag, &CaseRecord::from_stock,
                "already open at the start date"),
    field<TraceTime>("report", FieldKind::milestone, &CaseRecord::report, ""),
    field<TraceTime>("file_submitted", FieldKind::milestone, &CaseRecord::file_submitted,
                     "first submission to the CPS"),
    field<TraceTime>("charge", FieldKind::milestone, &CaseRecord::charge, ""),
    field<TraceTime>("first_hearing", FieldKind::milestone, &CaseRecord::first_hearing, ""),
    field<TraceTime>("sent_to_crown", FieldKind::milestone, &CaseRecord::sent_to_crown, ""),
    field<TraceTime>("ptph", FieldKind::milestone, &CaseRecord::ptph, ""),
    field<TraceTime, kTrialListingsKept>("trial", FieldKind::milestone, &CaseRecord::trial_dates,
                                         "the first four trial listings"),
    field<TraceTime>("end", FieldKind::milestone, &CaseRecord::end, ""),
    field<std::uint8_t>("submissions", FieldKind::count, &CaseRecord::submissions,
                        "files sent to the CPS"),
    field<std::uint8_t>("hearings", FieldKind::count, &CaseRecord::hearings, "hearings attended"),
    field<std::uint8_t>("ineffective_listings", FieldKind::count, &CaseRecord::ineffective_listings,
                        "trial listings that did not go ahead"),
    field<std::uint8_t>("trial_listings", FieldKind::count, &CaseRecord::trial_listings,
                        "all trial listings"),
    field<Outcome>("outcome", FieldKind::category, &CaseRecord::outcome,
                   "how the case ended, `open` if still open at the horizon"),
    field<Stage>("stage", FieldKind::category, &CaseRecord::stage,
                 "for closed cases the stage they ended in, for open cases the stage they were in"),
    field<bool>("committed_for_sentence", FieldKind::flag, &CaseRecord::committed_for_sentence,
                "convicted on a plea in the magistrates' court and sentenced in the Crown Court"),
    field<std::uint8_t>("magistrates_court", FieldKind::index, &CaseRecord::magistrates_court,
                        kCourtIndexDescription),
    field<std::uint8_t>("crown_centre", FieldKind::index, &CaseRecord::crown_centre,
                        kCourtIndexDescription),
    field<IneffectiveCause>("ineffective_cause", FieldKind::category,
                            &CaseRecord::ineffective_cause,
                            "the cause of the latest ineffective trial listing"),
    field<float>("direct_cost", FieldKind::money, &CaseRecord::direct_cost,
                 "the unit costs of the case's own investigation, decisions and hearings"));

// One state change of a case, as the event trace sees it.
struct CaseEventRecord {
  const CaseRecord& record;  // after the change
  CaseEvent event;
  double time;
};

inline constexpr auto kEventFields = fields_of<CaseEventRecord>(
    field<std::uint64_t>(
        "case_id", FieldKind::key, [](const CaseEventRecord& e) { return e.record.id; },
        "the case's number within its run (as in /cases)"),
    field<double>("time", FieldKind::time, &CaseEventRecord::time, "when (float64, exact)"),
    field<CaseEvent>("event", FieldKind::category, &CaseEventRecord::event, "what happened"),
    field<Stage>(
        "stage", FieldKind::category, [](const CaseEventRecord& e) { return e.record.stage; },
        "the case's stage after the event"));

}  // namespace cj

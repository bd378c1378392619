// The columns of the /labels tables (one row per value of an enumeration, see labels.hpp),
// declared like the case record's (fields.hpp).
#pragma once

#include "models/records/fields.hpp"
#include "models/records/labels.hpp"

namespace cj {

inline constexpr const char* kNameDescription =
    "the value's name, as in the enumerations of /cases and /events and in series and KPI names";

inline constexpr auto kStageLabelFields = fields_of<StageLabel>(
    field<Stage>("value", FieldKind::category, &StageLabel::value, "the stage"),
    field<const char*>("name", FieldKind::text, &StageLabel::name, kNameDescription),
    field<const char*>("label", FieldKind::text, &StageLabel::label, "as planners say it"),
    field<const char*>("caseload", FieldKind::text, &StageLabel::caseload,
                       "what its open cases are called on a chart"),
    field<const char*>("received_as", FieldKind::text, &StageLabel::received_as,
                       "how the cases arriving in it are described"),
    field<const char*>("moved_on_as", FieldKind::text, &StageLabel::moved_on_as,
                       "what leaving it for the next stage is called (empty for none)"),
    field<bool>("open", FieldKind::flag, &StageLabel::open,
                "a case can be open in it (series open_<name>, receipts_<name>, "
                "disposals_<name>)"),
    field<bool>("before_charge", FieldKind::flag, &StageLabel::before_charge,
                "the stage comes before charge"));

inline constexpr auto kOutcomeLabelFields = fields_of<OutcomeLabel>(
    field<Outcome>("value", FieldKind::category, &OutcomeLabel::value, "the outcome"),
    field<const char*>("name", FieldKind::text, &OutcomeLabel::name, kNameDescription),
    field<const char*>("label", FieldKind::text, &OutcomeLabel::label, "as planners say it"),
    field<bool>("before_charge", FieldKind::flag, &OutcomeLabel::before_charge,
                "it ends a case before charge"),
    field<bool>("after_charge", FieldKind::flag, &OutcomeLabel::after_charge,
                "it ends a prosecution"),
    field<bool>("conviction", FieldKind::flag, &OutcomeLabel::conviction, "it is a conviction"),
    field<bool>("victim_withdrawal", FieldKind::flag, &OutcomeLabel::victim_withdrawal,
                "the victim's withdrawal ended the case"));

inline constexpr auto kCourtLabelFields = fields_of<CourtLabel>(
    field<Court>("value", FieldKind::category, &CourtLabel::value, "the court"),
    field<const char*>("name", FieldKind::text, &CourtLabel::name, kNameDescription),
    field<const char*>("label", FieldKind::text, &CourtLabel::label, "as a heading"),
    field<const char*>("in_sentence", FieldKind::text, &CourtLabel::in_sentence,
                       "as a sentence names it"),
    field<const char*>("capacity", FieldKind::text, &CourtLabel::capacity,
                       "its court time series are <capacity>_available and <capacity>_used"));

inline constexpr auto kTrialResultLabelFields = fields_of<TrialResultLabel>(
    field<TrialResult>("value", FieldKind::category, &TrialResultLabel::value,
                       "the result of a trial listing"),
    field<const char*>("name", FieldKind::text, &TrialResultLabel::name, kNameDescription),
    field<const char*>("label", FieldKind::text, &TrialResultLabel::label, "what it means"));

}  // namespace cj

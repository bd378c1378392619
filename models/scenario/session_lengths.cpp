// A magistrates' hearing is listed into one session, never across two: one longer than a session
// could never be listed, and its case would wait for ever.
#include "models/scenario/scenario_keys.hpp"
#include "models/scenario/scenario_rules.hpp"
#include "sim/check.hpp"

namespace cj::scenario {
namespace {

void check_fits_session(TreeReader& reader, const View& view, std::string_view key, double minutes,
                        double session_minutes) {
  if (minutes > session_minutes) {
    const std::string session = sim::format_number(session_minutes);
    reader.problem(view, key,
                   sim::format_number(minutes) +
                       " minutes is longer than a session (expected at most " +
                       "session_minutes, " + session + ")");
  }
}

}  // namespace

void check_session_lengths(TreeReader& reader, const Scenario& s) {
  const Magistrates& m = s.magistrates;
  // A session length outside its own limits is reported at its key; measured against it, every
  // hearing would be reported again.
  const Key* session = scenario_schema().find("magistrates.session_minutes");
  if (session && !session->range.contains(m.session_minutes)) return;
  const View stage = reader.section(reader.root(), "magistrates");
  for (std::size_t i = 0; i < m.groups.size() && i < reader.groups().size(); ++i) {
    check_fits_session(reader, reader.for_group(stage, reader.groups()[i]), "trial.minutes",
                       m.groups[i].trial_minutes, m.session_minutes);
  }
  check_fits_session(reader, stage, "first_hearing_minutes", m.first_hearing_minutes,
                     m.session_minutes);
  check_fits_session(reader, stage, "sentence_minutes", m.sentence_minutes, m.session_minutes);
}

}  // namespace cj::scenario

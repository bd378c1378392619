#include "output/field_text.hpp"

#include <algorithm>
#include <cstddef>

namespace out {

namespace {

using cj::FieldKind;

constexpr FieldKind kKinds[] = {FieldKind::key,   FieldKind::index,     FieldKind::category,
                                FieldKind::text,  FieldKind::milestone, FieldKind::time,
                                FieldKind::count, FieldKind::flag,      FieldKind::money};

bool is_date(FieldKind kind) {
  return kind == FieldKind::milestone || kind == FieldKind::time;
}

// Kinds whose consecutive fields are listed in one sentence.
bool listed_together(FieldKind kind) {
  return kind == FieldKind::flag || kind == FieldKind::milestone || kind == FieldKind::count;
}

std::string milestone_note() {
  const auto steps = static_cast<int>(1 / cj::kTraceTimeResolutionDays);
  return "milestone dates in days since the start (negative before it), NaN if not reached; "
         "float32 rounded to 1/" +
         std::to_string(steps) + " day (see attribute time_resolution_days)";
}

// One sentence: each description with the names of the fields it describes.
struct Sentence {
  std::vector<std::pair<std::string, std::string>> entries;  // names, description

  void add(const FieldSummary& f) {
    if (f.description.empty()) return;
    for (auto& [names, description] : entries) {
      if (description == f.description) {
        names += ", " + f.name;
        return;
      }
    }
    entries.emplace_back(f.name, f.description);
  }
  std::string text() const {
    std::string s;
    for (const auto& [names, description] : entries) {
      s += (s.empty() ? "" : "; ") + names + ": " + description;
    }
    return s + ".";
  }
};

}  // namespace

std::string fields_units(const std::vector<FieldSummary>& fields, const std::string& start_date) {
  std::string units;
  for (const FieldKind kind : kKinds) {
    std::string names;
    for (const FieldSummary& f : fields) {
      if (f.kind == kind) names += (names.empty() ? "" : ", ") + f.name;
    }
    const std::string unit = cj::units_of(kind);
    if (names.empty() || unit.empty()) continue;
    if (kind == FieldKind::flag) names = "flags";
    units += (units.empty() ? "" : "; ") + names + ": " + unit;
    if (is_date(kind)) units += " " + start_date;
  }
  return units.empty() ? "none" : units;
}

std::string fields_description(const std::string& preamble,
                               const std::vector<FieldSummary>& fields) {
  std::vector<Sentence> sentences;
  bool noted = false;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const FieldSummary& f = fields[i];
    const bool joins = i > 0 && ((f.kind == fields[i - 1].kind && listed_together(f.kind)) ||
                                 f.description == fields[i - 1].description);
    if (!joins && f.kind == FieldKind::milestone && !noted) {
      const auto first = std::find_if(fields.begin(), fields.end(), [](const FieldSummary& m) {
        return m.kind == FieldKind::milestone;
      });
      const auto last = std::find_if(fields.rbegin(), fields.rend(), [](const FieldSummary& m) {
        return m.kind == FieldKind::milestone;
      });
      sentences.push_back({{{first->first_column + " .. " + last->last_column, milestone_note()}}});
      noted = true;
    }
    if (!joins || sentences.empty()) sentences.emplace_back();
    sentences.back().add(f);
  }
  std::string text = preamble;
  for (const Sentence& s : sentences) {
    if (!s.entries.empty()) text += (text.empty() ? "" : " ") + s.text();
  }
  return text;
}

}  // namespace out

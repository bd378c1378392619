// The reference of every key, generated from the schema (docs/scenario-reference.md is its
// committed copy; a test keeps the two equal).
#include "models/scenario/schema_markdown.hpp"

#include <cmath>
#include <string>

#include "models/planned_size.hpp"
#include "models/scenario/codec.hpp"
#include "models/scenario/distribution_codec.hpp"
#include "models/scenario/loader.hpp"
#include "models/scenario/resolved_writer.hpp"
#include "models/scenario/scalars.hpp"
#include "models/scenario/scenario_keys.hpp"
#include "models/scenario/sweep.hpp"

namespace cj::scenario {
namespace {

constexpr const char* kIntroduction = R"(# Scenario reference

Every key of a cjsim scenario file: its type, unit, default, limits and meaning. This file is
generated from the keys declared beside the structs in `models/parameters/` by
`cj::scenario::schema_markdown()`, and a test fails when the two differ: do not edit it by hand;
regenerate it with `build/bin/scenario_reference > docs/scenario-reference.md`.

## Reading a scenario

- **Durations** are in days unless the key says otherwise; **dates** are `2026-04-01`; **months**
  are `2026-04`. **Shares** and probabilities are numbers in [0, 1].
- **Defaults.** Every key has a default but those marked *required*: `name`, `offence_groups`,
  and in list items their `name` and the keys that make no sense without a value (a court's share
  and sessions, say). Defaults are the values of the structs in `models/parameters/` where
  those are meaningful; otherwise neutral values that switch a feature off (no attrition, no
  costs, no staff limit) or send every case down the main path (every file goes for a charging
  decision, every decision is a charge, every trial is effective). They are not estimates for
  West Yorkshire: a baseline scenario sets them, citing its sources.
- **Share sets.** Some keys form a set whose shares sum to 1 (within 1e-9), such as
  `investigation.outcomes` or `crown.trial.effective`, `cracked` and `ineffective`. Give any of a
  set and the members left out are 0; give none and the set takes its defaults.
- **Steps** (rosters): a bare number (constant), or `{2026-04-01: 12, 2027-04-01: 14}`: the value
  from each date on, dates strictly increasing; before the first date the first value holds.
- **By offence group.** The stages `investigation`, `charging`, `magistrates`, `crown` and
  `attrition` have a `by_offence` map: `{group_name: {keys}}`, the keys (marked *per group* below)
  written as under the stage, e.g. `crown: {by_offence: {rape: {trial_days: {dist: fixed, value:
  5}, trial: {cracked: 0.3, effective: 0.7}}}}`. A group without an entry takes the stage's value.
- **`extends: base.yaml`** reads that file first (relative to this one) and merges this one over
  it: maps merge key by key; lists of named items (`offence_groups`, `magistrates.courts`,
  `crown.centres`, `demand.later_entries`) merge item by item by `name`; anything else (numbers,
  lists, a distribution, a whole `sweep`) is replaced. Giving one of `horizon_years` and
  `horizon_days` drops the other. To replace a share set in a child, give all its members.
- **`--set key.path=value`** changes one value after `extends` and before checking; the value is
  read as YAML (`--set 'charging.triage.days={dist: fixed, value: 3}'`). Items of named lists
  are addressed by name (`magistrates.courts.leeds.share=0.5`), groups under `by_offence` by
  theirs (`crown.by_offence.rape.trial_days=...`), steps by date
  (`crown.sitting_days_scale.2027-04-01=1.1`). Problems in overrides are reported as
  `--set:N:COLUMN` for the N-th override.
- **The resolved scenario** (kept in every output file) is the scenario after `extends`, `--set`
  and defaults, with every key written out and no `extends` or `sweep`; it loads on its own to the
  same run.
- **Problems** are reported all at once, in file order, as `FILE:LINE:COLUMN: key.path: what is
  wrong (what was expected)`.

## Distributions

A bare number is a fixed value. Otherwise a map with `dist` and its parameters:

)";

std::string cell(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out;
}

std::string default_text(const Key& k) {
  switch (k.presence) {
    case Presence::required:
      return "required";
    case Presence::optional:
      return k.alternative.empty() ? "(none)" : "(or " + k.alternative + ")";
    case Presence::defaulted:
      break;
  }
  if (k.shape == Shape::section || k.shape == Shape::dated_section) return "";
  // Appended piecewise: "literal" + std::string trips GCC 12's -Wrestrict (a false positive).
  std::string text = "`";
  text += flow_text(k.default_value);
  text += '`';
  return text;
}

std::string limits_text(const Key& k) {
  std::string out;
  const auto add = [&](const std::string& part) {
    if (!part.empty()) out += (out.empty() ? "" : "; ") + part;
  };
  if (k.shape == Shape::value) add(k.codec->limits(k));
  if (k.shape == Shape::by_offence) add("defined groups");
  if (!k.share_set.empty()) add("share set `" + k.share_set + "` (sum 1)");
  if (!k.alternative.empty()) add("not with `" + k.alternative + "`");
  return out;
}

void table(std::string& out, const std::vector<const Key*>& keys) {
  out += "| key | type | unit | default | limits | per group | meaning |\n";
  out += "|---|---|---|---|---|---|---|\n";
  for (const Key* k : keys) {
    out += "| `" + k->path + "` | " + type_name(*k) + " | " + cell(k->unit) + " | " +
           cell(default_text(*k)) + " | " + cell(limits_text(*k)) + " | " +
           (k->by_offence ? "yes" : "") + " | " + cell(k->meaning) + " |\n";
  }
}

// The key and every key below it, in declaration order.
void collect(const Schema& schema, const Key& key, std::vector<const Key*>& out) {
  out.push_back(&key);
  const std::string below = key.shape == Shape::named_list ? key.path + "[]" : key.path;
  for (const Key* child : schema.children(below)) collect(schema, *child, out);
}

}  // namespace

std::string key_tables(const Schema& schema) {
  std::string out = "\n## Top level\n\n";
  std::vector<const Key*> top;
  for (const Key* k : schema.children("")) {
    if (schema.children(k->path).empty() && k->shape != Shape::named_list) top.push_back(k);
  }
  table(out, top);
  for (const Key* k : schema.children("")) {
    if (schema.children(k->path).empty() && k->shape != Shape::named_list) continue;
    out += "\n## `" + k->path + "`\n\n" + k->meaning + "\n\n";
    std::vector<const Key*> keys;
    collect(schema, *k, keys);
    table(out, keys);
  }
  return out;
}

namespace {

// Each unit's ceiling: what bounds every key of that unit from above, and why.
std::string limits_markdown() {
  std::string out =
      "\n## Limits\n\nEvery number has a physically meaningful range: a key's own limits, "
      "within the ceiling of its unit below (a distribution's mean too), so that nothing "
      "`check` passes can exhaust memory, overflow a roster or never finish.\n\n"
      "| unit | at most | why |\n|---|---|---|\n";
  for (const Unit& u : unit::all) {
    if (std::isinf(u.ceiling)) continue;
    out += std::string("| ") + u.text + " | " + format_double(u.ceiling) + " | " + u.why + " |\n";
  }
  out +=
      "\nA run is refused, by `check` as by `run` and `sweep`, when it would create more "
      "than " +
      format_double(kDefaultMaxCasesPerRun) +
      " cases (the initial stock and the arrivals expected over the horizon): an open case "
      "takes memory until it closes, and when courts cannot keep up every case stays open. "
      "`--max-cases N` raises the limit. Names of list items (offence groups, courts, "
      "centres, later entries, targets) become dataset, series and file names: see their "
      "limits.\n";
  return out;
}

}  // namespace

std::string schema_markdown() {
  std::string out = kIntroduction;
  out += distribution_forms_markdown();
  out += limits_markdown();
  out += key_tables(scenario_schema());
  out += "\nA sweep has at most " + std::to_string(kMaxSweepPoints) +
         " points. Sweep labels read `key.path=value,key.path=value`; every point is checked "
         "before any runs, each problem naming its point.\n";
  return out;
}

}  // namespace cj::scenario

"""The /cases trace, read a block of chunks at a time and, when large, sampled by whole chunks.

A five-year sweep can hold tens of millions of case rows (80 bytes each, compressed). The report
needs distributions and shares, not every row: up to MAX_ROWS rows per file are read whole;
beyond that, chunks spread evenly over the file are read (rows are stored run by run, in the
order cases ended, so evenly spaced chunks cover every run and the whole horizon). Only the
fields below are kept, and only as long as one block is being counted.
"""
from dataclasses import dataclass, field

import h5py
import numpy as np

from .errors import BadInput

MAX_ROWS = 2_000_000
BLOCK_CHUNKS = 16
FIELDS = ("run", "offence_group", "report", "charge", "end", "outcome", "stage")


# Spans of days measured on closed cases: name -> (from milestone, to milestone, the stage the
# case must have ended in, or None for any).
SPANS = {
    "report_to_charge": ("report", "charge", None),
    "charge_to_completion": ("charge", "end", None),
    "charge_to_completion_crown": ("charge", "end", "crown"),
}


@dataclass
class CaseSample:
    """What the report takes from one scenario's case rows."""
    rows_read: int
    rows_total: int
    outcome_names: list   # by enum value
    stage_names: list     # by enum value
    groups: int
    ended: np.ndarray     # closed case rows read, [stage ended in x outcome]
    # For each span, the (days, offence group) arrays collected block by block.
    pieces: dict = field(default_factory=lambda: {name: [] for name in SPANS})

    @property
    def sampled(self):
        return self.rows_read < self.rows_total

    def count(self, rows, open_value):
        """Add a block of this scenario's case rows."""
        self.rows_read += len(rows)
        closed = rows[rows["outcome"] != open_value]
        n_stages, n_outcomes = self.ended.shape
        cell = closed["stage"].astype(np.int64) * n_outcomes + closed["outcome"]
        self.ended += np.bincount(cell, minlength=n_stages * n_outcomes).reshape(n_stages,
                                                                                 n_outcomes)
        for name, (start, stop, stage) in SPANS.items():
            subset = closed if stage is None else closed[closed["stage"] ==
                                                         self.stage_names.index(stage)]
            days = subset[stop] - subset[start]
            known = ~np.isnan(days)
            self.pieces[name].append((days[known], subset["offence_group"][known]))

    def days(self, span):
        """Days of a span (a key of SPANS) of the closed cases read, one array per group."""
        pieces = self.pieces[span]
        if not pieces:
            return [np.empty(0, dtype=np.float32) for _ in range(self.groups)]
        days = np.concatenate([p[0] for p in pieces])
        group = np.concatenate([p[1] for p in pieces])
        return [days[group == g] for g in range(self.groups)]


def read_samples(scenarios):
    """One CaseSample per scenario (None where its file has no /cases trace)."""
    samples = [None] * len(scenarios)
    for result in {id(s.result): s.result for s in scenarios}.values():
        if result.cases is None:
            continue
        members = [i for i, s in enumerate(scenarios) if s.result is result]
        for i, sample in zip(members, _read_file(result, [scenarios[i] for i in members])):
            samples[i] = sample
    return samples


def _read_file(result, scenarios):
    cases = result.cases
    missing = [f for f in FIELDS if f not in (cases.dtype.names or ())]
    if missing:
        raise BadInput(f"{result.path}: /cases has no field {', '.join(missing)}")
    outcome_names = _enum_names(result, cases, "outcome")
    stage_names = _enum_names(result, cases, "stage")
    # The values counted: `open`, the courts' stages (their outcomes) and the spans' stages.
    courts = [s.name for s in result.open_stages if not s.before_charge]
    required = [("outcome", outcome_names, "open")] + [
        ("stage", stage_names, stage)
        for stage in dict.fromkeys(courts + [s for _, _, s in SPANS.values() if s])]
    for field_name, names, needed in required:
        if needed not in names:
            raise BadInput(f"{result.path}: /cases field {field_name} has no value '{needed}'")
    open_value = outcome_names.index("open")
    groups = len(result.offence_groups)

    scenario_of_run = np.full(len(result.runs), -1)
    samples = []
    for j, s in enumerate(scenarios):
        scenario_of_run[s.runs] = j
        samples.append(CaseSample(0, int(result.runs["cases"][s.runs].sum()), outcome_names,
                                  stage_names, groups,
                                  np.zeros((len(stage_names), len(outcome_names)))))
    reader = cases.fields(list(FIELDS))
    for start, stop in _blocks(cases):
        rows = reader[start:stop]
        if rows["run"].max(initial=0) >= len(scenario_of_run):
            raise BadInput(f"{result.path} is damaged: /cases rows name runs beyond /runs")
        owner = scenario_of_run[rows["run"]]
        for j in np.unique(owner[owner >= 0]):
            samples[j].count(rows[owner == j], open_value)
    return samples


def _enum_names(result, cases, name):
    mapping = h5py.check_enum_dtype(cases.dtype[name])
    if not mapping:
        raise BadInput(f"{result.path}: /cases field {name} is not an enumeration")
    names = [""] * (max(mapping.values()) + 1)
    for key, value in mapping.items():
        names[value] = key
    return names


def _blocks(cases):
    """(start, stop) row ranges to read: everything, or evenly spaced chunks."""
    total = cases.shape[0]
    chunk = cases.chunks[0] if cases.chunks else 16384
    if total <= MAX_ROWS:
        step = chunk * BLOCK_CHUNKS
        return [(a, min(a + step, total)) for a in range(0, total, step)]
    n_chunks = -(-total // chunk)
    picked = np.unique(np.linspace(0, n_chunks - 1, MAX_ROWS // chunk).astype(int))
    return [(int(c) * chunk, min((int(c) + 1) * chunk, total)) for c in picked]


"""The scenarios a report compares: every point of every result file, the baseline first.

A plain run is one scenario; a sweep file gives one scenario per point. The first scenario is the
baseline that differences are taken from.
"""
import os
from dataclasses import dataclass

import numpy as np

from .errors import BadInput
from .result_file import ResultFile


@dataclass
class Scenario:
    """One point of one result file, with the rows of /runs that belong to it."""
    label: str
    result: ResultFile
    point: int
    runs: np.ndarray  # rows of /runs, in replication order

    def kpi(self, name):
        """The KPI's value in each replication of this scenario."""
        return self.result.kpi_runs(name)[self.runs]

    def series(self, name):
        """[replications x periods] values of a time series for this scenario."""
        return self.result.series(name)[self.runs]

    def total(self, name):
        """A flow series summed over the run, one value per replication."""
        return self.series(name).sum(axis=1)

    def pairs_with(self, other):
        """Common random numbers: replication r of both was run from the same streams.

        cjsim derives each run's streams from (master seed, replication), the same for every
        point, so two results pair up when they share the master seed and the replications.
        """
        return (self.result.seed is not None and self.result.seed == other.result.seed
                and np.array_equal(self.result.runs["replication"][self.runs],
                                   other.result.runs["replication"][other.runs]))


def open_results(paths, baseline=None):
    """Open each file once (the baseline first), in the order given."""
    ordered = ([baseline] if baseline else []) + list(paths)
    if not ordered:
        raise BadInput("give at least one result file (see --help)")
    seen, results = set(), []
    try:
        for path in ordered:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                results.append(ResultFile(path))
    except BadInput:
        for r in results:
            r.close()
        raise
    return results


def scenarios_of(results):
    """One Scenario per point of each result, labelled as a planner can tell them apart."""
    names = [r.scenario_name for r in results]
    file_labels = [n if names.count(n) == 1 else os.path.splitext(r.name)[0]
                   for n, r in zip(names, results)]
    if len(set(file_labels)) < len(file_labels):
        file_labels = [r.path for r in results]
    scenarios = []
    for label, result in zip(file_labels, results):
        for p in result.points:
            if len(result.points) == 1:
                name = label
            else:
                point_label = p.label.replace(",", ", ")
                name = point_label if len(results) == 1 else f"{label}: {point_label}"
            scenarios.append(Scenario(name, result, p.index, result.runs_of_point(p.index)))
    return scenarios


def require_comparable(results):
    """Refuse results whose KPIs or offence groups differ, naming the difference."""
    base = results[0]
    for other in results[1:]:
        problems = []
        only_base = [k for k in base.kpis if k not in other.kpis]
        only_other = [k for k in other.kpis if k not in base.kpis]
        if only_base or only_other:
            parts = []
            if only_base:
                parts.append(f"only in {base.name}: " + _quoted(only_base))
            if only_other:
                parts.append(f"only in {other.name}: " + _quoted(only_other))
            problems.append("KPIs differ: " + "; ".join(parts))
        if base.offence_groups != other.offence_groups:
            problems.append(f"offence groups differ: {_quoted(base.offence_groups)} in "
                            f"{base.name}, {_quoted(other.offence_groups)} in {other.name}")
        if problems:
            raise BadInput(f"{base.path} and {other.path} cannot be compared: "
                           + "; ".join(problems))


def _quoted(names, limit=6):
    shown = ", ".join(f"'{n}'" for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")

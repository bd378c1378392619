"""Reads one cjsim result file (format `cjsim-result/1`, see output/README.md) for the report.

Opening checks everything the report draws from, so that a file which cannot be reported is
refused at once with one line naming what it lacks, before any chart is drawn.
"""
import os
from dataclasses import dataclass
from types import SimpleNamespace

import h5py
import numpy as np

from .errors import BadInput

FORMAT_PREFIX = "cjsim-result/"
FORMAT = "cjsim-result/1"  # the one version this report reads, as the C++ readers do
# The /labels tables and the fields the report reads from each (output/README.md).
LABELS = {
    "stages": ("value", "name", "label", "caseload", "received_as", "moved_on_as", "open",
               "before_charge"),
    "outcomes": ("value", "name", "label", "before_charge", "after_charge", "victim_withdrawal"),
    "courts": ("value", "name", "label", "capacity"),
    "trial_results": ("value", "name", "label"),
}

REQUIRED_DATASETS = ("points", "offence_groups", "timeseries/time", "timeseries/period_start",
                     "summary/runs")


def text(value):
    """HDF5 strings arrive as str or bytes depending on how they were stored."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


@dataclass(frozen=True)
class Point:
    """One row of /points: a sweep point (a plain run has one, labelled `baseline`)."""
    index: int
    label: str
    values: dict  # swept key -> float or str


class ResultFile:
    """An open result file. Datasets are read when first asked for and kept."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self._h5 = _open_hdf5(path)
        try:
            self._check_layout()
        except BadInput:
            self._h5.close()
            raise
        self._series = {}
        labels = self._labels
        self.stages = labels["stages"]
        self.outcomes = labels["outcomes"]
        self.courts = labels["courts"]
        self.trial_results = labels["trial_results"]
        attrs = self._h5.attrs
        self.provenance = {key: text(attrs[key]) for key in attrs if key != "format"}
        self.format = text(attrs["format"])
        self.seed = int(attrs["seed"]) if "seed" in attrs else None
        self.scenario_name = self.provenance.get("scenario_name", os.path.splitext(self.name)[0])
        self.start_date = self.provenance.get("start_date", "")
        self.period_days = float(attrs.get("period_days", 7.0))
        self.runs = self._h5["runs"][:]
        self.offence_groups = [text(g) for g in self._h5["offence_groups"][:]]
        self.points, self.swept_keys = self._read_points()
        self.kpis = list(self._h5["summary/runs"].keys())
        self.time = self._h5["timeseries/time"][:]
        try:
            self.period_start = np.array(
                [text(d) for d in self._h5["timeseries/period_start"][:]], dtype="datetime64[D]")
        except ValueError:
            self._h5.close()
            raise BadInput(f"{path} is damaged: /timeseries/period_start holds something other "
                           f"than dates") from None

    def close(self):
        self._h5.close()

    @property
    def open_stages(self):
        """The stages a case can be open in, in order (each has open_, receipts_ and
        disposals_ series)."""
        return [s for s in self.stages if s.open]

    def _check_layout(self):
        h5 = self._h5
        if "format" not in h5.attrs or not text(h5.attrs["format"]).startswith(FORMAT_PREFIX):
            raise BadInput(f"{self.path} is not a cjsim result file (no `format` attribute "
                           f"starting '{FORMAT_PREFIX}'; make one with `cjsim run`)")
        if text(h5.attrs["format"]) != FORMAT:
            raise BadInput(f"{self.path} is a result of format {text(h5.attrs['format'])}, which "
                           f"this report does not read (it reads {FORMAT})")
        if "runs" not in h5:
            raise BadInput(f"{self.path} is not a cjsim result file (no /runs)")
        if "labels" not in h5:
            raise BadInput(f"{self.path} has no /labels (it was made by an older cjsim: run the "
                           f"scenario again to report it)")
        missing = [f"labels/{t}" for t in LABELS if f"labels/{t}" not in h5]
        self._labels = _read_labels(self.path, h5) if not missing else {}
        required_series = _required_series(self._labels) if not missing else []
        missing += [d for d in REQUIRED_DATASETS if d not in h5]
        missing += [f"timeseries/{s}" for s in required_series if f"timeseries/{s}" not in h5]
        if missing:
            shown = ", ".join("/" + d for d in missing[:3])
            more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
            raise BadInput(f"{self.path} is incomplete: it has no {shown}{more}")
        _check_shapes(self.path, h5)

    def _read_points(self):
        rows = self._h5["points"][:]
        keys = [k for k in rows.dtype.names if k not in ("index", "label")]
        points = [Point(int(r["index"]), text(r["label"]),
                        {k: (text(r[k]) if isinstance(r[k], (bytes, str)) else float(r[k]))
                         for k in keys})
                  for r in rows]
        return points, keys

    def runs_of_point(self, point):
        """Rows of /runs for `point`, in replication order (the order pairs are formed in)."""
        rows = np.flatnonzero(self.runs["point"] == point)
        return rows[np.argsort(self.runs["replication"][rows], kind="stable")]

    def kpi_runs(self, kpi):
        """The KPI's value in every run, NaN where the run had nothing to measure."""
        return self._h5[f"summary/runs/{kpi}"][:]

    def kpi_units(self, kpi):
        return text(self._h5[f"summary/runs/{kpi}"].attrs.get("units", ""))

    def kpi_description(self, kpi):
        return text(self._h5[f"summary/runs/{kpi}"].attrs.get("description", kpi))

    def series_units(self, name):
        return text(self._h5[f"timeseries/{name}"].attrs.get("units", ""))

    def has_series(self, name):
        return f"timeseries/{name}" in self._h5

    def series(self, name):
        """[runs x periods] values of a time series (read once)."""
        if name not in self._series:
            self._series[name] = self._h5[f"timeseries/{name}"][:]
        return self._series[name]

    @property
    def cases(self):
        """The /cases trace (an h5py dataset, read in chunks by case_trace), or None."""
        return self._h5["cases"] if "cases" in self._h5 else None

    def scenario_sources(self):
        """(path, text) of each scenario file as written, comments included."""
        if "scenario_sources" not in self._h5:
            return []
        group = self._h5["scenario_sources"]
        return [(text(group[k].attrs.get("path", k)), text(group[k][()]))
                for k in sorted(group.keys(), key=lambda k: int(k) if k.isdigit() else k)]


def _check_shapes(path, h5):
    """The reader contract of output/result_contract.hpp, as the C++ readers apply it: every
    dataset the report reads holds numbers (or text) of the shape the file's own counts give."""
    def damaged(name, what):
        raise BadInput(f"{path} is damaged: /{name} {what}")

    def dataset(name, kinds, shape=None):
        if name not in h5:
            damaged(name, "is missing")
        d = h5[name]
        if not isinstance(d, h5py.Dataset):
            damaged(name, "is not a dataset")
        if d.dtype.kind not in kinds:
            damaged(name, "holds " + ("text" if d.dtype.kind in "SOU" else "another type")
                    + " where " + ("numbers" if kinds == NUMBERS else "text") + " belong")
        if shape is not None and tuple(d.shape) != tuple(shape):
            damaged(name, f"has shape {tuple(d.shape)}, expected {tuple(shape)} (runs, points, "
                          f"offence groups and periods as the file states)")
        return d

    def group(name):
        if name not in h5 or not isinstance(h5[name], h5py.Group):
            damaged(name, "is missing or not a group")
        return h5[name]

    runs_table, points_table = h5["runs"], dataset("points", "V")
    if not isinstance(runs_table, h5py.Dataset) or runs_table.dtype.names is None or any(
            f not in runs_table.dtype.names for f in ("point", "replication")):
        damaged("runs", "is not the table of runs")
    runs, points = runs_table.shape[0] if runs_table.shape else 0, points_table.shape[0]
    if runs == 0:
        raise BadInput(f"{path} holds no runs")
    replications = h5.attrs.get("replications")
    if (replications is None or np.asarray(replications).dtype.kind not in NUMBERS
            or int(replications) < 1 or runs != points * int(replications)):
        damaged("runs", f"has {runs} rows, not one per point and replication")
    table = runs_table[:]
    pairs = set(zip(table["point"].tolist(), table["replication"].tolist()))
    if len(pairs) != runs or any(not (0 <= p < points and 0 <= r < int(replications))
                                 for p, r in pairs):
        damaged("runs", "does not hold each point and replication once")
    groups = dataset("offence_groups", TEXT).shape[0]
    periods = dataset("timeseries/time", NUMBERS).shape[0] if "timeseries/time" in h5 else 0
    if periods == 0:
        damaged("timeseries/time", "is empty (a run has at least one period)")
    dataset("timeseries/period_start", TEXT, (periods,))
    for kpi in group("summary/runs").keys():
        dataset(f"summary/runs/{kpi}", NUMBERS, (runs,))
        for part in ("mean", "ci_low", "ci_high", "n"):
            dataset(f"summary/points/{kpi}/{part}", NUMBERS, (points,))
    if "summary/runs_by_group" in h5:
        for kpi in group("summary/runs_by_group").keys():
            dataset(f"summary/runs_by_group/{kpi}", NUMBERS, (runs, groups))
            for part in ("mean", "ci_low", "ci_high", "n"):
                dataset(f"summary/points_by_group/{kpi}/{part}", NUMBERS, (points, groups))
    timeseries = group("timeseries")
    for name in timeseries.keys():
        if name not in ("time", "period_start"):
            dataset(f"timeseries/{name}", NUMBERS, (runs, periods))
    for name in (text(n) for n in timeseries.attrs.get("series", [])):
        if name not in timeseries:
            damaged(f"timeseries/{name}", "is missing (listed in /timeseries@series)")


NUMBERS, TEXT = "iuf", "SOU"


def _read_labels(path, h5):
    """Each /labels table as a list of rows (value, name, label and the table's facts), in value
    order: what the stages, outcomes, courts and trial results are called and what they are."""
    def field(dtype, value):
        if isinstance(value, (bytes, str)):
            return text(value)
        if h5py.check_enum_dtype(dtype) is None and dtype == np.uint8:
            return bool(value)  # a flag
        return int(value)

    def row(dtype, values):
        return SimpleNamespace(**{name: field(dtype[name], v)
                                  for name, v in zip(dtype.names, values)})

    labels = {}
    for table, fields in LABELS.items():
        rows = h5[f"labels/{table}"][:]
        absent = [f for f in fields if f not in (rows.dtype.names or ())]
        if absent:
            raise BadInput(f"{path} is damaged: /labels/{table} has no field {', '.join(absent)}")
        labels[table] = [row(rows.dtype, r) for r in rows]
    return labels


def _required_series(labels):
    """The series the report draws, named by the labels: stages, trials by court, court time."""
    stages = [s.name for s in labels["stages"] if s.open]
    courts = labels["courts"]
    return (tuple(f"{kind}_{stage}" for kind in ("open", "receipts", "disposals")
                  for stage in stages)
            + tuple(f"trials_{result.name}_{court.name}" for court in courts
                    for result in labels["trial_results"])
            + tuple(f"{court.capacity}_{use}" for court in courts
                    for use in ("available", "used")))


def _open_hdf5(path):
    if not os.path.exists(path):
        raise BadInput(f"{path}: no such file")
    if os.path.isdir(path):
        raise BadInput(f"{path} is a folder, not a result file")
    try:
        if not h5py.is_hdf5(path):
            raise BadInput(f"{path} is not an HDF5 file (result files are made by `cjsim run` "
                           f"or `cjsim sweep`)")
        return h5py.File(path, "r")
    except OSError as e:
        raise BadInput(f"{path}: cannot read it ({e})") from None

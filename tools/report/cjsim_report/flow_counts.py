"""Where the cases went, stage by stage: the numbers behind the flow chart.

Counts come from the time series, which hold every case exactly: receipts and disposals by stage
and outcomes by type, summed over the run and averaged over replications. The series do not say
in which court a case ended, so the outcomes of the two courts are split with the /cases trace
when there is one; without it, the courts' outcomes are shown together in a last row.

The stages, outcomes and their names come from the result file's /labels: the stages before
charge are drawn as one row, then each court; outcomes are split into those that end a case
before charge and those that end a prosecution, victim withdrawals last in each.
"""
from dataclasses import dataclass

import numpy as np

MOVED_ON = "moved_on"
COMPLETED = "completed"
OPEN = "open"
PRE_CHARGE_ROW = "Before charge (police and CPS)"
COURTS_TOGETHER_ROW = "Completed after charge, both courts"


@dataclass
class FlowStage:
    """Cases that passed through one stage, and how they left it (or stayed, at the horizon).

    segments: (key, label, mean cases per run); keys are outcome names, MOVED_ON, COMPLETED
    (outcomes not known by court) or OPEN. The segments add up to `entered`.
    withdrawals: the keys of outcomes that are victim withdrawals.
    """
    name: str
    at_start: float
    received: float
    received_as: str
    segments: list
    withdrawals: frozenset

    @property
    def entered(self):
        return self.at_start + self.received

    @property
    def victim_withdrawals(self):
        return sum(v for k, _, v in self.segments if k in self.withdrawals)


def victim_withdrawals(result):
    """Names of the outcomes that are the victim's withdrawal."""
    return frozenset(o.name for o in result.outcomes if o.victim_withdrawal)


def ending(result, before_charge):
    """Outcomes that end a case before charge (or a prosecution after it), in value order with
    victim withdrawals last."""
    chosen = [o for o in result.outcomes
              if (o.before_charge if before_charge else o.after_charge)]
    return sorted(chosen, key=lambda o: o.victim_withdrawal)


def flow_of(scenario, sample):
    """The stages of one scenario; `sample` (a CaseSample or None) splits outcomes by court."""
    result = scenario.result
    withdrawals = victim_withdrawals(result)

    def first(name):
        return float(scenario.series(name)[:, 0].mean())

    def total(name):
        return float(scenario.total(name).mean()) if result.has_series(name) else 0.0

    def outcomes(before_charge):
        return [(o.name, o.label, total(f"outcome_{o.name}")) for o in ending(result, before_charge)]

    pre = [s for s in result.open_stages if s.before_charge]
    courts = [s for s in result.open_stages if not s.before_charge]
    charged = total(f"receipts_{courts[0].name}")
    stages = [FlowStage(PRE_CHARGE_ROW, sum(first(f"open_{s.name}") for s in pre),
                        total(f"receipts_{pre[0].name}"), pre[0].received_as,
                        [(MOVED_ON, pre[-1].moved_on_as, charged)] + outcomes(True),
                        withdrawals)]
    for i, court in enumerate(courts):
        onward = courts[i + 1] if i + 1 < len(courts) else None
        disposals = total(f"disposals_{court.name}")
        segments = []
        if onward:
            sent = total(f"receipts_{onward.name}")
            segments.append((MOVED_ON, court.moved_on_as, sent))
            disposals -= sent
        segments += _court_outcomes(result, sample, court.name, disposals)
        stages.append(FlowStage(court.label, first(f"open_{court.name}"),
                                total(f"receipts_{court.name}"), court.received_as, segments,
                                withdrawals))
    for stage in stages:
        _add_open(stage)
    if sample is None:
        after = outcomes(False)
        stages.append(FlowStage(COURTS_TOGETHER_ROW, 0.0, sum(v for _, _, v in after),
                                "completed", after, withdrawals))
    return stages


def _court_outcomes(result, sample, court, completed):
    """The court's completed cases by outcome, in the proportions its case rows show."""
    if sample is None:
        return [(COMPLETED, "Completed", completed)]
    ended = sample.ended[sample.stage_names.index(court)]
    after = ending(result, False)
    counts = np.array([ended[sample.outcome_names.index(o.name)] for o in after])
    shares = counts / counts.sum() if counts.sum() > 0 else np.zeros(len(counts))
    return [(o.name, o.label, completed * share) for o, share in zip(after, shares)]


def _add_open(stage):
    """Cases still open at the horizon: what entered and did not leave."""
    left = sum(v for _, _, v in stage.segments)
    stage.segments.append((OPEN, "Still open at the horizon", max(stage.entered - left, 0.0)))

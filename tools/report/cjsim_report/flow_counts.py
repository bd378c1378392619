"""Where the cases went, stage by stage: the numbers behind the flow chart.

Counts come from the time series, which hold every case exactly: receipts and disposals by stage
and outcomes by type, summed over the run and averaged over replications. The series do not say
in which court a case ended, so the outcomes of the two courts are split with the /cases trace
when there is one; without it, the courts' outcomes are shown together in a last row.
"""
from dataclasses import dataclass

import numpy as np

from .names import OUTCOME_NAMES

PRE_CHARGE_OUTCOMES = ("no_further_action", "out_of_court", "victim_withdrawn_pre_charge")
POST_CHARGE_OUTCOMES = ("convicted_plea", "convicted_verdict", "acquitted", "discontinued",
                        "victim_withdrawn_post_charge")
VICTIM_WITHDRAWALS = ("victim_withdrawn_pre_charge", "victim_withdrawn_post_charge")
MOVED_ON = "moved_on"
COMPLETED = "completed"
OPEN = "open"


@dataclass
class FlowStage:
    """Cases that passed through one stage, and how they left it (or stayed, at the horizon).

    segments: (key, label, mean cases per run); keys are outcome names, MOVED_ON, COMPLETED
    (outcomes not known by court) or OPEN. The segments add up to `entered`.
    """
    name: str
    at_start: float
    received: float
    received_as: str
    segments: list

    @property
    def entered(self):
        return self.at_start + self.received

    @property
    def victim_withdrawals(self):
        return sum(v for k, _, v in self.segments if k in VICTIM_WITHDRAWALS)


def flow_of(scenario, sample):
    """The stages of one scenario; `sample` (a CaseSample or None) splits outcomes by court."""
    def first(name):
        return float(scenario.series(name)[:, 0].mean())

    def total(name):
        return float(scenario.total(name).mean()) if scenario.result.has_series(name) else 0.0

    def outcomes(names):
        return [(o, OUTCOME_NAMES[o], total(f"outcome_{o}")) for o in names]

    charged = total("receipts_magistrates")
    sent = total("receipts_crown")
    stages = [
        FlowStage("Before charge (police and CPS)",
                  first("open_investigation") + first("open_awaiting_charge"),
                  total("receipts_investigation"), "reported",
                  [(MOVED_ON, "Charged", charged)] + outcomes(PRE_CHARGE_OUTCOMES)),
        FlowStage("Magistrates' court", first("open_magistrates"), charged, "charged",
                  [(MOVED_ON, "Sent to the Crown Court", sent)]
                  + _court_outcomes(sample, "magistrates", total("disposals_magistrates") - sent)),
        FlowStage("Crown Court", first("open_crown"), sent, "sent by magistrates",
                  _court_outcomes(sample, "crown", total("disposals_crown"))),
    ]
    for stage in stages:
        _add_open(stage)
    if sample is None:
        after = outcomes(POST_CHARGE_OUTCOMES)
        stages.append(FlowStage("Completed after charge, both courts", 0.0,
                                sum(v for _, _, v in after), "completed", after))
    return stages


def _court_outcomes(sample, court, completed):
    """The court's completed cases by outcome, in the proportions its case rows show."""
    if sample is None:
        return [(COMPLETED, "Completed", completed)]
    ended = sample.ended[sample.stage_names.index(court)]
    counts = np.array([ended[sample.outcome_names.index(o)] for o in POST_CHARGE_OUTCOMES])
    shares = counts / counts.sum() if counts.sum() > 0 else np.zeros(len(counts))
    return [(o, OUTCOME_NAMES[o], completed * share)
            for o, share in zip(POST_CHARGE_OUTCOMES, shares)]


def _add_open(stage):
    """Cases still open at the horizon: what entered and did not leave."""
    left = sum(v for _, _, v in stage.segments)
    stage.segments.append((OPEN, "Still open at the horizon", max(stage.entered - left, 0.0)))

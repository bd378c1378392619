"""Published figures drawn beside the model's results, each with its source (domain.md)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Published:
    value: float
    label: str
    source: str


CROWN_MEDIAN_CHARGE_TO_COMPLETION = Published(
    179, "E&W Crown Court median, charge to completion: 179 days",
    "MoJ Criminal Court Statistics, England and Wales, Q2 2025")

INEFFECTIVE_TRIAL_RATE = {
    "magistrates": Published(0.22, "E&W magistrates' ineffective trial rate 22%",
                             "MoJ Criminal Court Statistics, England and Wales, Q1 2025"),
    "crown": Published(0.26, "E&W Crown Court ineffective trial rate 26%",
                       "MoJ Criminal Court Statistics, England and Wales, Q1 2025"),
}

"""95% confidence intervals across replications, computed as cjsim's own summaries are.

The same rules as output/confidence.hpp and `cjsim compare`, so that the report's numbers match
what `cjsim summary` and `cjsim compare` print: Student t intervals, NaN values left out, paired
differences when two scenarios share their random numbers replication by replication, and for
unpaired ones the two half-widths combined as sqrt(a^2 + b^2).
"""
import math
from dataclasses import dataclass

import numpy as np

# t(0.975, df) for df = 1..30 (Student's t, two-sided 95%). Beyond 30 the Cornish-Fisher
# expansion below is within 3e-8 of the exact quantile.
_T975 = (12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851,
         2.364624252, 2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830,
         2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.100922040,
         2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
         2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456)
_Z975 = 1.959963984540054


def student_t_975(df):
    """The 97.5% quantile of Student's t with `df` >= 1 degrees of freedom."""
    if df <= len(_T975):
        return _T975[df - 1]
    z = _Z975
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))


@dataclass(frozen=True)
class Interval:
    """A mean with its 95% interval; `n` values were used (low = high = mean when n is 1)."""
    mean: float
    low: float
    high: float
    n: int

    @property
    def half_width(self):
        return self.high - self.mean

    @property
    def excludes_zero(self):
        """Clearly non-zero: an interval was estimated (n >= 2) and 0 lies outside it."""
        return self.n >= 2 and (self.low > 0 or self.high < 0)


NAN_INTERVAL = Interval(math.nan, math.nan, math.nan, 0)


def mean_ci95(values):
    """Mean and 95% interval of the mean over replications, NaN values left out."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if v.size == 0:
        return NAN_INTERVAL
    mean = float(v.mean())
    if v.size == 1:
        return Interval(mean, mean, mean, 1)
    half = student_t_975(v.size - 1) * float(v.std(ddof=1)) / math.sqrt(v.size)
    return Interval(mean, mean - half, mean + half, int(v.size))


def difference_ci95(base, other, paired):
    """Interval of mean(other) - mean(base).

    Paired: the mean of the replication-by-replication differences (pairs with a NaN on either
    side left out), much narrower under common random numbers. Unpaired: the difference of the
    means with the half-widths combined as in `cjsim compare`.
    """
    if paired:
        return mean_ci95(np.asarray(other, dtype=float) - np.asarray(base, dtype=float))
    a, b = mean_ci95(base), mean_ci95(other)
    if a.n == 0 or b.n == 0:
        return NAN_INTERVAL
    mean = b.mean - a.mean
    half = math.hypot(a.half_width, b.half_width)
    return Interval(mean, mean - half, mean + half, min(a.n, b.n))

"""Percentile bootstrap confidence intervals for the mean of each group, vectorised.

Each resample reweights a group's values; the bootstrap means of a batch of groups with the same
number of values come from one matrix product ``values @ weights.T / weights.sum()``, and each
interval is read off those means at the ``(1 - level) / 2`` and ``(1 + level) / 2`` ranks.

- Groups of up to `EXACT_UP_TO` values use the ordinary bootstrap: multinomial resampling
  counts, shared by the groups of that size.
- Larger groups use the Poisson bootstrap (each value's weight is drawn from Poisson(1)), which
  converges to the ordinary one as groups grow and lets every size share one weight matrix, so a
  board of thousands of forecasters costs one pass over its values per resample.

Sharing draws makes the intervals of different groups correlated, which a leaderboard does not
care about. The draws come from a seeded generator: the same data give the same intervals.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

DEFAULT_RESAMPLES = 1000
DEFAULT_LEVEL = 0.95
DEFAULT_SEED = 20220224
EXACT_UP_TO = 32
_CHUNK_CELLS = 4_000_000  # bound the (groups x resamples) matrices held at once


def grouped_mean_ci(
    values: ArrayLike,
    groups: ArrayLike,
    n_groups: int,
    resamples: int = DEFAULT_RESAMPLES,
    level: float = DEFAULT_LEVEL,
    seed: int = DEFAULT_SEED,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(low, high) of the mean of ``values`` within each group; NaN for empty groups.

    A group of one value gets the degenerate interval [value, value].
    """
    if not 0.0 < level < 1.0:
        raise ValueError(f"confidence level {level!r} is not between 0 and 1")
    if resamples < 1:
        raise ValueError(f"resamples {resamples!r} must be at least 1")
    x = np.asarray(values, dtype=np.float64)
    g = np.asarray(groups, dtype=np.int64)
    low = np.full(n_groups, np.nan)
    high = np.full(n_groups, np.nan)
    if x.size == 0:
        return low, high
    if g.size > 1 and (g[1:] < g[:-1]).any():
        order = np.argsort(g, kind="stable")
        x, g = x[order], g[order]
    sizes = np.bincount(g, minlength=n_groups)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    rng = np.random.default_rng(seed)
    tail = (1.0 - level) / 2.0
    ranks = [round(tail * (resamples - 1)), round((1.0 - tail) * (resamples - 1))]
    distinct = np.unique(sizes[sizes > 0])
    poisson = _poisson_weights(rng, resamples, int(distinct.max()))
    for n in distinct.tolist():
        members = np.flatnonzero(sizes == n)
        exact = n <= EXACT_UP_TO
        weights = _multinomial_counts(rng, resamples, n) if exact else poisson[:, :n]
        totals = weights.sum(axis=1)
        step = max(1, _CHUNK_CELLS // max(resamples, n))
        for first in range(0, members.size, step):
            part = members[first : first + step]
            # the values of these groups as a (groups, n) matrix
            matrix = x[starts[part][:, None] + np.arange(n)[None, :]]
            means = matrix @ weights.T
            if exact:
                # every resample draws n values: sort the sums, divide the two picked
                means.sort(axis=1)  # faster than partitioning at two ranks
                low[part], high[part] = means[:, ranks[0]] / n, means[:, ranks[1]] / n
            else:
                means /= totals
                means.sort(axis=1)
                low[part], high[part] = means[:, ranks[0]], means[:, ranks[1]]
    return low, high


def _multinomial_counts(rng: np.random.Generator, resamples: int, n: int) -> NDArray[np.float64]:
    """How many times each of n values is drawn in each resample (rows sum to n)."""
    picks = rng.integers(0, n, size=(resamples, n)) + (np.arange(resamples) * n)[:, None]
    return np.bincount(picks.ravel(), minlength=resamples * n).reshape(resamples, n).astype(float)


def _poisson_weights(rng: np.random.Generator, resamples: int, n: int) -> NDArray[np.float64]:
    """Poisson(1) weights for up to n values per resample; none when n is small."""
    if n <= EXACT_UP_TO:
        return np.zeros((resamples, 0))
    weights = rng.poisson(1.0, size=(resamples, n)).astype(np.float64)
    weights[:, 0] += weights.sum(axis=1) == 0  # a resample needs at least one value
    return weights


def mean_ci(
    values: ArrayLike,
    resamples: int = DEFAULT_RESAMPLES,
    level: float = DEFAULT_LEVEL,
    seed: int = DEFAULT_SEED,
) -> tuple[float, float]:
    """(low, high) of the mean of one sample; NaN for an empty sample."""
    x = np.asarray(values, dtype=np.float64)
    low, high = grouped_mean_ci(x, np.zeros(x.size, dtype=np.int64), 1, resamples, level, seed)
    return float(low[0]), float(high[0])

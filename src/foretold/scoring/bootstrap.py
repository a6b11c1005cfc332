"""Percentile bootstrap confidence intervals for the mean of each group, vectorised.

Groups of the same size share one matrix of resampling counts (multinomial draws), so the
bootstrap means of a batch of those groups come from one matrix product: ``values @ counts.T / n``.
Each group's interval is an ordinary percentile bootstrap; sharing the draws only makes the
intervals of different groups correlated, which a leaderboard does not care about. The draws
come from a seeded generator, so the same data always give the same intervals.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

DEFAULT_RESAMPLES = 1000
DEFAULT_LEVEL = 0.95
DEFAULT_SEED = 20220224
_CHUNK_CELLS = 4_000_000  # bound the (groups x resamples) matrix held at once


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
    order = np.argsort(g, kind="stable")
    x, g = x[order], g[order]
    sizes = np.bincount(g, minlength=n_groups)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    rng = np.random.default_rng(seed)
    tail = (1.0 - level) / 2.0
    for n in np.unique(sizes[sizes > 0]).tolist():
        members = np.flatnonzero(sizes == n)
        step = max(1, _CHUNK_CELLS // resamples)
        for first in range(0, members.size, step):
            part = members[first : first + step]
            # the values of these groups as a (groups, n) matrix
            matrix = x[starts[part][:, None] + np.arange(n)[None, :]]
            means = _bootstrap_means(matrix, resamples, rng)
            low[part], high[part] = np.quantile(means, [tail, 1.0 - tail], axis=1)
    return low, high


def _bootstrap_means(
    matrix: NDArray[np.float64], resamples: int, rng: np.random.Generator
) -> NDArray[np.float64]:
    """(groups, resamples) bootstrap means of each row of a (groups, n) matrix."""
    groups, n = matrix.shape
    if n * resamples <= _CHUNK_CELLS:
        counts = rng.multinomial(n, np.full(n, 1.0 / n), size=resamples).astype(np.float64)
        return matrix @ counts.T / n
    # large groups: draw indices a few resamples at a time
    means = np.empty((groups, resamples))
    step = max(1, _CHUNK_CELLS // n)
    for first in range(0, resamples, step):
        size = min(step, resamples - first)
        picks = rng.integers(0, n, size=(size, n))
        means[:, first : first + size] = matrix[:, picks].mean(axis=-1)
    return means


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

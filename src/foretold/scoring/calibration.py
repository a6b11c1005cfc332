"""Calibration: of the forecasts that said about p, how often did "yes" happen?

Probabilities of yes fall into ``bins`` equal-width bins over [0, 1]; the last bin includes 1.
A well-calibrated forecaster's observed frequency in each bin is close to its mean probability.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from foretold.scoring.records import Calibration, CalibrationBin

DEFAULT_BINS = 10


def bin_index(probabilities: ArrayLike, bins: int = DEFAULT_BINS) -> NDArray[np.int64]:
    """The calibration bin of each probability (0 .. bins-1)."""
    p = np.asarray(probabilities, dtype=np.float64)
    return np.minimum((p * bins).astype(np.int64), bins - 1)


def calibration(
    probabilities: ArrayLike, happened: ArrayLike, bins: int = DEFAULT_BINS
) -> Calibration:
    """The calibration of one set of forecasts."""
    p = np.asarray(probabilities, dtype=np.float64)
    table = grouped_calibration(p, happened, np.zeros(p.size, dtype=np.int64), 1, bins)
    (only,) = calibration_rows(table)
    assert only is not None
    return only


def calibration_bins(
    probabilities: ArrayLike, happened: ArrayLike, bins: int = DEFAULT_BINS
) -> list[CalibrationBin]:
    """The non-empty calibration bins of one set of forecasts, one record each."""
    return calibration(probabilities, happened, bins).bins()


def grouped_calibration(
    probabilities: ArrayLike,
    happened: ArrayLike,
    groups: ArrayLike,
    n_groups: int,
    bins: int = DEFAULT_BINS,
) -> NDArray[np.float64]:
    """Per group and bin: (count, sum of probabilities, count of yes); shape (n_groups, bins, 3)."""
    p = np.asarray(probabilities, dtype=np.float64)
    o = np.asarray(happened, dtype=np.float64)
    cell = np.asarray(groups, dtype=np.int64) * bins + bin_index(p, bins)
    size = n_groups * bins
    table = np.stack(
        [
            np.bincount(cell, minlength=size),
            np.bincount(cell, weights=p, minlength=size),
            np.bincount(cell, weights=o, minlength=size),
        ],
        axis=-1,
    ).astype(np.float64)
    return table.reshape(n_groups, bins, 3)


def calibration_rows(
    table: NDArray[np.float64], groups: ArrayLike | None = None
) -> list[Calibration | None]:
    """The calibration of every group of a `grouped_calibration` table (or only of ``groups``;
    the others get None)."""
    n_groups, bins, _ = table.shape
    if groups is not None:
        chosen = np.zeros(n_groups, dtype=bool)
        chosen[np.asarray(groups, dtype=np.int64)] = True
        table = np.where(chosen[:, None, None], table, 0.0)
    group, index = np.nonzero(table[:, :, 0])
    cells = table[group, index]
    count = cells[:, 0]
    bounds = np.searchsorted(group, np.arange(n_groups + 1)).tolist()
    # whole columns as tuples: slicing a tuple gives the tuple each record keeps
    lower = tuple((index / bins).tolist())
    counts = tuple(count.astype(np.int64).tolist())
    mean = tuple((cells[:, 1] / np.maximum(count, 1)).tolist())
    frequency = tuple((cells[:, 2] / np.maximum(count, 1)).tolist())
    width = 1.0 / bins
    rows: list[Calibration | None] = [None] * n_groups
    wanted = range(n_groups) if groups is None else np.unique(np.asarray(groups, dtype=np.int64))
    for g in wanted.tolist() if isinstance(wanted, np.ndarray) else wanted:
        a, b = bounds[g], bounds[g + 1]
        rows[g] = Calibration(width, lower[a:b], counts[a:b], mean[a:b], frequency[a:b])
    return rows

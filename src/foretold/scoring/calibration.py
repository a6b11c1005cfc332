"""Calibration: of the forecasts that said about p, how often did "yes" happen?

Probabilities of yes fall into ``bins`` equal-width bins over [0, 1]; the last bin includes 1.
A well-calibrated forecaster's observed frequency in each bin is close to its mean probability.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from foretold.scoring.records import CalibrationBin

DEFAULT_BINS = 10


def bin_index(probabilities: ArrayLike, bins: int = DEFAULT_BINS) -> NDArray[np.int64]:
    """The calibration bin of each probability (0 .. bins-1)."""
    p = np.asarray(probabilities, dtype=np.float64)
    return np.minimum((p * bins).astype(np.int64), bins - 1)


def calibration_bins(
    probabilities: ArrayLike, happened: ArrayLike, bins: int = DEFAULT_BINS
) -> tuple[CalibrationBin, ...]:
    """The non-empty calibration bins of one set of forecasts."""
    p = np.asarray(probabilities, dtype=np.float64)
    table = grouped_calibration(p, happened, np.zeros(p.size, dtype=np.int64), 1, bins)
    return calibration_row(table, 0)


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


def calibration_row(table: NDArray[np.float64], group: int) -> tuple[CalibrationBin, ...]:
    """The non-empty bins of one group of a `grouped_calibration` table."""
    rows = table[group]
    bins = rows.shape[0]
    out = []
    for i in np.flatnonzero(rows[:, 0]):
        count, p_sum, yes = rows[i]
        out.append(
            CalibrationBin(
                lower=i / bins,
                upper=(i + 1) / bins,
                count=int(count),
                mean_probability=float(p_sum / count),
                frequency=float(yes / count),
            )
        )
    return tuple(out)

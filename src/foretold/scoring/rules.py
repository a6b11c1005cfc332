"""Proper scoring rules for a probability of "yes" and what happened.

- Brier score: ``(p - o)**2`` with ``o`` 1 for yes and 0 for no. In [0, 1]; lower is better;
  always saying 0.5 scores 0.25.
- Log score: the natural log of the probability given to what happened, ``ln(p)`` if yes and
  ``ln(1 - p)`` if no, with ``p`` first clipped to [0.01, 0.99] so that one forecast stated as
  certain cannot score minus infinity. In [ln 0.01, ln 0.99] = [-4.61, -0.01]; higher is better.
- Skill against the 0.5 baseline (Brier skill score): ``1 - brier / 0.25``. 0 means no better
  than always saying 0.5, 1 is perfect, negative is worse than the baseline.

Every rule has a scalar form and a vectorised form over numpy arrays.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

CLIP_LOW = 0.01
CLIP_HIGH = 0.99
BASELINE_BRIER = 0.25  # the Brier score of always saying 0.5


def _check(probability: float) -> None:
    if not 0.0 <= probability <= 1.0 or math.isnan(probability):
        raise ValueError(f"probability {probability!r} is not in [0, 1]")


def brier(probability: float, happened: bool) -> float:
    """Squared error of the probability of yes: 0 is perfect, 1 is confidently wrong."""
    _check(probability)
    return (probability - float(happened)) ** 2


def log_score(probability: float, happened: bool) -> float:
    """Natural log of the (clipped) probability given to what happened; higher is better."""
    _check(probability)
    p = min(max(probability, CLIP_LOW), CLIP_HIGH)
    return math.log(p if happened else 1.0 - p)


def skill(brier_score: float) -> float:
    """Brier skill against always saying 0.5: ``1 - brier / 0.25``."""
    return 1.0 - brier_score / BASELINE_BRIER


def brier_scores(probabilities: ArrayLike, happened: ArrayLike) -> NDArray[np.float64]:
    """`brier` over arrays."""
    p = np.asarray(probabilities, dtype=np.float64)
    o = np.asarray(happened, dtype=np.float64)
    return (p - o) ** 2


def log_scores(probabilities: ArrayLike, happened: ArrayLike) -> NDArray[np.float64]:
    """`log_score` over arrays."""
    p = np.clip(np.asarray(probabilities, dtype=np.float64), CLIP_LOW, CLIP_HIGH)
    o = np.asarray(happened, dtype=bool)
    return np.log(np.where(o, p, 1.0 - p))


def skills(brier_means: ArrayLike) -> NDArray[np.float64]:
    """`skill` over arrays."""
    return 1.0 - np.asarray(brier_means, dtype=np.float64) / BASELINE_BRIER

"""The measures every evaluation shares."""

from __future__ import annotations


def share(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when there is nothing to divide: share(3, 4) == 0.75."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall, 0.0 when both are 0: f1(0.5, 1.0) == 2 / 3."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

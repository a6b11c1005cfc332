"""The scored forecasts of a view, as columns: the input of the leaderboard.

One row per (forecast, resolved question) pair that counts: its forecaster, its probability of
the question's "yes" (turned around for a negated link), whether what it predicted happened (a
"yes" after the forecast's horizon ended counts as "no"), and its days. Days are numbers of days
since 1970-01-01, NaN when unknown.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import ArrayLike, NDArray

_EPOCH = date(1970, 1, 1).toordinal()


def day_number(day: date | None) -> float:
    """Days since 1970-01-01 (NaN for None)."""
    return float("nan") if day is None else float(day.toordinal() - _EPOCH)


def day_from_number(number: float) -> date:
    """The date of a day number."""
    return date.fromordinal(int(number) + _EPOCH)


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One scored (forecast, question) pair, in plain Python values."""

    forecaster: str
    forecaster_id: str
    question_id: str
    probability: float
    happened: bool
    said_on: date | None = None
    live_until: date | None = None  # first day the forecast is no longer live (exclusive)
    resolved_on: date | None = None
    forecast_id: str = ""


@dataclass(frozen=True, slots=True)
class ScoredForecasts:
    """Columns of scored pairs; ``forecaster`` and ``question`` are indexes into the names."""

    forecaster: NDArray[np.int64]
    question: NDArray[np.int64]
    probability: NDArray[np.float64]
    happened: NDArray[np.bool_]
    said_day: NDArray[np.float64]
    live_until_day: NDArray[np.float64]
    resolved_day: NDArray[np.float64]
    names: tuple[str, ...]
    forecaster_ids: tuple[str, ...]
    question_ids: tuple[str, ...]
    forecast_counts: NDArray[np.int64]  # forecasts in view per forecaster, resolved or not

    @property
    def size(self) -> int:
        return int(self.probability.size)

    @classmethod
    def from_rows(
        cls, rows: Iterable[ScoreRow], forecast_counts: Mapping[str, int] | None = None
    ) -> ScoredForecasts:
        """Columns from rows; ``forecast_counts`` maps forecaster_id to forecasts in view
        (default: the number of rows of each forecaster)."""
        rows = list(rows)
        return cls.from_columns(
            forecaster_keys=[r.forecaster_id for r in rows],
            question_keys=[r.question_id for r in rows],
            probability=[r.probability for r in rows],
            happened=[r.happened for r in rows],
            said_day=[day_number(r.said_on) for r in rows],
            live_until_day=[day_number(r.live_until) for r in rows],
            resolved_day=[day_number(r.resolved_on) for r in rows],
            names={r.forecaster_id: r.forecaster for r in rows},
            forecast_counts=forecast_counts,
        )

    @classmethod
    def from_columns(
        cls,
        forecaster_keys: Sequence[str],
        question_keys: Sequence[Hashable] | NDArray[np.int64],
        probability: ArrayLike,
        happened: ArrayLike,
        said_day: ArrayLike,
        live_until_day: ArrayLike,
        resolved_day: ArrayLike,
        names: Mapping[str, str] | None = None,
        forecast_counts: Mapping[str, int] | None = None,
        question_ids: Mapping[Hashable, str] | None = None,
    ) -> ScoredForecasts:
        """Columns from parallel sequences; forecasters and questions get integer codes.

        ``names`` maps a forecaster key to its display name (default: the key),
        ``question_ids`` maps a question key to its id (default: the key as text).
        """
        f_index: dict[str, int] = {}
        f_codes = [f_index.setdefault(k, len(f_index)) for k in forecaster_keys]
        if isinstance(question_keys, np.ndarray):
            distinct, q_codes = np.unique(question_keys, return_inverse=True)
            q_index: dict[Hashable, int] = dict.fromkeys(distinct.tolist(), 0)
        else:
            q_index = {}
            q_codes = [q_index.setdefault(k, len(q_index)) for k in question_keys]
        f_array = np.asarray(f_codes, dtype=np.int64)
        if forecast_counts is None:
            counts = np.bincount(f_array, minlength=len(f_index)).astype(np.int64)
        else:
            counts = np.asarray([forecast_counts.get(k, 0) for k in f_index], dtype=np.int64)
        names = names or {}
        question_ids = question_ids or {}
        return cls(
            forecaster=f_array,
            question=np.asarray(q_codes, dtype=np.int64).reshape(-1),
            probability=np.asarray(probability, dtype=np.float64),
            happened=np.asarray(happened, dtype=bool),
            said_day=np.asarray(said_day, dtype=np.float64),
            live_until_day=np.asarray(live_until_day, dtype=np.float64),
            resolved_day=np.asarray(resolved_day, dtype=np.float64),
            names=tuple(names.get(k, k) for k in f_index),
            forecaster_ids=tuple(f_index),
            question_ids=tuple(question_ids.get(k, str(k)) for k in q_index),
            forecast_counts=counts,
        )

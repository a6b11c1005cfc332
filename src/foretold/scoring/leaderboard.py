"""The leaderboard: every forecaster's scores, with bootstrap intervals and a minimum count.

Per forecaster, over their scored (forecast, resolved question) pairs:

- ``brier`` and ``log_score``: means over the pairs (see `foretold.scoring.rules`);
- ``skill``: ``1 - brier / 0.25`` (better than always saying 0.5 when positive);
- ``peer``: mean over the questions they forecast of their peer score there
  (see `foretold.scoring.peer`), None when they never stood alongside another forecaster;
- ``lead_days``: mean days between a forecast and its question's resolution;
- calibration bins and percentile-bootstrap intervals for Brier, log score, skill and peer.

Rows are ranked by mean Brier (lower first), then log score, then name. A forecaster needs at
least ``min_resolved`` scored pairs to appear, so one lucky call cannot top the board.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from numpy.typing import NDArray

from foretold.scoring import bootstrap
from foretold.scoring.calibration import DEFAULT_BINS, calibration_rows, grouped_calibration
from foretold.scoring.gcpause import gc_paused
from foretold.scoring.peer import PeerScores, peer_scores
from foretold.scoring.records import ForecasterScore
from foretold.scoring.rules import brier_scores, log_scores, skills
from foretold.scoring.table import ScoredForecasts

DEFAULT_MIN_RESOLVED = 5  # the full board; one question's board uses 1
LARGE_BOARD = 1000  # forecasters; larger boards use fewer bootstrap resamples each
LARGE_BOARD_RESAMPLES = 200


def leaderboard(
    table: ScoredForecasts,
    min_resolved: int = DEFAULT_MIN_RESOLVED,
    resamples: int | None = None,
    level: float = bootstrap.DEFAULT_LEVEL,
    seed: int = bootstrap.DEFAULT_SEED,
    bins: int = DEFAULT_BINS,
    only: Collection[str] | None = None,
    peers: PeerScores | None = None,
) -> list[ForecasterScore]:
    """Ranked rows for the forecasters with at least ``min_resolved`` scored pairs.

    ``only`` limits the rows to these forecaster ids (everyone still counts for peer scores).
    ``peers`` gives the peer scores of the table's forecasters (codes as in ``table``) when
    they were computed elsewhere, for instance from everyone's forecasts on their questions
    while ``table`` holds only theirs; by default they come from ``table``.

    ``resamples`` defaults to 1000 bootstrap resamples per forecaster, or 200 on a board of more
    than 1000 forecasters (enough for a 95% interval of a mean, at a fifth of the cost).
    """
    with gc_paused():
        return _leaderboard(table, min_resolved, resamples, level, seed, bins, only, peers)


def _leaderboard(
    table: ScoredForecasts,
    min_resolved: int,
    resamples: int | None,
    level: float,
    seed: int,
    bins: int,
    only: Collection[str] | None,
    peers: PeerScores | None,
) -> list[ForecasterScore]:
    n_f = len(table.names)
    if table.size == 0 or n_f == 0:
        return []
    resolved = np.bincount(table.forecaster, minlength=n_f)
    keep = resolved >= max(1, min_resolved)
    if only is not None:
        wanted = set(only)
        keep &= np.fromiter((k in wanted for k in table.forecaster_ids), bool, count=n_f)
    if not keep.any():
        return []
    if resamples is None:
        large = int(keep.sum()) > LARGE_BOARD
        resamples = LARGE_BOARD_RESAMPLES if large else bootstrap.DEFAULT_RESAMPLES

    log_all = log_scores(table.probability, table.happened)
    # the kept forecasters' rows, grouped by forecaster (the peer score needs everyone's rows)
    rows = np.flatnonzero(keep[table.forecaster])
    if not _is_sorted(table.forecaster[rows]):  # the store hands them over in this order
        rows = rows[np.argsort(table.forecaster[rows], kind="stable")]
    f = table.forecaster[rows]
    p, happened = table.probability[rows], table.happened[rows]
    b, ls = brier_scores(p, happened), log_all[rows]
    n = np.maximum(resolved, 1)
    brier_mean = np.bincount(f, weights=b, minlength=n_f) / n
    log_mean = np.bincount(f, weights=ls, minlength=n_f) / n
    lead = table.resolved_day[rows] - table.said_day[rows]
    known = ~np.isnan(lead)
    lead_n = np.bincount(f[known], minlength=n_f)
    lead_sum = np.bincount(f[known], weights=lead[known], minlength=n_f)
    questions = _distinct_questions(f, table.question[rows], n_f)
    brier_lo, brier_hi = bootstrap.grouped_mean_ci(b, f, n_f, resamples, level, seed)
    log_lo, log_hi = bootstrap.grouped_mean_ci(ls, f, n_f, resamples, level, seed + 1)
    peer_mean, peer_lo, peer_hi = _peer(table, log_all, keep, resamples, level, seed + 2, peers)
    kept = np.flatnonzero(keep)
    calibration = calibration_rows(grouped_calibration(p, happened, f, n_f, bins), kept)

    lead_mean = np.where(lead_n > 0, lead_sum / np.maximum(lead_n, 1), np.nan)
    order = _ranking(kept, brier_mean, log_mean, table.names)
    has_peer = ~np.isnan(peer_mean[order])
    listed = order.tolist()
    columns = (
        [table.names[i] for i in listed],
        [table.forecaster_ids[i] for i in listed],
        np.maximum(table.forecast_counts, resolved)[order].tolist(),
        resolved[order].tolist(),
        brier_mean[order].tolist(),
        log_mean[order].tolist(),
        skills(brier_mean[order]).tolist(),
        _or_none(peer_mean[order], has_peer),
        questions[order].tolist(),
        _or_none(lead_mean[order], ~np.isnan(lead_mean[order])),
        _pairs(brier_lo[order], brier_hi[order]),
        _pairs(log_lo[order], log_hi[order]),
        _pairs(skills(brier_hi[order]), skills(brier_lo[order])),
        _pairs(peer_lo[order], peer_hi[order], has_peer),
        [level] * order.size,
        [calibration[i] for i in listed],
        range(1, order.size + 1),
    )
    return [ForecasterScore(*fields) for fields in zip(*columns, strict=True)]


def _or_none(values: NDArray[np.float64], has: NDArray[np.bool_]) -> list[float | None]:
    return [v if h else None for v, h in zip(values.tolist(), has.tolist(), strict=True)]


def _pairs(
    low: NDArray[np.float64], high: NDArray[np.float64], has: NDArray[np.bool_] | None = None
) -> list[tuple[float, float] | None]:
    pairs: list[tuple[float, float] | None] = list(zip(low.tolist(), high.tolist(), strict=True))
    if has is None:
        return pairs
    return [pair if h else None for pair, h in zip(pairs, has.tolist(), strict=True)]


def _ranking(
    kept: NDArray[np.intp],
    brier_mean: NDArray[np.float64],
    log_mean: NDArray[np.float64],
    names: tuple[str, ...],
) -> NDArray[np.intp]:
    """The kept forecasters by mean Brier (lower first), then log score (higher first), then
    name."""
    by_name = np.empty(kept.size, dtype=np.int64)
    by_name[sorted(range(kept.size), key=[names[i] for i in kept.tolist()].__getitem__)] = (
        np.arange(kept.size)
    )
    return kept[np.lexsort((by_name, -log_mean[kept], brier_mean[kept]))]


def _is_sorted(values: NDArray[np.int64]) -> bool:
    return bool((values[1:] >= values[:-1]).all())


def _distinct_questions(f: NDArray[np.int64], q: NDArray[np.int64], n_f: int) -> NDArray[np.int64]:
    """How many distinct questions each forecaster has scored pairs on."""
    if f.size == 0:
        return np.zeros(n_f, dtype=np.int64)
    span = int(q.max()) + 1
    pairs = np.sort(f * span + q)
    first = np.ones(pairs.size, dtype=bool)
    first[1:] = pairs[1:] != pairs[:-1]
    return np.bincount(pairs[first] // span, minlength=n_f)


def _peer(
    table: ScoredForecasts,
    log_score: NDArray[np.float64],
    keep: NDArray[np.bool_],
    resamples: int,
    level: float,
    seed: int,
    peers: PeerScores | None = None,
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Per forecaster: mean peer score over questions, and its bootstrap interval."""
    n_f = len(table.names)
    nan = np.full(n_f, np.nan)
    if peers is None:
        peers = table_peer_scores(table, log_score)
    if peers.score.size == 0:
        return nan, nan, nan.copy()
    has = ~np.isnan(peers.score) & keep[peers.forecaster]
    pf, ps = peers.forecaster[has], peers.score[has]
    count = np.bincount(pf, minlength=n_f)
    total = np.bincount(pf, weights=ps, minlength=n_f)
    mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    low, high = bootstrap.grouped_mean_ci(ps, pf, n_f, resamples, level, seed)
    return mean, low, high


def table_peer_scores(
    table: ScoredForecasts, log_score: NDArray[np.float64] | None = None
) -> PeerScores:
    """The peer scores of every (question, forecaster) pair of a table with known days."""
    if log_score is None:
        log_score = log_scores(table.probability, table.happened)
    end = np.where(np.isnan(table.live_until_day), table.resolved_day, table.live_until_day)
    dated = ~np.isnan(table.said_day) & ~np.isnan(end)
    return peer_scores(
        table.question[dated],
        table.forecaster[dated],
        table.said_day[dated],
        end[dated],
        log_score[dated],
    )

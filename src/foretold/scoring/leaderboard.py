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

import math
from collections.abc import Collection

import numpy as np
from numpy.typing import NDArray

from foretold.scoring import bootstrap
from foretold.scoring.calibration import DEFAULT_BINS, calibration_rows, grouped_calibration
from foretold.scoring.peer import peer_scores
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
) -> list[ForecasterScore]:
    """Ranked rows for the forecasters with at least ``min_resolved`` scored pairs.

    ``only`` limits the rows to these forecaster ids (everyone still counts for peer scores).

    ``resamples`` defaults to 1000 bootstrap resamples per forecaster, or 200 on a board of more
    than 1000 forecasters (enough for a 95% interval of a mean, at a fifth of the cost).
    """
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
    peer_mean, peer_lo, peer_hi = _peer(table, log_all, keep, resamples, level, seed + 2)
    kept = np.flatnonzero(keep)
    calibration = calibration_rows(grouped_calibration(p, happened, f, n_f, bins), kept)

    columns = {
        "brier": brier_mean,
        "log": log_mean,
        "skill": skills(brier_mean),
        "peer": peer_mean,
        "lead": np.where(lead_n > 0, lead_sum / np.maximum(lead_n, 1), np.nan),
        "b_lo": brier_lo,
        "b_hi": brier_hi,
        "l_lo": log_lo,
        "l_hi": log_hi,
        "s_lo": skills(brier_hi),
        "s_hi": skills(brier_lo),
        "p_lo": peer_lo,
        "p_hi": peer_hi,
    }
    c = {name: values.tolist() for name, values in columns.items()}
    counts = np.maximum(table.forecast_counts, resolved).tolist()
    resolved_list, questions_list = resolved.tolist(), questions.tolist()
    names, ids = table.names, table.forecaster_ids
    out = []
    brier_of, log_of = c["brier"], c["log"]
    order = sorted(kept.tolist(), key=lambda i: (brier_of[i], -log_of[i], names[i]))
    for rank, i in enumerate(order, start=1):
        has_peer = not math.isnan(c["peer"][i])
        out.append(
            ForecasterScore(
                forecaster=names[i],
                forecaster_id=ids[i],
                forecasts=counts[i],
                resolved=resolved_list[i],
                brier=c["brier"][i],
                log_score=c["log"][i],
                skill=c["skill"][i],
                peer=c["peer"][i] if has_peer else None,
                questions=questions_list[i],
                lead_days=None if math.isnan(c["lead"][i]) else c["lead"][i],
                brier_ci=(c["b_lo"][i], c["b_hi"][i]),
                log_score_ci=(c["l_lo"][i], c["l_hi"][i]),
                skill_ci=(c["s_lo"][i], c["s_hi"][i]),
                peer_ci=(c["p_lo"][i], c["p_hi"][i]) if has_peer else None,
                ci_level=level,
                calibration=calibration[i],
                rank=rank,
            )
        )
    return out


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
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Per forecaster: mean peer score over questions, and its bootstrap interval."""
    n_f = len(table.names)
    end = np.where(np.isnan(table.live_until_day), table.resolved_day, table.live_until_day)
    dated = ~np.isnan(table.said_day) & ~np.isnan(end)
    nan = np.full(n_f, np.nan)
    if not dated.any():
        return nan, nan, nan.copy()
    peers = peer_scores(
        table.question[dated],
        table.forecaster[dated],
        table.said_day[dated],
        end[dated],
        log_score[dated],
    )
    has = ~np.isnan(peers.score) & keep[peers.forecaster]
    pf, ps = peers.forecaster[has], peers.score[has]
    count = np.bincount(pf, minlength=n_f)
    total = np.bincount(pf, weights=ps, minlength=n_f)
    mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    low, high = bootstrap.grouped_mean_ci(ps, pf, n_f, resamples, level, seed)
    return mean, low, high

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

import numpy as np
from numpy.typing import NDArray

from foretold.scoring import bootstrap
from foretold.scoring.calibration import DEFAULT_BINS, calibration_row, grouped_calibration
from foretold.scoring.peer import peer_scores
from foretold.scoring.records import ForecasterScore, Interval
from foretold.scoring.rules import brier_scores, log_scores, skills
from foretold.scoring.table import ScoredForecasts

DEFAULT_MIN_RESOLVED = 5  # the full board; one question's board uses 1


def leaderboard(
    table: ScoredForecasts,
    min_resolved: int = DEFAULT_MIN_RESOLVED,
    resamples: int = bootstrap.DEFAULT_RESAMPLES,
    level: float = bootstrap.DEFAULT_LEVEL,
    seed: int = bootstrap.DEFAULT_SEED,
    bins: int = DEFAULT_BINS,
) -> list[ForecasterScore]:
    """Ranked rows for the forecasters with at least ``min_resolved`` scored pairs."""
    n_f = len(table.names)
    if table.size == 0 or n_f == 0:
        return []
    f = table.forecaster
    b = brier_scores(table.probability, table.happened)
    ls = log_scores(table.probability, table.happened)
    resolved = np.bincount(f, minlength=n_f)
    keep = resolved >= max(1, min_resolved)
    if not keep.any():
        return []
    # only the kept forecasters' rows enter the statistics (the peer score needs everyone)
    rows = keep[f]
    fk, bk, lk = f[rows], b[rows], ls[rows]
    brier_mean = np.bincount(fk, weights=bk, minlength=n_f) / np.maximum(resolved, 1)
    log_mean = np.bincount(fk, weights=lk, minlength=n_f) / np.maximum(resolved, 1)
    lead = table.resolved_day[rows] - table.said_day[rows]
    known = ~np.isnan(lead)
    lead_n = np.bincount(fk[known], minlength=n_f)
    lead_sum = np.bincount(fk[known], weights=lead[known], minlength=n_f)
    questions = _distinct_questions(fk, table.question[rows], n_f)
    brier_lo, brier_hi = bootstrap.grouped_mean_ci(bk, fk, n_f, resamples, level, seed)
    log_lo, log_hi = bootstrap.grouped_mean_ci(lk, fk, n_f, resamples, level, seed + 1)
    peer_mean, peer_lo, peer_hi = _peer(table, ls, keep, resamples, level, seed + 2)
    calibration = grouped_calibration(table.probability[rows], table.happened[rows], fk, n_f, bins)

    kept = np.flatnonzero(keep)
    order = sorted(kept.tolist(), key=lambda i: (brier_mean[i], -log_mean[i], table.names[i]))
    skill_lo, skill_hi = skills(brier_hi), skills(brier_lo)
    out = []
    for rank, i in enumerate(order, start=1):
        peer = None if np.isnan(peer_mean[i]) else float(peer_mean[i])
        out.append(
            ForecasterScore(
                forecaster=table.names[i],
                forecaster_id=table.forecaster_ids[i],
                forecasts=int(max(table.forecast_counts[i], resolved[i])),
                resolved=int(resolved[i]),
                brier=float(brier_mean[i]),
                log_score=float(log_mean[i]),
                skill=float(skills(brier_mean[i])),
                peer=peer,
                questions=int(questions[i]),
                lead_days=float(lead_sum[i] / lead_n[i]) if lead_n[i] else None,
                brier_ci=Interval(float(brier_lo[i]), float(brier_hi[i]), level),
                log_score_ci=Interval(float(log_lo[i]), float(log_hi[i]), level),
                skill_ci=Interval(float(skill_lo[i]), float(skill_hi[i]), level),
                peer_ci=None
                if peer is None
                else Interval(float(peer_lo[i]), float(peer_hi[i]), level),
                calibration=calibration_row(calibration, i),
                rank=rank,
            )
        )
    return out


def _distinct_questions(f: NDArray[np.int64], q: NDArray[np.int64], n_f: int) -> NDArray[np.int64]:
    """How many distinct questions each forecaster has scored pairs on."""
    if f.size == 0:
        return np.zeros(n_f, dtype=np.int64)
    pairs = np.unique(f * (int(q.max()) + 1) + q)
    return np.bincount(pairs // (int(q.max()) + 1), minlength=n_f)


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
    dated = ~np.isnan(table.said_day)
    end = np.where(np.isnan(table.live_until_day), table.resolved_day, table.live_until_day)
    dated &= ~np.isnan(end)
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
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, np.bincount(pf, weights=ps, minlength=n_f) / count, np.nan)
    low, high = bootstrap.grouped_mean_ci(ps, pf, n_f, resamples, level, seed)
    return mean, low, high

"""Peer score: how a forecaster did against the others on the same question at the same time.

This is the time-averaged peer score of Metaculus, counted in days. On a question ``q``, at each
day ``t`` every forecaster has at most one standing forecast (their latest one that is still
live), with log score ``s_a(t)``. If forecaster ``a`` and at least one other forecaster are
standing at ``t``::

    peer_a(t) = s_a(t) - mean of s_b(t) over the other standing forecasters b

and 0 otherwise. The peer score of ``a`` on ``q`` is ``100 / T_q`` times the sum of
``peer_a(t)`` over the days of the question, where ``T_q`` runs from the first day any forecast
on ``q`` was made to the day the last one stopped being live. A forecaster who joins late, or
leaves early, is compared for fewer days and so earns (or loses) proportionally less, as on
Metaculus. Peer scores of all forecasters on a question add up to zero on every day, so a
positive score means better than the crowd around you. A forecaster who never stood alongside
anyone else on ``q`` has no peer score there (NaN).

Live intervals are half-open ``[start, end)`` in days; forecasts by the same forecaster on the same
question and day are merged into one standing forecast (mean log score), and a later forecast by
the same forecaster on the same question supersedes the earlier one.

Everything runs in numpy in O(n log n): the integral of ``peer_a`` over a live interval is
``s_a * A - B`` where ``A`` and ``B`` are integrals of step functions that depend only on the
question (``n / (n - 1)`` and ``sum / (n - 1)`` of the standing forecasts), read off prefix sums.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

SCALE = 100.0


@dataclass(frozen=True, slots=True)
class PeerScores:
    """Peer score of each (question, forecaster) pair that has forecasts with known dates."""

    question: NDArray[np.int64]
    forecaster: NDArray[np.int64]
    score: NDArray[np.float64]  # NaN when the forecaster never stood alongside another


def peer_scores(
    question: ArrayLike,
    forecaster: ArrayLike,
    start: ArrayLike,
    end: ArrayLike,
    log_score: ArrayLike,
) -> PeerScores:
    """Peer scores from one row per scored forecast (integer codes, day numbers, log scores).

    ``end`` is the exclusive last day the forecast can be live (its horizon end or the
    resolution); it is raised to ``start + 1`` when earlier, and cut at the forecaster's next
    forecast on the same question.
    """
    q = np.asarray(question, dtype=np.int64)
    f = np.asarray(forecaster, dtype=np.int64)
    s = np.asarray(start, dtype=np.int64)
    e = np.maximum(np.asarray(end, dtype=np.int64), s + 1)
    x = np.asarray(log_score, dtype=np.float64)
    if q.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return PeerScores(empty, empty, np.zeros(0))

    # one standing forecast per (question, forecaster, start day)
    order = _sort_order(q, f, s)
    q, f, s, e, x = q[order], f[order], s[order], e[order], x[order]
    new = np.ones(q.size, dtype=bool)
    new[1:] = (q[1:] != q[:-1]) | (f[1:] != f[:-1]) | (s[1:] != s[:-1])
    first = np.flatnonzero(new)
    counts = np.diff(np.append(first, q.size))
    x = np.add.reduceat(x, first) / counts
    e = np.maximum.reduceat(e, first)
    q, f, s = q[first], f[first], s[first]

    # a later forecast by the same forecaster on the same question supersedes this one
    same_next = np.zeros(q.size, dtype=bool)
    same_next[:-1] = (q[1:] == q[:-1]) & (f[1:] == f[:-1])
    nxt = np.append(s[1:], 0)
    e = np.where(same_next, np.minimum(e, nxt), e)

    # step functions per question over the event times
    t0 = int(s.min())
    span = int(e.max()) - t0 + 1
    key_start = q * span + (s - t0)
    key_end = q * span + (e - t0)
    keys = np.concatenate((key_start, key_end))
    dn = np.concatenate((np.ones(q.size), -np.ones(q.size)))
    dx = np.concatenate((x, -x))
    order = np.argsort(keys)
    keys, dn, dx = keys[order], dn[order], dx[order]
    boundary = np.append(keys[1:] != keys[:-1], True)
    ends = np.flatnonzero(boundary)  # the last event at each distinct key
    key_rank = np.empty(keys.size, dtype=np.int64)  # each event's distinct-key index
    key_rank[order] = np.cumsum(np.insert(boundary[:-1], 0, False))
    times = keys[ends]
    n = np.rint(np.cumsum(dn)[ends])
    total = np.cumsum(dx)[ends]
    # each distinct key starts a segment that lasts until the next key of the same question
    seg_q = times // span
    length = np.zeros(times.size)
    same_q = seg_q[1:] == seg_q[:-1]
    length[:-1] = np.where(same_q, times[1:] - times[:-1], 0)
    crowded = n >= 2
    denom = np.where(crowded, n - 1, 1.0)
    a_rate = np.where(crowded, n / denom, 0.0) * length
    b_rate = np.where(crowded, total / denom, 0.0) * length
    c_rate = crowded * length
    # prefix integrals up to each key (segments of earlier questions cancel in differences)
    cum_a = np.concatenate(([0.0], np.cumsum(a_rate)))
    cum_b = np.concatenate(([0.0], np.cumsum(b_rate)))
    cum_c = np.concatenate(([0.0], np.cumsum(c_rate)))
    i0, i1 = key_rank[: q.size], key_rank[q.size :]
    integral = x * (cum_a[i1] - cum_a[i0]) - (cum_b[i1] - cum_b[i0])
    coverage = cum_c[i1] - cum_c[i0]

    # per (question, forecaster): sum over their intervals, divided by the question's duration
    q_first = np.flatnonzero(np.insert(q[1:] != q[:-1], 0, True))
    q_sizes = np.diff(np.append(q_first, q.size))
    q_duration = np.maximum.reduceat(e, q_first) - np.minimum.reduceat(s, q_first)
    duration = np.repeat(q_duration, q_sizes).astype(np.float64)
    pair_new = np.ones(q.size, dtype=bool)
    pair_new[1:] = (q[1:] != q[:-1]) | (f[1:] != f[:-1])
    pair_first = np.flatnonzero(pair_new)
    pair_sum = np.add.reduceat(integral / duration, pair_first)
    pair_cover = np.add.reduceat(coverage, pair_first)
    score = np.where(pair_cover > 0, SCALE * pair_sum, np.nan)
    return PeerScores(q[pair_first], f[pair_first], score)


def _sort_order(
    q: NDArray[np.int64], f: NDArray[np.int64], s: NDArray[np.int64]
) -> NDArray[np.intp]:
    """The order that sorts by (question, forecaster, start): one int64 key when it fits."""
    s_span = int(s.max() - s.min()) + 1
    f_span = int(f.max() - f.min()) + 1
    q_span = int(q.max() - q.min()) + 1
    if q_span * f_span * s_span < 2**62:
        key = ((q - q.min()) * f_span + (f - f.min())) * s_span + (s - s.min())
        return np.argsort(key, kind="stable")
    return np.lexsort((s, f, q))

"""Resolutions and the queries behind scores, leaderboards, track records and timelines.

Which forecasts count, and as what:

- only ``kind = 'forecast'`` rows filed under a question by a link that was not removed;
- a negated link turns the probability around: the probability of "yes" is ``1 - p``;
- a conditional forecast whose condition was marked unmet is void (never marked counts as met);
- a forecast is scored once its question resolved ``yes`` or ``no`` (``annulled`` scores nothing),
  and only if it was made on or before the resolution day;
- a "yes" that came after the forecast's horizon ended counts as "no" for that forecast.

These are the rules of `foretold.questions.effective` (which turns the probability around for a
missed horizon where this keeps the probability and turns the outcome: the scores are equal).

A forecast's day is its ``said_on`` (the forecasts stage falls back to the article's date).

The per-link fields these rules need live in ``score_rows`` (migration 0005), which triggers on
links, forecasts and conditions keep current, so the full leaderboard reads one table through
one covering index rather than joining every link to its forecast. The full view reads them in
forecaster order (migration 0006), so no row carries its forecaster's text key into Python.
One forecaster's record reads only their own rows, and their peer scores from ``peer_pairs``
(migration 0007), a cache of peer scores per question that triggers drop when a question's rows
or resolution change and that the next record needing them refills.
"""

from __future__ import annotations

import json
import math
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from foretold.errors import NotFound, StoreError
from foretold.ids import normalise_name, person_id
from foretold.records import Question
from foretold.scoring import bootstrap
from foretold.scoring.gcpause import gc_paused
from foretold.scoring.leaderboard import DEFAULT_MIN_RESOLVED, leaderboard, table_peer_scores
from foretold.scoring.peer import PeerScores
from foretold.scoring.records import (
    ForecasterScore,
    ForecastScore,
    QuestionScore,
    TimelinePoint,
    TrackEntry,
    TrackRecord,
)
from foretold.scoring.rules import brier, log_score
from foretold.scoring.table import ScoredForecasts
from foretold.scoring.timeline import TimelineEntry, timeline
from foretold.store.lookup import row_by_id
from foretold.store.questions import question_from_row

OUTCOMES = ("yes", "no", "annulled")

_JULIAN_EPOCH = 2440587.5  # julianday('1970-01-01')
_FORECASTER = "COALESCE(f.forecaster_id, f.forecaster)"
_IS_FORECASTER = "(f.forecaster_id = ? OR (f.forecaster_id IS NULL AND f.forecaster = ?))"
_P_YES = "CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END"
_HAPPENED = (
    "CASE WHEN q.outcome = 'yes'"
    " AND (f.horizon_end IS NULL OR f.horizon_end >= q.resolved_on) THEN 1 ELSE 0 END"
)
# void: a conditional forecast whose condition was marked unmet
_VOID = (
    "(COALESCE(f.condition, '') <> ''"
    " AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))"
)
# `score_rows` (migration 0005) holds these fields for every link, kept current by triggers;
# `rebuild_score_rows` refills it with the same select
_SCORE_ROWS_SELECT = f"""
SELECT l.forecast_id, l.question_id, q.rowid, {_FORECASTER}, {_P_YES},
       julianday(f.said_on) - {_JULIAN_EPOCH}, julianday(f.horizon_end) - {_JULIAN_EPOCH},
       f.kind = 'forecast' AND l.removed = 0 AND NOT {_VOID}
FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id
"""
_NULL_DAY = -1.0e300  # stands for an unknown day, so rows convert to a numeric array at once
_RESOLVED_ROWIDS = (
    "SELECT rowid FROM questions WHERE status = 'resolved' AND outcome IN ('yes', 'no')"
)
_PAIRS = f"""
SELECT forecaster, question_rowid, p_yes, IFNULL(said_day, {_NULL_DAY}),
       IFNULL(horizon_day, {_NULL_DAY})
FROM score_rows INDEXED BY score_rows_by_question
WHERE question_rowid IN ({{questions}}) AND counts = 1
"""
_ROW = np.dtype([("key", "O"), ("q", "i8"), ("p", "f8"), ("said", "f8"), ("horizon", "f8")])
# the full view in forecaster order (migration 0006): numbers only, one row per scored pair,
# and the forecasters with their row counts in the same order
_ORDERED_WHERE = f"""
FROM score_rows INDEXED BY score_rows_by_counted_forecaster
WHERE counts = 1 AND question_rowid IN ({_RESOLVED_ROWIDS})
"""
_ORDERED_PAIRS = f"""
SELECT question_rowid, p_yes, IFNULL(said_day, {_NULL_DAY}), IFNULL(horizon_day, {_NULL_DAY})
{_ORDERED_WHERE} ORDER BY forecaster, question_rowid, p_yes, said_day, horizon_day
"""
_JSON_LIST = "(SELECT value FROM json_each(?))"  # a list of any length in one parameter
_OWN_PAIRS = f"""
SELECT forecaster, question_rowid, p_yes, IFNULL(said_day, {_NULL_DAY}),
       IFNULL(horizon_day, {_NULL_DAY})
FROM score_rows INDEXED BY score_rows_by_counted_forecaster
WHERE counts = 1 AND forecaster = ? AND question_rowid IN ({_RESOLVED_ROWIDS})
ORDER BY question_rowid, p_yes, said_day, horizon_day
"""
_ORDERED_FORECASTERS = (
    f"SELECT forecaster, count(*) {_ORDERED_WHERE} GROUP BY forecaster ORDER BY forecaster"
)
_RESOLVED = f"""
SELECT rowid, id, outcome = 'yes', julianday(resolved_on) - {_JULIAN_EPOCH} FROM questions
WHERE status = 'resolved' AND outcome IN ('yes', 'no')
"""


class ScoreQueries:
    """Mixin for `SQLiteStore`: resolve questions and gather scored forecasts."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    # resolutions

    def resolve_question(
        self, question_id: str, outcome: str, on: date, source: str | None = None
    ) -> Question:
        """Record what reality answered: ``yes``, ``no`` or ``annulled``, on a day."""
        if outcome not in OUTCOMES:
            raise StoreError(f"outcome {outcome!r}: must be one of {', '.join(OUTCOMES)}")
        if not isinstance(on, date):
            raise StoreError(f"resolution day {on!r} is not a date")
        row = self._score_question_row(question_id)
        self.conn.execute(
            "UPDATE questions SET status = 'resolved', outcome = ?, resolved_on = ?, source = ?"
            " WHERE id = ?",
            (outcome, on.isoformat(), source, row["id"]),
        )
        return question_from_row(self._score_question_row(row["id"]))

    def _score_question_row(self, question_id: str) -> sqlite3.Row:
        """The questions row with this id, or with this unique id prefix."""
        return row_by_id(self.conn, "questions", question_id, "question")

    # scored forecasts

    def scored_forecasts(
        self, question_id: str | None = None, forecaster_id: str | None = None
    ) -> ScoredForecasts:
        """The scored (forecast, question) pairs of a view, as columns.

        With ``question_id``: the pairs on that question. With ``forecaster_id``: the pairs on
        every question the forecaster is scored on (everyone's, for the peer score). Forecasts in
        view per forecaster: filed under the question, or all of them.
        """
        if question_id is None and forecaster_id is None:
            return self._all_scored_forecasts()
        if question_id is not None:
            question_id = self._score_question_row(question_id)["id"]
            questions = (
                f"SELECT rowid FROM questions WHERE id = ? AND rowid IN ({_RESOLVED_ROWIDS})"
            )
            sql, params = _PAIRS.format(questions=questions), [question_id]
        elif forecaster_id is not None:
            questions = (
                "SELECT question_rowid FROM score_rows WHERE forecaster = ? AND counts = 1"
                f" AND question_rowid IN ({_RESOLVED_ROWIDS})"
            )
            sql, params = _PAIRS.format(questions=questions), [forecaster_id]
        else:
            sql, params = _PAIRS.format(questions=_RESOLVED_ROWIDS), []
        return self._scored_pairs(sql, params, (question_id, forecaster_id))

    def _scored_pairs(
        self, sql: str, params: list[str], view: tuple[str | None, str | None] | None
    ) -> ScoredForecasts:
        """The columns of the pairs ``sql`` selects (`_PAIRS` columns) on resolved questions;
        names and forecast counts are those of ``view`` (question id, forecaster id), if any."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        with gc_paused():
            rows = cursor.execute(sql, params).fetchall()
            names, counts = self._forecasters_in_view(*view) if view else ({}, {})
            if not rows:
                return ScoredForecasts.from_columns([], [], [], [], [], [], [], names, counts)
            columns = np.array(rows, dtype=_ROW)
            del rows
        q_codes = columns["q"]
        wanted = json.dumps(np.unique(q_codes).tolist())
        found = cursor.execute(f"{_RESOLVED} AND rowid IN {_JSON_LIST}", [wanted]).fetchall()
        size = int(q_codes.max()) + 1
        q_yes, q_day = np.zeros(size, dtype=bool), np.full(size, np.nan)
        for rowid, _, yes, day in found:
            if rowid < size:
                q_yes[rowid], q_day[rowid] = bool(yes), day
        resolved_day = q_day[q_codes]
        said_day, horizon_day, p = columns["said"], columns["horizon"], columns["p"]
        said_day[said_day == _NULL_DAY] = np.nan
        horizon_day[horizon_day == _NULL_DAY] = np.nan
        keys = columns["key"].tolist()
        # a "yes" after the horizon ended is a "no" for the forecast
        happened = q_yes[q_codes] & ~(horizon_day < resolved_day)
        live_until = np.fmin(horizon_day + 1, resolved_day)
        # made after the resolution: not a forecast of it
        keep = ~(said_day > resolved_day)
        if not keep.all():
            pick = np.flatnonzero(keep).tolist()
            keys = [keys[i] for i in pick]
            q_codes, said_day, resolved_day = q_codes[keep], said_day[keep], resolved_day[keep]
            p, happened, live_until = p[keep], happened[keep], live_until[keep]
        forecaster, forecaster_keys = _factorise(keys)
        return _table(
            forecaster, forecaster_keys, q_codes, p, happened, said_day, live_until,
            resolved_day, names, counts, found,
        )  # fmt: skip

    def _all_scored_forecasts(self) -> ScoredForecasts:
        """Every scored pair, read in forecaster order: the forecaster of each row follows from
        the row counts per forecaster, so no row carries its text key into Python."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        own = not self.conn.in_transaction
        if own:
            cursor.execute("BEGIN")  # one snapshot for every read
        try:
            with gc_paused():
                keyed = cursor.execute(_ORDERED_FORECASTERS).fetchall()
                rows = cursor.execute(_ORDERED_PAIRS).fetchall()
                found = cursor.execute(_RESOLVED).fetchall()
                names, counts = self._forecasters_in_view(None, None)
                flat = np.fromiter(chain.from_iterable(rows), np.float64, count=4 * len(rows))
                del rows
        finally:
            if own:
                cursor.execute("COMMIT")
        keys = [k for k, _ in keyed]
        per_key = np.array([n for _, n in keyed], dtype=np.int64)
        q_rowid, p, said_day, horizon_day = flat.reshape(-1, 4).T.copy()
        forecaster = np.repeat(np.arange(len(keys), dtype=np.int64), per_key)
        q_rowid = q_rowid.astype(np.int64)
        size = int(q_rowid.max()) + 1 if q_rowid.size else 1
        q_yes, q_day = np.zeros(size, dtype=bool), np.full(size, np.nan)
        for rowid, _, yes, day in found:
            if rowid < size:
                q_yes[rowid], q_day[rowid] = bool(yes), day
        resolved_day = q_day[q_rowid]
        said_day[said_day == _NULL_DAY] = np.nan
        horizon_day[horizon_day == _NULL_DAY] = np.nan
        # a "yes" after the horizon ended is a "no" for the forecast
        happened = q_yes[q_rowid] & ~(horizon_day < resolved_day)
        live_until = np.fmin(horizon_day + 1, resolved_day)
        # made after the resolution: not a forecast of it
        keep = ~(said_day > resolved_day)
        if not keep.all():
            q_rowid, forecaster, said_day = q_rowid[keep], forecaster[keep], said_day[keep]
            resolved_day, p, happened = resolved_day[keep], p[keep], happened[keep]
            live_until = live_until[keep]
        # forecasters left without rows drop out, as `ScoredForecasts.from_columns` drops them
        present = np.bincount(forecaster, minlength=len(keys)) > 0
        if not present.all():
            recode = np.cumsum(present) - 1
            forecaster = recode[forecaster]
            keys = [k for k, there in zip(keys, present.tolist(), strict=True) if there]
        return _table(
            forecaster, keys, q_rowid, p, happened, said_day, live_until, resolved_day,
            names, counts, found,
        )  # fmt: skip

    def rebuild_score_rows(self) -> int:
        """Refill `score_rows` from the links (after a bulk load that bypassed the triggers);
        returns how many rows it holds."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM score_rows")
            conn.execute(f"INSERT INTO score_rows {_SCORE_ROWS_SELECT}")
        return int(self.conn.execute("SELECT count(*) FROM score_rows").fetchone()[0])

    def _forecasters_in_view(
        self, question_id: str | None, forecaster_id: str | None
    ) -> tuple[dict[str, str], dict[str, int]]:
        """(name, forecasts in view) per forecaster key: the forecasts filed under the
        question, only the named forecaster's, or everyone's."""
        if question_id is not None:
            sql = (
                f"SELECT {_FORECASTER}, count(*), max(f.forecaster) FROM links l"
                " JOIN forecasts f ON f.id = l.forecast_id"
                " WHERE l.question_id = ? AND l.removed = 0 AND f.kind = 'forecast' GROUP BY 1"
            )
            rows = self.conn.execute(sql, (question_id,)).fetchall()
        elif forecaster_id is not None:
            sql = (
                "SELECT ?, count(*), max(f.forecaster) FROM forecasts f"
                f" WHERE f.kind = 'forecast' AND {_IS_FORECASTER}"
            )
            rows = self.conn.execute(sql, (forecaster_id,) * 3).fetchall()
        else:
            sql = (
                "SELECT forecaster_id, count(*), max(forecaster) FROM forecasts"
                " WHERE kind = 'forecast' AND forecaster_id IS NOT NULL GROUP BY forecaster_id"
                " UNION ALL SELECT forecaster, count(*), forecaster FROM forecasts"
                " WHERE kind = 'forecast' AND forecaster_id IS NULL GROUP BY forecaster"
            )
            rows = self.conn.execute(sql).fetchall()
        return {r[0]: r[2] for r in rows}, {r[0]: r[1] for r in rows}

    def leaderboard(
        self,
        question_id: str | None = None,
        min_resolved: int | None = None,
        resamples: int | None = None,
        seed: int = bootstrap.DEFAULT_SEED,
    ) -> list[ForecasterScore]:
        """Ranked forecasters, on every question or on one.

        ``min_resolved`` defaults to `DEFAULT_MIN_RESOLVED` scored forecasts on the full board
        and to 1 on one question's board, where everyone who forecast it is shown.
        """
        if min_resolved is None:
            min_resolved = 1 if question_id is not None else DEFAULT_MIN_RESOLVED
        table = self.scored_forecasts(question_id=question_id)
        return leaderboard(table, min_resolved=min_resolved, resamples=resamples, seed=seed)

    # one person's track record

    def find_forecaster(self, name: str) -> tuple[str, str]:
        """(forecaster_id, name) for a name, an id, or a unique part of a name."""
        wanted = name.strip()
        if not wanted:
            raise NotFound("no forecaster with an empty name")
        for sql, arg in (
            ("SELECT forecaster_id, forecaster FROM forecasts WHERE forecaster_id = ?", wanted),
            (
                "SELECT forecaster_id, forecaster FROM forecasts WHERE forecaster_id = ?",
                person_id(wanted),
            ),
            (
                "SELECT COALESCE(forecaster_id, forecaster), forecaster FROM forecasts"
                " WHERE forecaster = ? COLLATE NOCASE",
                wanted,
            ),
        ):
            row = self.conn.execute(sql + " LIMIT 1", (arg,)).fetchone()
            if row is not None:
                return row[0], row[1]
        words = normalise_name(wanted)
        rows = self.conn.execute(
            "SELECT DISTINCT COALESCE(forecaster_id, forecaster), forecaster FROM forecasts"
            " WHERE forecaster LIKE ? LIMIT 50",
            (f"%{wanted}%",),
        ).fetchall()
        found = {r[0]: r[1] for r in rows if words in normalise_name(r[1])}
        if len(found) == 1:
            return next(iter(found.items()))
        if not found:
            raise NotFound(f"no forecaster named {name!r}")
        listed = ", ".join(sorted(found.values())[:5])
        raise NotFound(f"{name!r} names several forecasters: {listed}")

    def person_record(self, name: str) -> TrackRecord:
        """Every forecast of one forecaster, its evidence, its questions and its scores."""
        with gc_paused():
            return self._person_record(name)

    def _person_record(self, name: str) -> TrackRecord:
        forecaster_id, display = self.find_forecaster(name)
        rows = self.conn.execute(
            f"""
            SELECT f.id, f.kind, f.probability, f.proposition, f.statement, f.said_on AS said_on,
                   f.condition, f.horizon_end, f.article_id, a.title, a.url,
                   q.id AS qid, q.title AS qtitle, l.negated, l.by, q.status, q.outcome,
                   q.resolved_on, {_P_YES} AS p_yes, {_HAPPENED} AS happened, {_VOID} AS void
            FROM forecasts f
            LEFT JOIN articles a ON a.id = f.article_id
            LEFT JOIN links l ON l.forecast_id = f.id AND l.removed = 0
            LEFT JOIN questions q ON q.id = l.question_id
            WHERE {_IS_FORECASTER}
            ORDER BY said_on, f.article_id, f.start, q.id
            """,
            (forecaster_id, forecaster_id),
        ).fetchall()
        entries: dict[str, TrackEntry] = {}
        links: dict[str, list[QuestionScore]] = {}
        for r in rows:
            if r["id"] not in entries:
                entries[r["id"]] = TrackEntry(
                    forecast_id=r["id"],
                    kind=r["kind"],
                    probability=r["probability"],
                    proposition=r["proposition"],
                    evidence=r["statement"],
                    said_on=_date(r["said_on"]),
                    condition=r["condition"],
                    horizon_end=_date(r["horizon_end"]),
                    article_id=r["article_id"],
                    article_title=r["title"],
                    article_url=r["url"],
                )
                links[r["id"]] = []
            if r["qid"] is not None:
                links[r["id"]].append(_question_score(r, display))
        record = tuple(replace(e, questions=tuple(links[e.forecast_id])) for e in entries.values())
        table = self._scored_pairs(_OWN_PAIRS, [forecaster_id], (None, forecaster_id))
        peers = self._peer_scores_of(forecaster_id) if table.size else None
        board = leaderboard(table, min_resolved=1, only=(forecaster_id,), peers=peers)
        summary = next((s for s in board if s.forecaster_id == forecaster_id), None)
        if summary is not None:
            summary = replace(summary, rank=0)
        return TrackRecord(display, forecaster_id, summary, record)

    def _peer_scores_of(self, forecaster_id: str) -> PeerScores:
        """The forecaster's peer score on each of their questions (in question order, as code 0
        of a table of their rows), from the cache; questions not cached yet are scored from
        everyone's forecasts there and cached (or only scored when the file is read-only)."""
        missing = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT question_rowid FROM score_rows WHERE counts = 1 AND forecaster = ?"
                f" AND question_rowid IN ({_RESOLVED_ROWIDS})"
                " AND question_rowid NOT IN (SELECT question_rowid FROM peer_cached)",
                (forecaster_id,),
            )
        ]
        if missing:
            try:
                with self.transaction() as conn:
                    self._cache_peer_scores(conn, missing)
            except sqlite3.OperationalError:  # read-only or busy: score without the cache
                table = self.scored_forecasts(forecaster_id=forecaster_id)
                peers = table_peer_scores(table)
                mine = peers.forecaster == table.forecaster_ids.index(forecaster_id)
                return PeerScores(
                    peers.question[mine], np.zeros(int(mine.sum()), np.int64), peers.score[mine]
                )
        rows = self.conn.execute(
            "SELECT question_rowid, IFNULL(score, 'nan') FROM peer_pairs WHERE forecaster = ?"
            " ORDER BY question_rowid",
            (forecaster_id,),
        ).fetchall()
        question = np.array([r[0] for r in rows], dtype=np.int64)
        score = np.array([float(r[1]) for r in rows], dtype=np.float64)
        return PeerScores(question, np.zeros(question.size, dtype=np.int64), score)

    def _cache_peer_scores(self, conn: sqlite3.Connection, questions: list[int]) -> None:
        """Score everyone on these questions and store the scores (inside a transaction)."""
        sql = _PAIRS.format(questions=_JSON_LIST[1:-1])
        table = self._scored_pairs(sql, [json.dumps(questions)], None)
        peers = table_peer_scores(table)
        rowid_of = dict(
            conn.execute(
                f"SELECT id, rowid FROM questions WHERE rowid IN {_JSON_LIST}",
                (json.dumps(questions),),
            ).fetchall()
        )
        q_rowids = [rowid_of[q] for q in table.question_ids]
        conn.executemany(
            "INSERT OR REPLACE INTO peer_pairs VALUES (?, ?, ?)",
            (
                (q_rowids[q], table.forecaster_ids[f], None if math.isnan(x) else x)
                for q, f, x in zip(
                    peers.question.tolist(), peers.forecaster.tolist(), peers.score.tolist(),
                    strict=True,
                )
            ),
        )  # fmt: skip
        conn.executemany("INSERT OR IGNORE INTO peer_cached VALUES (?)", ((q,) for q in questions))

    # what the news believed

    def timeline_entries(self, question_id: str) -> list[TimelineEntry]:
        """The live-able forecasts on a question: probability of yes, day made, day it ends."""
        qid = self._score_question_row(question_id)["id"]
        rows = self.conn.execute(
            f"""
            SELECT {_FORECASTER}, f.forecaster, {_P_YES}, f.said_on, f.horizon_end, q.resolved_on
            FROM links l
            JOIN questions q ON q.id = l.question_id
            JOIN forecasts f ON f.id = l.forecast_id
            WHERE l.question_id = ? AND l.removed = 0 AND f.kind = 'forecast' AND NOT {_VOID}
            """,
            (qid,),
        ).fetchall()
        out = []
        for fid, name, p, said, horizon_end, resolved in rows:
            said_on = _date(said)
            if said_on is None:
                continue
            ends = [d for d in (_next_day(horizon_end), _date(resolved)) if d is not None]
            out.append(TimelineEntry(fid, p, said_on, min(ends) if ends else None, name))
        return out

    def question_timeline(self, question_id: str) -> list[TimelinePoint]:
        """The median of the live forecasts on a question, on each day it changes."""
        return timeline(self.timeline_entries(question_id))

    def get_scored_question(self, question_id: str) -> Question:
        """The question record (by id or unique prefix), as scoring sees it."""
        return question_from_row(self._score_question_row(question_id))


def _factorise(keys: list[str]) -> tuple[NDArray[np.int64], list[str]]:
    """Integer codes of the keys in order of first appearance, and the distinct keys."""
    index: dict[str, int] = dict.fromkeys(keys, 0)
    for code, key in enumerate(index):
        index[key] = code
    codes = np.fromiter(map(index.__getitem__, keys), np.int64, count=len(keys))
    return codes, list(index)


def _table(
    forecaster: NDArray[np.int64],
    forecaster_keys: list[str],
    q_rowid: NDArray[np.int64],
    probability: NDArray[np.float64],
    happened: NDArray[np.bool_],
    said_day: NDArray[np.float64],
    live_until: NDArray[np.float64],
    resolved_day: NDArray[np.float64],
    names: dict[str, str],
    counts: dict[str, int],
    found: list[tuple[int, str, int, float]],
) -> ScoredForecasts:
    """The columns of a view, as `ScoredForecasts.from_columns` would code them."""
    distinct, q_codes = np.unique(q_rowid, return_inverse=True)
    question_ids = {r[0]: r[1] for r in found}
    return ScoredForecasts(
        forecaster=forecaster,
        question=q_codes.astype(np.int64).reshape(-1),
        probability=probability,
        happened=happened,
        said_day=said_day,
        live_until_day=live_until,
        resolved_day=resolved_day,
        names=tuple(names.get(k, k) for k in forecaster_keys),
        forecaster_ids=tuple(forecaster_keys),
        question_ids=tuple(question_ids.get(k, str(k)) for k in distinct.tolist()),
        forecast_counts=np.array([counts.get(k, 0) for k in forecaster_keys], dtype=np.int64),
    )


def _question_score(r: sqlite3.Row, forecaster: str) -> QuestionScore:
    void = bool(r["void"])
    score = None
    resolved_on = _date(r["resolved_on"])
    said_on = _date(r["said_on"])
    scorable = (
        r["kind"] == "forecast"
        and r["status"] == "resolved"
        and r["outcome"] in ("yes", "no")
        and not void
        and not (said_on and resolved_on and said_on > resolved_on)
    )
    if scorable:
        p, happened = float(r["p_yes"]), bool(r["happened"])
        lead = (resolved_on - said_on).days if said_on and resolved_on else None
        score = ForecastScore(
            forecast_id=r["id"],
            question_id=r["qid"],
            forecaster=forecaster,
            probability=p,
            happened=happened,
            brier=brier(p, happened),
            log_score=log_score(p, happened),
            said_on=said_on,
            resolved_on=resolved_on,
            lead_days=lead,
        )
    return QuestionScore(
        question_id=r["qid"],
        title=r["qtitle"],
        negated=bool(r["negated"]),
        by=r["by"],
        status=r["status"],
        outcome=r["outcome"],
        resolved_on=resolved_on,
        void=void,
        score=score,
    )


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _next_day(value: str | None) -> date | None:
    day = _date(value)
    return None if day is None else date.fromordinal(day.toordinal() + 1)


__all__ = ["OUTCOMES", "ScoreQueries"]

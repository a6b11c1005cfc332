"""Questions in the SQLite store: create, list, link forecasts (machine and person), conditions.

Links have two authors. Machine links (``by = 'machine'``) are made when a question is
created and when an article's forecasts are ingested; they carry the linker's
confidence and may be redone at any time. Person decisions (``by = 'person'``), made
with `link`/`unlink`, always win: machine re-linking never overwrites or deletes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from foretold.errors import StoreError
from foretold.ids import normalise_name, record_id
from foretold.questions.effective import LinkedForecast
from foretold.questions.linking import ForecastText, LinkDecision, Linker
from foretold.records import Extraction, Link, Question
from foretold.store.forecasts import forecast_from_row
from foretold.store.lookup import row_by_id
from foretold.store.values import day, iso


def default_linker() -> Linker:
    """The linker with the configured embedding model and the spaCy pipeline."""
    from foretold.nlp import load_nlp
    from foretold.questions.embedding import load_embedder

    return Linker(load_embedder(), load_nlp())


def link_new_forecasts(
    conn: sqlite3.Connection, extraction: Extraction, linker: Linker | None = None
) -> int:
    """File an article's new forecasts under the open questions they belong to.

    Runs inside the ingest transaction; loads no model when there is nothing to link.
    Returns the number of links made.
    """
    rows = conn.execute("SELECT * FROM questions WHERE status = 'open'").fetchall()
    questions = [question_from_row(r) for r in rows]
    if not questions or not extraction.forecasts:
        return 0
    linker = linker or default_linker()
    texts = [ForecastText.of(f, extraction.article.title) for f in extraction.forecasts]
    prepared = linker.prepare(texts)
    made = 0
    for question in questions:
        made += write_machine_links(conn, question.id, linker.decide(question, prepared))
    return made


def write_machine_links(
    conn: sqlite3.Connection, question_id: str, decisions: Iterable[LinkDecision]
) -> int:
    """Record the machine's decisions for one question; person rows are left alone.

    A machine link that the machine no longer makes is deleted. Returns the links made.
    """
    now = _now()
    made = 0
    for d in decisions:
        if d.linked:
            conn.execute(
                "INSERT INTO links (forecast_id, question_id, negated, confidence, by, removed,"
                " decided_at) VALUES (?, ?, ?, ?, 'machine', 0, ?)"
                " ON CONFLICT (forecast_id, question_id) DO UPDATE SET"
                " negated = excluded.negated, confidence = excluded.confidence,"
                " decided_at = excluded.decided_at WHERE links.by = 'machine'",
                (d.forecast_id, question_id, int(d.negated), d.confidence, now),
            )
            made += 1
        else:
            conn.execute(
                "DELETE FROM links WHERE forecast_id = ? AND question_id = ? AND by = 'machine'",
                (d.forecast_id, question_id),
            )
    return made


class QuestionQueries:
    """Mixin for `SQLiteStore`: questions, their links and the conditions of forecasts."""

    conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def create_question(
        self,
        title: str,
        criteria: str | None = None,
        closes: date | None = None,
        *,
        opened: date | None = None,
        linker: Linker | None = None,
    ) -> Question:
        """Store a new open question and link the stored forecasts that belong to it."""
        title = " ".join(title.split())
        if not title:
            raise StoreError("question title: empty")
        opened = opened or date.today()
        question = Question(
            id=record_id("question", normalise_name(title)),
            title=title,
            criteria=criteria,
            opened=opened,
            closes=closes,
        )
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM questions WHERE id = ?", (question.id,)).fetchone():
                raise StoreError(f"question {title!r} already exists (id {question.id})")
            conn.execute(
                "INSERT INTO questions (id, title, criteria, opened, closes, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'open', ?)",
                (question.id, title, criteria, iso(opened), iso(closes), _now()),
            )
        self.relink_question(question.id, linker=linker)
        return question

    def relink_question(self, question_id: str, linker: Linker | None = None) -> int:
        """Redo the machine's links of one question over every stored forecast."""
        question = self.get_question(question_id)
        rows = self.conn.execute(
            "SELECT f.*, a.title AS article_title FROM forecasts f"
            " LEFT JOIN articles a ON a.id = f.article_id"
        ).fetchall()
        if not rows:
            return 0
        texts = [ForecastText.of(forecast_from_row(r), r["article_title"]) for r in rows]
        linker = linker or default_linker()
        decisions = linker.decide(question, linker.prepare(texts))
        with self.transaction() as conn:
            return write_machine_links(conn, question.id, decisions)

    def list_questions(self, status: str | None = None) -> list[Question]:
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        rows = self.conn.execute(
            f"SELECT * FROM questions {where} ORDER BY created_at, id", params
        ).fetchall()
        return [question_from_row(r) for r in rows]

    def get_question(self, question_id: str) -> Question:
        """One question by id (or a unique id prefix)."""
        return question_from_row(row_by_id(self.conn, "questions", question_id, "question"))

    def link(self, forecast_id: str, question_id: str, negated: bool = False) -> Link:
        """A person files a forecast under a question (overrides the machine)."""
        return self._decide(forecast_id, question_id, negated=negated, removed=False)

    def unlink(self, forecast_id: str, question_id: str) -> Link:
        """A person takes a forecast out of a question; the machine will not put it back."""
        return self._decide(forecast_id, question_id, negated=False, removed=True)

    def links_of_question(self, question_id: str, *, removed: bool = False) -> list[Link]:
        rows = self.conn.execute(
            "SELECT * FROM links WHERE question_id = ? AND removed = ?"
            " ORDER BY by DESC, confidence DESC, forecast_id",
            (question_id, int(removed)),
        ).fetchall()
        return [_link(r) for r in rows]

    def forecasts_of_question(self, question_id: str) -> list[LinkedForecast]:
        """The forecasts filed under a question, with link and condition status."""
        question = self.get_question(question_id)
        rows = self.conn.execute(
            "SELECT f.*, l.negated AS l_negated, l.confidence AS l_confidence, l.by AS l_by,"
            " l.removed AS l_removed, c.met AS c_met FROM links l"
            " JOIN forecasts f ON f.id = l.forecast_id"
            " LEFT JOIN conditions c ON c.forecast_id = f.id"
            " WHERE l.question_id = ? AND l.removed = 0"
            " ORDER BY f.said_on, f.article_id, f.start",
            (question.id,),
        ).fetchall()
        return [
            LinkedForecast(
                forecast_from_row(r),
                Link(
                    r["id"],
                    question.id,
                    bool(r["l_negated"]),
                    r["l_confidence"],
                    r["l_by"],
                    bool(r["l_removed"]),
                ),
                None if r["c_met"] is None else bool(r["c_met"]),
            )
            for r in rows
        ]

    def unlinked_forecasts(self) -> list[tuple[str, str]]:
        """(id, proposition) of the forecasts that no question holds, oldest first."""
        rows = self.conn.execute(
            "SELECT f.id, f.proposition FROM forecasts f WHERE f.kind = 'forecast' AND NOT EXISTS"
            " (SELECT 1 FROM links l WHERE l.forecast_id = f.id AND l.removed = 0)"
            " ORDER BY f.said_on, f.id"
        ).fetchall()
        return [(r["id"], r["proposition"]) for r in rows]

    def set_condition(self, forecast_id: str, met: bool) -> None:
        """Record whether the condition of a conditional forecast was met."""
        forecast = self._forecast_row(forecast_id)
        if not forecast["condition"]:
            raise StoreError(f"forecast {forecast['id']}: has no condition")
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO conditions (forecast_id, met, decided_at) VALUES (?, ?, ?)"
                " ON CONFLICT (forecast_id) DO UPDATE SET met = excluded.met,"
                " decided_at = excluded.decided_at",
                (forecast["id"], int(met), _now()),
            )

    def condition_met(self, forecast_id: str) -> bool | None:
        row = self.conn.execute(
            "SELECT met FROM conditions WHERE forecast_id = ?", (forecast_id,)
        ).fetchone()
        return None if row is None else bool(row["met"])

    def suggest_conditions(self, linker: Linker | None = None) -> list[ConditionSuggestion]:
        """Unmarked conditions that a resolved question answers ("the talks fail" when
        "Will the talks produce an agreement?" resolved no)."""
        resolved = [q for q in self.list_questions("resolved") if q.outcome in ("yes", "no")]
        rows = self.conn.execute(
            "SELECT f.id, f.condition, f.said_on FROM forecasts f"
            " LEFT JOIN conditions c ON c.forecast_id = f.id"
            " WHERE f.condition IS NOT NULL AND c.forecast_id IS NULL"
        ).fetchall()
        if not resolved or not rows:
            return []
        linker = linker or default_linker()
        texts = [ForecastText(r["id"], r["condition"], said_on=day(r["said_on"])) for r in rows]
        prepared = linker.prepare(texts)
        best: dict[str, ConditionSuggestion] = {}
        for question in resolved:
            for d in linker.decide(question, prepared):
                if not d.linked:
                    continue
                met = (question.outcome == "yes") != d.negated
                current = best.get(d.forecast_id)
                if current is None or d.confidence > current.confidence:
                    best[d.forecast_id] = ConditionSuggestion(
                        d.forecast_id, met, question.id, d.confidence
                    )
        return sorted(best.values(), key=lambda s: -s.confidence)

    def _decide(self, forecast_id: str, question_id: str, *, negated: bool, removed: bool) -> Link:
        forecast = self._forecast_row(forecast_id)
        question = self.get_question(question_id)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO links (forecast_id, question_id, negated, confidence, by, removed,"
                " decided_at) VALUES (?, ?, ?, 1.0, 'person', ?, ?)"
                " ON CONFLICT (forecast_id, question_id) DO UPDATE SET"
                " negated = excluded.negated, confidence = 1.0, by = 'person',"
                " removed = excluded.removed, decided_at = excluded.decided_at",
                (forecast["id"], question.id, int(negated), int(removed), _now()),
            )
        return Link(forecast["id"], question.id, negated, 1.0, "person", removed)

    def _forecast_row(self, forecast_id: str) -> sqlite3.Row:
        return row_by_id(self.conn, "forecasts", forecast_id, "forecast", "id, condition")


@dataclass(frozen=True, slots=True)
class ConditionSuggestion:
    """A resolved question suggests whether a forecast's condition was met."""

    forecast_id: str
    met: bool
    question_id: str
    confidence: float


def question_from_row(row: sqlite3.Row) -> Question:
    return Question(
        id=row["id"],
        title=row["title"],
        criteria=row["criteria"],
        opened=day(row["opened"]),
        closes=day(row["closes"]),
        status=row["status"],
        outcome=row["outcome"],
        resolved_on=day(row["resolved_on"]),
        source=row["source"],
    )


def _link(row: sqlite3.Row) -> Link:
    return Link(
        row["forecast_id"],
        row["question_id"],
        bool(row["negated"]),
        row["confidence"],
        row["by"],
        bool(row["removed"]),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__: Sequence[str] = [
    "ConditionSuggestion",
    "QuestionQueries",
    "default_linker",
    "link_new_forecasts",
    "write_machine_links",
]

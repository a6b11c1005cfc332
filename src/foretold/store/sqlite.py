"""The embedded SQLite store: one file, WAL, numbered migrations, one transaction per article."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from foretold.records import Extraction
from foretold.store.articles import ArticleQueries, PutResult, insert_article
from foretold.store.forecasts import ForecastQueries, write_forecasts
from foretold.store.people import PeopleQueries, write_people
from foretold.store.questions import QuestionQueries, link_new_forecasts
from foretold.store.scores import ScoreQueries


def migrations() -> list[tuple[str, str]]:
    """(name, sql) of every bundled migration, in order."""
    folder = resources.files("foretold.store") / "migrations"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class SQLiteStore(ArticleQueries, PeopleQueries, ForecastQueries, QuestionQueries, ScoreQueries):
    """All records of Foretold in one SQLite file (or in memory with ":memory:")."""

    def __init__(self, path: str | Path = "foretold.db") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 10000")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def migrate(self) -> list[str]:
        """Apply the bundled migrations this file lacks; returns their names."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            with self.transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?)",
                    (name, datetime.now(UTC).isoformat()),
                )
            applied.append(name)
        return applied

    def put_extraction(self, extraction: Extraction) -> PutResult:
        """Store an article and everything read from it, all or nothing."""
        with self.transaction() as conn:
            result = insert_article(conn, extraction.article)
            if result.status == "new":
                write_people(conn, extraction)
                write_forecasts(conn, extraction)
                link_new_forecasts(conn, extraction)
        return result


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer

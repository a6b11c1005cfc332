"""Forecasts in the SQLite store: written with their article, listed and searched by forecaster."""

from __future__ import annotations

import json
import sqlite3

from foretold.records import Extraction, Forecast, Horizon
from foretold.store.lookup import row_by_id
from foretold.store.values import day, iso

_COLUMNS = (
    "id",
    "article_id",
    "kind",
    "forecaster",
    "forecaster_id",
    "forecaster_role",
    "statement",
    "start",
    '"end"',
    "statement_id",
    "proposition",
    "probability",
    "probability_words",
    "condition",
    "horizon_start",
    "horizon_end",
    "horizon_text",
    "said_on",
    "extractor",
)


def write_forecasts(conn: sqlite3.Connection, extraction: Extraction) -> int:
    """Insert the forecasts of one extraction (idempotent on id); returns how many were given."""
    rows = [_row(f) for f in extraction.forecasts]
    placeholders = ", ".join("?" for _ in _COLUMNS)
    conn.executemany(
        f"INSERT OR IGNORE INTO forecasts ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
        rows,
    )
    return len(rows)


def _row(f: Forecast) -> tuple[object, ...]:
    h = f.horizon
    return (
        f.id,
        f.article_id,
        f.kind,
        f.forecaster,
        f.forecaster_id,
        f.forecaster_role,
        f.statement,
        f.start,
        f.end,
        f.statement_id,
        f.proposition,
        f.probability,
        json.dumps(list(f.probability_words)),
        f.condition,
        iso(h.start) if h else None,
        iso(h.end) if h else None,
        h.text if h else None,
        iso(f.said_on),
        f.extractor,
    )


def forecast_from_row(row: sqlite3.Row) -> Forecast:
    """Rebuild the record from a `forecasts` row."""
    horizon = None
    if row["horizon_text"] is not None:
        horizon = Horizon(day(row["horizon_start"]), day(row["horizon_end"]), row["horizon_text"])
    return Forecast(
        id=row["id"],
        article_id=row["article_id"],
        forecaster=row["forecaster"],
        statement=row["statement"],
        start=row["start"],
        end=row["end"],
        proposition=row["proposition"],
        probability=row["probability"],
        forecaster_id=row["forecaster_id"],
        forecaster_role=row["forecaster_role"],
        statement_id=row["statement_id"],
        probability_words=tuple(json.loads(row["probability_words"])),
        condition=row["condition"],
        horizon=horizon,
        said_on=day(row["said_on"]),
        kind=row["kind"],
        extractor=row["extractor"],
    )


class ForecastQueries:
    """Read forecasts back."""

    conn: sqlite3.Connection

    def list_forecasts(
        self,
        by: str | None = None,
        search: str | None = None,
        *,
        kind: str | None = "forecast",
        limit: int = 200,
    ) -> list[Forecast]:
        """Forecasts, newest first; ``by`` matches the forecaster's name or id (case-insensitive
        substring), ``search`` is a full-text query over forecaster, proposition and evidence."""
        where: list[str] = []
        params: list[object] = []
        source = "forecasts f"
        if search:
            source = "forecasts_fts s JOIN forecasts f ON f.rowid = s.rowid"
            where.append("forecasts_fts MATCH ?")
            params.append(_fts_query(search))
        if by:
            where.append("(f.forecaster LIKE ? OR f.forecaster_id = ?)")
            params.extend([f"%{by}%", by])
        if kind:
            where.append("f.kind = ?")
            params.append(kind)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT f.* FROM {source}{clause} ORDER BY f.said_on DESC, f.article_id, f.start"
            " LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [forecast_from_row(r) for r in rows]

    def get_forecast(self, forecast_id: str) -> Forecast:
        """One forecast by id (or a unique id prefix)."""
        return forecast_from_row(row_by_id(self.conn, "forecasts", forecast_id, "forecast"))

    def forecasts_of_article(self, article_id: str) -> list[Forecast]:
        rows = self.conn.execute(
            "SELECT * FROM forecasts WHERE article_id = ? ORDER BY start", (article_id,)
        ).fetchall()
        return [forecast_from_row(r) for r in rows]


def _fts_query(text: str) -> str:
    """Quote each word so user input is never parsed as FTS5 syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())

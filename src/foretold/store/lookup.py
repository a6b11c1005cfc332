"""Rows by id, where a user may type a unique prefix of the id."""

from __future__ import annotations

import sqlite3

from foretold.errors import NotFound


def id_prefix(text: str) -> str:
    """A LIKE pattern for ids starting with ``text``, its own wildcards taken literally out."""
    escaped = text.replace("%", "").replace("_", "")
    return f"{escaped}%" if escaped else "\x00"


def row_by_id(
    conn: sqlite3.Connection, table: str, record_id: str, what: str, columns: str = "*"
) -> sqlite3.Row:
    """The row of ``table`` with this id, or the only one whose id starts with it."""
    rows = conn.execute(
        f"SELECT {columns} FROM {table} WHERE id = ? OR id LIKE ? ORDER BY id = ? DESC LIMIT 2",
        (record_id, id_prefix(record_id), record_id),
    ).fetchall()
    if not rows or (len(rows) > 1 and rows[0]["id"] != record_id):
        raise NotFound(f"no single {what} with id {record_id!r}")
    return rows[0]

"""How dates are written to and read from the store's text columns (ISO 8601)."""

from __future__ import annotations

from datetime import date, datetime


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

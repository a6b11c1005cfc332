"""Where Foretold keeps its records: `open_store()` picks the back end from a path or URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from foretold.errors import StoreError

if TYPE_CHECKING:
    from foretold.store.sqlite import SQLiteStore

DEFAULT_DB = "foretold.db"


def default_db() -> str:
    """$FORETOLD_DB, else ./foretold.db."""
    return os.environ.get("FORETOLD_DB") or DEFAULT_DB


def open_store(target: str | Path | None = None) -> SQLiteStore:
    """Open (creating and migrating) the store at a path, ``sqlite:///path`` or ``:memory:``."""
    from foretold.store.sqlite import SQLiteStore

    location = str(target or default_db())
    if location.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{location}: the PostgreSQL back end is not part of this version")
    return SQLiteStore(location.removeprefix("sqlite:///"))


__all__ = ["DEFAULT_DB", "default_db", "open_store"]

"""The `Store` interface: what callers may ask of any back end.

`SQLiteStore` implements it today; another back end (PostgreSQL) implements the
same methods and callers do not change. Methods are named by record, take and
return records (or rows with the same column names), and writes are idempotent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

from foretold.records import Article, Extraction
from foretold.store.articles import PutResult


@runtime_checkable
class Store(Protocol):
    """Articles and everything read from them, plus questions and their resolutions."""

    def transaction(self) -> AbstractContextManager[Any]: ...

    def close(self) -> None: ...

    # articles
    def put_extraction(self, extraction: Extraction) -> PutResult: ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> Article: ...

    def list_articles(self, search: str | None = None, limit: int = 100) -> list[Any]: ...

    def count_articles(self) -> int: ...


def iter_protocol_methods() -> Iterator[str]:
    """Names of the methods every back end must provide."""
    return (name for name in vars(Store) if not name.startswith("_"))

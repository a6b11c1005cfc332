"""The `Store` interface: what callers may ask of any back end.

`SQLiteStore` implements it today; another back end (PostgreSQL) implements the
same methods and callers do not change. Methods are named by record, take and
return records (or rows with the same column names), and writes are idempotent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date
from typing import Any, Protocol, runtime_checkable

from foretold.records import Article, Extraction, Forecast, Link, Person, Question, Statement
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

    # people and their statements
    def list_people(self, search: str | None = None, limit: int = 200) -> list[Person]: ...

    def get_person(self, name_or_id: str) -> Person: ...

    def statements_by(self, person_id: str) -> list[Statement]: ...

    # forecasts
    def list_forecasts(
        self,
        by: str | None = None,
        search: str | None = None,
        *,
        kind: str | None = "forecast",
        limit: int = 200,
    ) -> list[Forecast]: ...

    def get_forecast(self, forecast_id: str) -> Forecast: ...

    # questions, links and conditions
    def create_question(
        self, title: str, criteria: str | None = None, closes: date | None = None
    ) -> Question: ...

    def list_questions(self, status: str | None = None) -> list[Question]: ...

    def get_question(self, question_id: str) -> Question: ...

    def link(self, forecast_id: str, question_id: str, negated: bool = False) -> Link: ...

    def unlink(self, forecast_id: str, question_id: str) -> Link: ...

    def set_condition(self, forecast_id: str, met: bool) -> None: ...

    # resolutions and scores
    def resolve_question(
        self, question_id: str, outcome: str, on: date, source: str | None = None
    ) -> Question: ...

    def leaderboard(
        self, question_id: str | None = None, min_resolved: int | None = None
    ) -> list[Any]: ...

    def person_record(self, name: str) -> Any: ...


def iter_protocol_methods() -> Iterator[str]:
    """Names of the methods every back end must provide."""
    return (name for name in vars(Store) if not name.startswith("_"))

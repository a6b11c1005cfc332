"""The typed records that flow through the pipeline.

article -> (people, statements) -> forecasts -> questions -> scores

Every record that comes from text carries character offsets into the clean
body of its article (``Article.text``), never spaCy token indices.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Literal

StatementKind = Literal["direct", "mixed", "indirect"]
EntityKind = Literal["person", "organization", "group"]
ForecastKind = Literal["forecast", "intention"]
Outcome = Literal["yes", "no", "annulled"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article, as read from any source."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_at: datetime | None = None
    language: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    source: str | None = None
    ingested_at: datetime | None = None
    pipeline_version: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Person:
    """A person, organisation or group mentioned in one article."""

    id: str
    name: str
    kind: EntityKind = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """Words (or a belief) attributed to a speaker, with its span in the body."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: StatementKind
    speaker: str | None
    speaker_id: str | None = None
    speaker_role: str | None = None
    speaker_mention: Mention | None = None
    cue: str | None = None
    said_on: date | None = None
    extractor: str = "foretold.attribution.v1"
    cue_start: int | None = None  # the cue's offsets in the body: text[cue_start:cue_end] == cue
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class Horizon:
    start: date | None
    end: date | None
    text: str


@dataclass(frozen=True, slots=True)
class Forecast:
    """A claim about the future, with who made it and how sure they were."""

    id: str
    article_id: str
    forecaster: str
    statement: str
    start: int
    end: int
    proposition: str
    probability: float
    forecaster_id: str | None = None
    forecaster_role: str | None = None
    statement_id: str | None = None
    probability_words: tuple[str, ...] = ()
    condition: str | None = None
    horizon: Horizon | None = None
    said_on: date | None = None
    kind: ForecastKind = "forecast"
    extractor: str = "foretold.forecasts.v1"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline reads from one article."""

    article: Article
    people: tuple[Person, ...] = ()
    statements: tuple[Statement, ...] = ()
    forecasts: tuple[Forecast, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    title: str
    criteria: str | None = None
    opened: date | None = None
    closes: date | None = None
    status: Literal["open", "resolved"] = "open"
    outcome: Outcome | None = None
    resolved_on: date | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A forecast filed under a question; ``negated`` when it predicts the opposite."""

    forecast_id: str
    question_id: str
    negated: bool = False
    confidence: float = 1.0
    by: Literal["machine", "person"] = "machine"
    removed: bool = False


def to_jsonable(value: Any) -> Any:
    """Turn records (and their dates) into plain JSON values."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


__all__ = [
    "Article",
    "Caption",
    "Extraction",
    "Forecast",
    "Horizon",
    "Link",
    "Mention",
    "Paragraph",
    "Person",
    "Question",
    "Statement",
    "to_jsonable",
]

"""Measure the day statements were said (gold: tests/data/said_on_wikinews.md).

Each gold article lists items: a short verbatim snippet of reported words and the day they were
said (``"2021-12-05"``), or null where the text does not tell the day. An item is matched to
the statement whose span overlaps the snippet's first occurrence in the text most (a statement
that contains the snippet overlaps it wholly); it needs at least half the snippet. Counted:
coverage (items with a matching statement), and among matched items with a gold day the
statements with the right day, a wrong day or none; among matched gold-null items, the
statements given a day anyway (false dates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from foretold.evaluation.gold_articles import GoldError, extractions, gold_lines, news_fields
from foretold.evaluation.measures import share
from foretold.records import Statement

Outcome = Literal["right", "wrong", "none", "false", "null", "missed"]
Progress = Callable[[Sequence["GoldDates"], int], Iterable["GoldDates"]]


@dataclass(frozen=True, slots=True)
class DateItem:
    """One gold statement: a snippet of its words and the day they were said (or None)."""

    quote: str
    said_on: date | None


@dataclass(frozen=True, slots=True)
class GoldDates:
    """One gold article and its dated (and undated) statements."""

    id: str
    text: str
    items: tuple[DateItem, ...]
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class ItemResult:
    """How one gold item came out: its outcome and the day the system gave, if any."""

    article: str
    item: DateItem
    outcome: Outcome
    got: date | None = None
    statement: str | None = None


@dataclass(slots=True)
class DateScores:
    """The outcome of every gold item, and the articles the pipeline failed on."""

    items: list[ItemResult] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for r in self.items if r.outcome in outcomes)

    @property
    def coverage(self) -> float:
        """Share of gold items that have a matching statement."""
        return share(len(self.items) - self.count("missed"), len(self.items))

    @property
    def accuracy(self) -> float:
        """Share of matched gold-dated items whose statement has the right day."""
        return share(self.count("right"), self.count("right", "wrong", "none"))

    @property
    def false_rate(self) -> float:
        """Share of matched gold-null items whose statement was given a day."""
        return share(self.count("false"), self.count("false", "null"))

    def errors(self) -> list[ItemResult]:
        """Items that are missed, dated wrongly, left undated, or dated falsely."""
        return [r for r in self.items if r.outcome not in {"right", "null"}]


def snippet_span(text: str, quote: str) -> tuple[int, int] | None:
    """Character span of the first occurrence of ``quote`` in ``text``.

    >>> snippet_span("Lee said no. Kim said yes.", "yes")
    (22, 25)
    """
    at = text.find(quote)
    return (at, at + len(quote)) if at >= 0 else None


def match_statement(span: tuple[int, int], statements: Sequence[Statement]) -> Statement | None:
    """The statement overlapping ``span`` most, if it covers at least half of it; the first
    of equals wins.

    >>> from foretold.records import Statement
    >>> s = Statement(id="s", article_id="a", text="no", start=9, end=11, kind="indirect",
    ...               speaker="Lee")
    >>> match_statement((9, 11), [s]).text, match_statement((0, 3), [s])
    ('no', None)
    """
    best, best_overlap = None, 0
    for statement in statements:
        overlap = min(span[1], statement.end) - max(span[0], statement.start)
        if overlap > best_overlap:
            best, best_overlap = statement, overlap
    return best if 2 * best_overlap >= span[1] - span[0] else None


def outcome(gold: date | None, got: date | None) -> Outcome:
    """How a matched statement's day compares with the gold day.

    >>> outcome(date(2021, 12, 5), date(2021, 12, 5)), outcome(None, date(2021, 12, 5))
    ('right', 'false')
    """
    if gold is None:
        return "null" if got is None else "false"
    if got is None:
        return "none"
    return "right" if got == gold else "wrong"


def score_article(gold: GoldDates, text: str, statements: Sequence[Statement]) -> list[ItemResult]:
    """The outcome of each gold item of one article, given the system's statements."""
    results = []
    for item in gold.items:
        span = snippet_span(text, item.quote)
        statement = match_statement(span, statements) if span else None
        if statement is None:
            results.append(ItemResult(gold.id, item, "missed"))
            continue
        results.append(
            ItemResult(
                gold.id,
                item,
                outcome(item.said_on, statement.said_on),
                statement.said_on,
                statement.text,
            )
        )
    return results


def _item(value: Any, where: str) -> DateItem:
    if not isinstance(value, dict) or not isinstance(value.get("quote"), str) or not value["quote"]:
        raise GoldError(f"{where}: each statement needs a non-empty 'quote'")
    said_on = value.get("said_on")
    try:
        day = date.fromisoformat(said_on) if said_on is not None else None
    except (TypeError, ValueError):
        raise GoldError(f"{where}: 'said_on' must be YYYY-MM-DD or null") from None
    return DateItem(value["quote"], day)


def _gold_row(row: dict[str, Any], where: str) -> GoldDates:
    if not isinstance(row.get("statements"), list):
        raise GoldError(f"{where}: each line needs a 'statements' list")
    fields = news_fields(row, where)
    items = tuple(_item(value, where) for value in row["statements"])
    for item in items:
        if item.quote not in fields["text"]:
            raise GoldError(f"{where}: quote not in the text: {item.quote!r}")
    return GoldDates(**fields, items=items)


def read_gold(
    path: str | Path, limit: int | None = None, half: str | None = None
) -> list[GoldDates]:
    """Read a said-on gold file: one JSON article per line with ``text`` and ``statements``.
    ``half`` keeps the 'dev' articles (2nd, 4th, ...) or the 'check' ones (1st, 3rd, ...).

    >>> [len(g.items) for g in read_gold("tests/data/said_on_wikinews.jsonl", limit=2)]
    [3, 3]
    """
    golds = [_gold_row(row, where) for row, where in gold_lines(path, limit)]
    if half is None:
        return golds
    if half not in {"dev", "check"}:
        raise GoldError(f"half must be 'dev' or 'check', not {half!r}")
    return golds[1::2] if half == "dev" else golds[0::2]


def evaluate(
    golds: Sequence[GoldDates], *, model: str | None = None, progress: Progress | None = None
) -> DateScores:
    """Run the pipeline on the gold articles and score the days of their statements.

    An article the pipeline fails on has all its items missed and its id kept in
    ``failures``.

    >>> evaluate([]).accuracy
    0.0
    """
    scores = DateScores()
    for gold, result in extractions(golds, model=model, progress=progress):
        if result is None:
            scores.failures.append(gold.id)
            scores.items.extend(score_article(gold, gold.text, ()))
            continue
        scores.items.extend(score_article(gold, result.article.text, result.statements))
    return scores

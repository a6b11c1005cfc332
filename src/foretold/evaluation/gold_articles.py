"""Gold files and the articles in them: the lines of a gold JSONL file, the fields a gold
line shares with a news article, the `Article` the pipeline reads, and what it extracts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from foretold.errors import ForetoldError
from foretold.records import Article, Extraction


class GoldError(ForetoldError):
    """A gold file could not be read."""


def gold_lines(path: str | Path, limit: int | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    """The JSON objects of a gold file, one a line, each with where it was read ("file:3").

    >>> next(gold_lines("tests/data/speakers_wikinews.jsonl"))[1]
    'tests/data/speakers_wikinews.jsonl:1'
    """
    path = Path(path)
    if not path.exists():
        raise GoldError(f"{path}: no such file")
    count = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if limit is not None and count >= limit:
            break
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{n}: not JSON ({error.msg})") from None
        count += 1
        yield row, f"{path}:{n}"


def news_fields(row: dict[str, Any], where: str) -> dict[str, Any]:
    """The fields of a gold line that describe its article: id (else where it was read),
    text, title, url, published and publisher.

    >>> news_fields({"text": "Lee said no.", "published": "2021-12-06"}, "g:1")["published"]
    datetime.date(2021, 12, 6)
    """
    if "text" not in row:
        raise GoldError(f"{where}: the article 'text' is missing")
    published = row.get("published")
    return {
        "id": row.get("id") or where,
        "text": row["text"],
        "title": row.get("title"),
        "url": row.get("url"),
        "published": date.fromisoformat(published) if published else None,
        "publisher": row.get("publisher"),
    }


class GoldText(Protocol):
    """What a gold article needs to be run through the pipeline."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def published(self) -> date | None: ...
    @property
    def publisher(self) -> str | None: ...


def article_of(gold: GoldText, *, clean: bool = True) -> Article:
    """The gold text as an article, with its published date, title and source (the gold id).
    With ``clean=False`` the text is kept byte for byte, so offsets into it hold.

    >>> from foretold.evaluation.speakers import GoldSpeakers
    >>> article_of(GoldSpeakers("a", "Pelosi said no.", ())).source
    'a'
    """
    from foretold.ingest.article import make_article

    return make_article(
        gold.text,
        title=gold.title,
        url=gold.url,
        publisher=gold.publisher,
        published=gold.published,
        source=gold.id,
        clean=clean,
    )


G = TypeVar("G", bound=GoldText)


def extractions(
    golds: Sequence[G],
    *,
    model: str | None = None,
    progress: Callable[[Sequence[G], int], Iterable[G]] | None = None,
) -> Iterator[tuple[G, Extraction | None]]:
    """Each gold article with the pipeline's extraction of it (None where the pipeline failed).

    ``progress`` wraps the articles as they are scored (a progress bar).

    >>> list(extractions([]))
    []
    """
    from foretold.nlp import load_nlp
    from foretold.pipeline import analyse

    if not golds:
        return
    items: Iterable[G] = progress(golds, len(golds)) if progress else golds
    nlp = load_nlp(model) if model else None
    results = analyse((article_of(g) for g in golds), nlp)
    for gold, result in zip(items, results, strict=True):
        yield gold, result if isinstance(result, Extraction) else None

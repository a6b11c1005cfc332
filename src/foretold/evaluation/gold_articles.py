"""A gold article as the pipeline reads it: the fields a gold line shares with a news
article, and the `Article` made from them."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from foretold.records import Article


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

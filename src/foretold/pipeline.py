"""The one place where the stages are chained: article -> doc -> statements -> forecasts."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foretold.errors import ExtractionError
from foretold.records import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

ENGLISH = "en"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that a stage could not analyse; the batch goes on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def is_english(article: Article) -> bool:
    """English-only stages run on English articles (and on those too short to tell)."""
    return article.language in (None, ENGLISH)


def analyse(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Extraction | Failure]:
    """Read people, statements and forecasts from each article, in input order.

    The parse runs in batches through ``nlp.pipe``; non-English articles pass through
    with empty lists. An article on which a stage fails becomes a `Failure`.
    """
    from foretold.attribution import attribute
    from foretold.forecasts import find_forecasts
    from foretold.nlp import load_nlp

    nlp = nlp or load_nlp()
    tagged = ((a.text if is_english(a) else "", a) for a in articles)
    for doc, article in nlp.pipe(
        tagged, as_tuples=True, n_process=n_process, batch_size=batch_size
    ):
        if not is_english(article):
            yield Extraction(article)
            continue
        try:
            attribution = attribute(doc, article)
            forecasts = find_forecasts(doc, article, attribution)
        except Exception as error:  # one bad article must not stop the batch
            log.exception("analysis failed for %s", article.source or article.id)
            yield Failure(article.source or article.id, f"analysis failed: {error!r}")
            continue
        yield Extraction(article, attribution.people, attribution.statements, forecasts)


def analyse_one(article: Article, nlp: Language | None = None) -> Extraction:
    """Analyse a single article; a stage failure raises `ExtractionError`."""
    result = next(analyse([article], nlp))
    if isinstance(result, Failure):
        raise ExtractionError(str(result))
    return result

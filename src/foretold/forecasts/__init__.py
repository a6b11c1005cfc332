"""Forecasts: every prediction in an article, who made it, how sure, by when, on what condition.

`find_forecasts(doc, article, attribution)` works sentence by sentence on the parsed body. It
uses the statements of the attribution stage (when given) for the forecaster and the date the
words were said, and its own fallbacks ("according to X", "X said") elsewhere.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span

from foretold.forecasts.condition import find_condition
from foretold.forecasts.detect import Candidate, find_candidates
from foretold.forecasts.forecaster import find_forecaster, in_quote
from foretold.forecasts.horizon import find_horizon
from foretold.forecasts.proposition import build_proposition
from foretold.ids import record_id
from foretold.records import Article, Forecast, Person, Statement

EXTRACTOR = "foretold.forecasts.v1"


class AttributionLike(Protocol):
    """What the forecast stage reads from the attribution stage."""

    @property
    def people(self) -> tuple[Person, ...]: ...

    @property
    def statements(self) -> tuple[Statement, ...]: ...


def _attributed(sent: Span, statements: tuple[Statement, ...]) -> bool:
    """Whether someone other than the narrator speaks in the sentence."""
    if any(s.start < sent.end_char and sent.start_char < s.end for s in statements):
        return True
    if in_quote(sent):
        return True
    from foretold.forecasts.detect import SPEECH_VERBS

    return (
        any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in sent)
        or "according to" in sent.text.lower()
    )


def _evidence_span(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence's span, kept within the paragraph of ``at`` and without edge whitespace
    or a stray closing quote from the sentence before."""
    cut = text.rfind("\n\n", start, at)
    if cut >= 0:
        start = cut + 2
    cut = text.find("\n\n", at, end)
    if cut >= 0:
        end = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clause_text(cand: Candidate) -> str:
    tokens = list(cand.target.subtree)
    doc = cand.target.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def find_forecasts(
    doc: Doc, article: Article, attribution: AttributionLike | None = None
) -> tuple[Forecast, ...]:
    """Every forecast and stated intention in the article, in text order."""
    statements = tuple(attribution.statements) if attribution is not None else ()
    people = tuple(attribution.people) if attribution is not None else ()
    results: list[Forecast] = []
    seen: set[str] = set()
    for sent in doc.sents:
        candidates = find_candidates(sent, attributed=_attributed(sent, statements))
        for cand in candidates:
            forecast = _forecast(cand, article, statements, people)
            if forecast.id not in seen:
                seen.add(forecast.id)
                results.append(forecast)
    return tuple(results)


def _forecast(
    cand: Candidate,
    article: Article,
    statements: tuple[Statement, ...],
    people: tuple[Person, ...],
) -> Forecast:
    sent = cand.sent
    start, end = _evidence_span(article.text, sent.start_char, sent.end_char, cand.target.idx)
    who = find_forecaster(cand, article, statements, people)
    said_on = (who.statement.said_on if who.statement else None) or article.published
    clause = cand.clause_text or _clause_text(cand)
    horizon = find_horizon(clause, said_on)
    exclude: set[int] = set()
    if horizon is not None:
        offset = sent.text.find(horizon.text)
        if offset >= 0:
            lo = sent.start_char + offset
            hi = lo + len(horizon.text)
            exclude = {t.i for t in sent if lo <= t.idx < hi}
            exclude.update(
                t.i
                for t in sent
                if t.i + 1 < sent.end
                and t.nbor().i in exclude
                and t.dep_ == "prep"
                and t.lower_ in {"in", "on", "by", "until", "before", "within"}
            )
    from foretold.forecasts.detect import subject_of

    proposition = build_proposition(cand.target, subject_of(cand.target), exclude, cand.clause_text)
    condition = cand.condition or find_condition(cand.target, list(cand.chain))
    if condition is None and sent[0].lower_ in {"if", "unless"}:
        head = sent[0].head
        tokens = sorted(head.subtree, key=lambda t: t.i)
        condition = sent.doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")
    return Forecast(
        id=record_id(article.id, start, end, cand.kind, cand.target.i),
        article_id=article.id,
        forecaster=who.name,
        statement=article.text[start:end],
        start=start,
        end=end,
        proposition=proposition or clause,
        probability=cand.reading.probability,
        forecaster_id=who.id,
        forecaster_role=who.role,
        statement_id=who.statement.id if who.statement else None,
        probability_words=cand.reading.words,
        condition=condition,
        horizon=horizon,
        said_on=said_on,
        kind=cand.kind,
        extractor=EXTRACTOR,
    )


__all__ = ["EXTRACTOR", "find_forecasts"]
